import { defineRule, isPlaceholder, type OfficeHoursProblem, parseOfficeHours } from '../src/kit/index.js';

const MESSAGE_OF = {
  'no-days': 'noDays',
  'no-period': 'noPeriod',
  'invalid-time': 'invalidTime',
  'start-not-before-end': 'startNotBeforeEnd',
  overlap: 'overlap',
  order: 'order',
} as const satisfies Record<OfficeHoursProblem['kind'], string>;

export default defineRule({
  meta: {
    id: 'office-hours',
    item: 15,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { order: 'warning', overlap: 'warning' },
    description: {
      zh: '办理时间写明每周的办公日和有效的时间段（如“星期一至星期五：上午09:00-12:00，下午13:00-17:00”）',
      en: 'office hours (办理时间) give the days of the week and valid time ranges (e.g. "星期一至星期五：上午09:00-12:00，下午13:00-17:00")',
    },
    messages: {
      noDays: { zh: '办理时间“{value}”未写明办公日，应写明如“星期一至星期五”或“工作日”', en: 'office hours "{value}" do not say on which days; write e.g. "星期一至星期五" or "工作日"' },
      noPeriod: { zh: '办理时间“{value}”未写明具体时间段，应写明如“上午09:00-12:00，下午13:00-17:00”', en: 'office hours "{value}" give no time range; write e.g. "上午09:00-12:00，下午13:00-17:00"' },
      invalidTime: { zh: '办理时间中的“{text}”不是有效的时刻，时刻应在00:00至24:00之间，如“09:00-12:00”', en: 'office hours: "{text}" is not a valid time of day; times lie between 00:00 and 24:00, e.g. "09:00-12:00"' },
      startNotBeforeEnd: { zh: '办理时间中的时间段“{text}”开始时刻不早于结束时刻，应写作如“14:00-17:00”或“下午2:00-5:00”', en: 'office hours: the range "{text}" does not start before it ends; write e.g. "14:00-17:00" or "下午2:00-5:00"' },
      order: { zh: '办理时间中的时间段“{text}”早于它前面的时间段，通常按先后顺序书写，如“上午09:00-12:00，下午13:00-17:00”', en: 'office hours: the range "{text}" comes before the range written ahead of it; ranges are usually written in order, e.g. "上午09:00-12:00，下午13:00-17:00"' },
      overlap: { zh: '办理时间中的时间段“{text}”与前面的时间段重叠，可能是笔误；应写作互不重叠的时间段，如“上午09:00-12:00，下午13:00-17:00”', en: 'office hours: the range "{text}" overlaps an earlier range, probably a typo; write ranges that do not overlap, e.g. "上午09:00-12:00，下午13:00-17:00"' },
      blank: { zh: '办理时间为空，应写明如“星期一至星期五：上午09:00-12:00，下午13:00-17:00”', en: 'office hours are blank; write e.g. "星期一至星期五：上午09:00-12:00，下午13:00-17:00"' },
    },
    docs: {
      details: {
        zh: '清单第 15 项要求办理时间以每周为周期写明，如【星期一至星期五：上午09:00-12:00，下午13:00-17:00】。本规则报告：没有办公日（星期一至星期五、周一至周五、工作日、每天等）；没有可解析的时间段（如只写“工作时间”）；时刻无效（超出00:00–24:00、分钟大于59）；时间段开始不早于结束；时间段顺序颠倒（上午应在下午之前）；时间段重叠。解析由 src/parse/office-hours.ts 完成：接受全角数字和冒号、“--”“—”“至”“到”连接、“9点”“8点半”；“下午”“晚上”后小于12的钟点按12小时制加12（“下午２:00-５:00”即14:00–17:00）；无前缀的钟点按24小时制，“8:30-5:30”报告为开始不早于结束，不作猜测；括号中的时间和季节说明（“夏季下午15:30-18:00”）作为另一组，不算重叠。是否注明法定节假日由 office-hours-holidays（提示级）检查。时间段顺序颠倒或重叠为警告（写法或笔误），缺少办公日、时间段或时刻无效为错误。',
        en: 'Checklist item 15 requires office hours as a weekly period, e.g. 【星期一至星期五：上午09:00-12:00，下午13:00-17:00】. Reported: no days (星期一至星期五, 周一至周五, 工作日, 每天 …); no time range that parses (e.g. just "工作时间"); an invalid time (outside 00:00–24:00, minutes above 59); a range that does not start before it ends; ranges out of order (morning before afternoon); overlapping ranges. Parsing is src/parse/office-hours.ts: full-width digits and colons, "--", "—", "至", "到", "9点" and "8点半" are accepted; after 下午/晚上 an hour below 12 gets +12 ("下午２:00-５:00" is 14:00–17:00); hours without a prefix are 24-hour, so "8:30-5:30" is reported rather than guessed; ranges in brackets or after a season ("夏季下午15:30-18:00") are alternatives, not overlaps. Whether public holidays are mentioned is checked by office-hours-holidays (info). Ranges out of order or overlapping are warnings (style or a typo); missing days or ranges and invalid times are errors.',
      },
      bad: '办理时间: 周一至周五 下午13:00-17:00，上午9:00-12:00\n',
      good: '办理时间: 周一至周五 上午9:00-12:00，下午13:00-17:00（法定节假日除外）\n',
    },
  },
  check(guide, ctx) {
    const value = guide.data['办理时间'];
    if (typeof value !== 'string') return; // other types: guide-schema
    if (value.trim() !== '' && isPlaceholder(value)) return; // not filled: guide-schema
    const path = ['办理时间'];
    if (value.trim() === '') {
      ctx.report({ path, messageId: 'blank' });
      return;
    }
    for (const p of parseOfficeHours(value).problems) {
      ctx.report({ path, messageId: MESSAGE_OF[p.kind], data: { value: value.trim(), text: p.text.trim() } });
    }
  },
});
