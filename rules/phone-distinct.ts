import { defineRule, parsePhones, type PhoneNumber } from '../src/kit/index.js';

const FIELDS = ['咨询电话', '监督电话'] as const;

/** Two numbers dial the same line: same national number, or the same 12xxx hotline where one omits the area code. */
function same(a: PhoneNumber, b: PhoneNumber): boolean {
  if (a.national === b.national) return true;
  if (a.kind !== 'hotline' || b.kind !== 'hotline') return false;
  const digits = (x: PhoneNumber) => x.national.slice(x.areaCode?.length ?? 0);
  return digits(a) === digits(b) && (!a.areaCode || !b.areaCode);
}

const withZero = (code: string) => (code.startsWith('0') ? code : `0${code}`);

export default defineRule({
  meta: {
    id: 'phone-distinct',
    item: 16,
    severity: 'warning',
    source: 'practice',
    description: {
      zh: '咨询电话与监督电话不同；配置了本地区号时，固定电话的区号属于本地区',
      en: 'the consultation and supervision phones differ; when local area codes are configured, every landline uses one of them',
    },
    messages: {
      equal: { zh: '监督电话与咨询电话是同一号码“{number}”，两者应不同：咨询电话填受理部门电话（如“0471-6945678”），监督电话填监督投诉电话（如“12345”）', en: 'the supervision phone is the same number as the consultation phone ("{number}"); they should differ: the handling department\'s number for consultation (e.g. "0471-6945678"), a complaints line for supervision (e.g. "12345")' },
      foreignAreaCode: { zh: '{element}“{number}”的区号 {areaCode} 不是本地区的区号（{allowed}），可能写错；通常使用本地区号码，如“{example}-6945678”', en: '{element} "{number}" has area code {areaCode}, which is not one of the region\'s ({allowed}); use a local number, e.g. "{example}-6945678"' },
    },
    docs: {
      details: {
        zh: '省级检查脚本中的一致性规则（standards.md“Other consistency rules”）：咨询电话应与监督投诉电话不同，且号码带区号或为 12xxx 政务服务热线。本规则在两个电话有相同号码时报告（一栏写多个号码时任一相同即报告；“12345”与“0471-12345”视为同一热线），报告位置在监督电话。选项 areaCodes（如 ["0471", "0472"]）列出本地区的区号，非空时咨询电话和监督电话中每个固定电话及带区号热线的区号须在其中；默认为空，不检查区号（区号从不写死在规则中）。手机、400/800 号码和不带区号的热线没有区号，不检查。号码本身是否有效由 consultation-phone 检查。这是经验规则，为警告级。',
        en: 'A consistency rule of provincial checking scripts (standards.md, "Other consistency rules"): the consultation phone differs from the supervision (complaints) phone, and numbers carry an area code or are a 12xxx government hotline. This rule reports when both fields share a number (any shared number when a field holds several; "12345" and "0471-12345" are the same hotline), on 监督电话. Option `areaCodes` (e.g. ["0471", "0472"]) lists the region\'s area codes; when non-empty, every landline and area-coded hotline in 咨询电话 and 监督电话 must use one of them. The default is empty: no area-code check (area codes are never hard-coded). Mobiles, 400/800 numbers and bare hotlines have no area code and are not checked. Whether a number is valid at all is consultation-phone\'s job. A practice rule: warning.',
      },
      bad: '咨询电话: 0471-6945678\n监督电话: 0471-6945678\n',
      good: '咨询电话: 0471-6945678\n监督电话: "12345"\n',
    },
    options: {
      type: 'object',
      properties: { areaCodes: { type: 'array', items: { type: 'string', pattern: '^0?[1-9]\\d{1,2}$' }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaultOptions: { areaCodes: [] as string[] },
  },
  check(guide, ctx) {
    const numbers = FIELDS.map((k) => {
      const v = guide.data[k];
      return typeof v === 'string' || typeof v === 'number' ? parsePhones(v).numbers : [];
    });
    const [consult, supervise] = numbers as [PhoneNumber[], PhoneNumber[]];
    const shared = supervise.find((s) => consult.some((c) => same(c, s)));
    if (shared) ctx.report({ path: ['监督电话'], messageId: 'equal', data: { number: shared.raw.trim() } });

    const areaCodes = ctx.options.areaCodes.map(withZero);
    if (areaCodes.length === 0) return;
    const allowed = areaCodes.join(ctx.lang === 'zh' ? '、' : ', ');
    FIELDS.forEach((element, i) => {
      for (const n of numbers[i]!) {
        if (n.areaCode && !areaCodes.includes(n.areaCode)) {
          ctx.report({ path: [element], messageId: 'foreignAreaCode', data: { element, number: n.raw.trim(), areaCode: n.areaCode, allowed, example: areaCodes[0]! } });
        }
      }
    });
  },
});
