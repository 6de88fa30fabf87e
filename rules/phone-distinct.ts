import { defineRule, elementTexts, joinList, optionsSchema, parsePhones, sameLine } from '../src/kit/index.js';

const withZero = (code: string) => (code.startsWith('0') ? code : `0${code}`);

export default defineRule({
  meta: {
    id: 'phone-distinct',
    item: 16,
    severity: 'warning',
    source: 'practice',
    description: '咨询电话与监督电话不同；配置了本地区号时，固定电话的区号属于本地区',
    messages: {
      equal:
        '监督电话与咨询电话是同一号码“{number}”，两者应不同：咨询电话填受理部门电话（如“0471-6945678”），监督电话填监督投诉电话（如“12345”）',
      foreignAreaCode:
        '{element}“{number}”的区号 {areaCode} 不是本地区的区号（{allowed}），可能写错；通常使用本地区号码，如“{example}-6945678”',
    },
    options: optionsSchema({
      areaCodes: { type: 'array', items: { type: 'string', pattern: '^0?[1-9]\\d{1,2}$' }, uniqueItems: true },
    }),
    defaultOptions: { areaCodes: [] as string[] },
  },
  check(guide, ctx) {
    const numbersOf = (key: string) =>
      elementTexts(guide, key, { numbers: true }).flatMap((t) => parsePhones(t.text).numbers);
    const numbers = { 咨询电话: numbersOf('咨询电话'), 监督电话: numbersOf('监督电话') };
    const shared = numbers.监督电话.find((s) => numbers.咨询电话.some((c) => sameLine(c, s)));
    if (shared) ctx.report({ path: ['监督电话'], messageId: 'equal', data: { number: shared.raw.trim() } });

    const areaCodes = ctx.options.areaCodes.map(withZero);
    const example = areaCodes[0];
    if (example === undefined) return;
    const allowed = joinList(ctx.lang, areaCodes);
    for (const [element, list] of Object.entries(numbers)) {
      for (const n of list) {
        if (!n.areaCode || areaCodes.includes(n.areaCode)) continue;
        const data = { element, number: n.raw.trim(), areaCode: n.areaCode, allowed, example };
        ctx.report({ path: [element], messageId: 'foreignAreaCode', data });
      }
    }
  },
});
