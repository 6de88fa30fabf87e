import { parseOfficeHours, textElementRule } from '../src/kit/index.js';

export default textElementRule({
  meta: {
    id: 'office-hours-holidays',
    item: 15,
    severity: 'info',
    source: 'checklist',
    description: '按星期写明的办理时间注明法定节假日是否办理（如“法定节假日除外”）',
    messages: {
      noHolidays: '办理时间“{value}”未说明法定节假日是否办理，可注明如“（法定节假日除外）”',
    },
  },
  elements: ['办理时间'],
  blank: null,
  problems(text) {
    const hours = parseOfficeHours(text);
    // weekdays named (from/to set); 工作日 anywhere ("周一至周五（工作日）") already follows the holiday calendar
    const noted = hours.days?.from === undefined || hours.holidayNote || text.includes('工作日');
    return noted ? [] : [{ messageId: 'noHolidays', data: { value: text.trim() } }];
  },
});
