import { defineRule, parseOfficeHours } from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'office-hours-holidays',
    item: 15,
    severity: 'info',
    source: 'checklist',
    description: {
      zh: '按星期写明的办理时间注明法定节假日是否办理（如“法定节假日除外”）',
      en: 'office hours given by weekday say whether public holidays are excluded (e.g. "法定节假日除外")',
    },
    messages: {
      noHolidays: { zh: '办理时间“{value}”未说明法定节假日是否办理，可注明如“（法定节假日除外）”', en: 'office hours "{value}" do not say whether public holidays are excluded; add e.g. "（法定节假日除外）"' },
    },
    docs: {
      details: {
        zh: '清单第 15 项的示例写作【星期一至星期五：09:00-17:00（法定节假日除外，中午不休息）】。按星期写明办公日（星期一至星期五、周一至周五、每天）时，法定节假日及调休是否办理并不明确，本规则提示注明。写“工作日”时（包括“周一至周五（工作日）”）不提示：工作日按国务院节假日安排确定，本身已排除法定节假日。提到“节假日”“法定假日”即视为已说明（包括“节假日照常办理”）。没有办公日或时间段的办理时间由 office-hours 报告，这里不重复。',
        en: 'The checklist\'s own example of item 15 reads 【星期一至星期五：09:00-17:00（法定节假日除外，中午不休息）】. When the days are weekdays (星期一至星期五, 周一至周五, 每天) it is unclear whether public holidays and swapped working days are served, so this rule notes it. "工作日" is not noted (also beside weekdays: "周一至周五（工作日）"): working days follow the State Council holiday calendar and exclude public holidays by definition. Any mention of 节假日 or 法定假日 counts (including "节假日照常办理"). Office hours with no days or no time range are reported by office-hours, not here.',
      },
      bad: '办理时间: 星期一至星期五：上午09:00-12:00，下午13:00-17:00\n',
      good: '办理时间: 星期一至星期五：上午09:00-12:00，下午13:00-17:00（法定节假日除外）\n',
    },
  },
  check(guide, ctx) {
    const value = guide.data['办理时间'];
    if (typeof value !== 'string' || value.trim() === '') return;
    const hours = parseOfficeHours(value);
    // weekdays named (from/to set); 工作日 anywhere ("周一至周五（工作日）") already follows the holiday calendar
    if (hours.days?.from !== undefined && !hours.holidayNote && !value.includes('工作日')) {
      ctx.report({ path: ['办理时间'], messageId: 'noHolidays', data: { value: value.trim() } });
    }
  },
});
