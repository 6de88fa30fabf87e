import { type OfficeHoursProblem, parseOfficeHours, textElementRule } from '../src/kit/index.js';

const MESSAGE_OF = {
  'no-days': 'noDays',
  'no-period': 'noPeriod',
  'invalid-time': 'invalidTime',
  'start-not-before-end': 'startNotBeforeEnd',
  overlap: 'overlap',
  order: 'order',
} as const satisfies Record<OfficeHoursProblem['kind'], string>;

export default textElementRule({
  meta: {
    id: 'office-hours',
    item: 15,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { order: 'warning', overlap: 'warning' },
    description: '办理时间写明每周的办公日和有效的时间段（如“星期一至星期五：上午09:00-12:00，下午13:00-17:00”）',
    messages: {
      noDays: '办理时间“{value}”未写明办公日，应写明如“星期一至星期五”或“工作日”',
      noPeriod: '办理时间“{value}”未写明具体时间段，应写明如“上午09:00-12:00，下午13:00-17:00”',
      invalidTime: '办理时间中的“{text}”不是有效的时刻，时刻应在00:00至24:00之间，如“09:00-12:00”',
      startNotBeforeEnd: '办理时间中的时间段“{text}”开始时刻不早于结束时刻，应写作如“14:00-17:00”或“下午2:00-5:00”',
      order: '办理时间中的时间段“{text}”早于它前面的时间段，通常按先后顺序书写，如“上午09:00-12:00，下午13:00-17:00”',
      overlap:
        '办理时间中的时间段“{text}”与前面的时间段重叠，可能是笔误；应写作互不重叠的时间段，如“上午09:00-12:00，下午13:00-17:00”',
      blank: '办理时间为空，应写明如“星期一至星期五：上午09:00-12:00，下午13:00-17:00”',
    },
  },
  elements: ['办理时间'],
  blank: 'blank',
  problems: (text) =>
    parseOfficeHours(text).problems.map((p) => ({
      messageId: MESSAGE_OF[p.kind],
      data: { value: text.trim(), text: p.text.trim() },
    })),
});
