import { defineRule, parseOfficeHours } from '../src/kit/index.js';

export default defineRule({
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
