import { defineRule, isPlaceholder, parsePhones, type PhoneProblem } from '../src/kit/index.js';

const MESSAGE_OF = {
  empty: 'empty',
  'no-area-code': 'noAreaCode',
  malformed: 'malformed',
  url: 'url',
} as const satisfies Record<PhoneProblem['kind'], string>;

/** The phone elements checked, with the checklist item of their findings. */
const FIELDS: Array<[key: string, item: number | null]> = [
  ['咨询电话', 16],
  ['监督电话', null],
];

export default defineRule({
  meta: {
    id: 'consultation-phone',
    item: 16,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { noAreaCode: 'warning', url: 'warning' },
    description: {
      zh: '咨询电话（及监督电话）是有效的电话号码：带区号的固定电话、手机、400/800 号码或 12xxx 政务服务热线',
      en: 'the consultation phone (and the supervision phone) is a valid number: a landline with its area code, a mobile, a 400/800 number or a 12xxx government hotline',
    },
    messages: {
      noAreaCode: { zh: '{element}“{text}”缺少区号，固定电话通常应写明区号，如“0471-6945678”', en: '{element} "{text}" has no area code; a landline is usually written with it, e.g. "0471-6945678"' },
      malformed: { zh: '{element}“{text}”不是有效的电话号码，应写作如“0471-6945678”“13912345678”“400-888-4636”或“12345”', en: '{element} "{text}" is not a valid phone number; write e.g. "0471-6945678", "13912345678", "400-888-4636" or "12345"' },
      url: { zh: '{element}中写了网址“{text}”，电话栏通常只写电话号码，如“0471-6945678”', en: '{element} holds the URL "{text}"; the phone field usually takes phone numbers only, e.g. "0471-6945678"' },
      empty: { zh: '{element}为空，应填写受理部门的电话号码，如“0471-6945678”', en: '{element} is blank; give the handling department\'s number, e.g. "0471-6945678"' },
    },
    docs: {
      details: {
        zh: '清单第 16 项要求写明受理部门的咨询电话。每个号码由 src/parse/phone.ts 解析，固定电话和手机的有效性由 libphonenumber-js（完整元数据）判断：接受带区号的固定电话（0471-6945678、0777—6428820、(0471)6945678、+86-574-65578872，分机号忽略）、手机、400/800 号码、12xxx 政务服务热线（12345，或带区号的 0538-12333）。报告：没有区号的7–8位号码（如“87524298”，外地来电无法拨通；见 standards.md：号码应带区号或为 12xxx 热线）、无效号码、电话栏中的网址、空值。一栏可写多个号码，每个问题单独报告。监督电话存在时同样检查（结果不归入清单项）。两个电话是否相同、区号是否属于本地区由 phone-distinct 检查。清单第 16 项要求的是电话号码：不是电话号码为错误；缺少区号（检查脚本的做法）和号码旁另写网址为警告。',
        en: 'Checklist item 16 requires the handling department\'s consultation phone. Each number is parsed by src/parse/phone.ts; landline and mobile validity comes from libphonenumber-js (full metadata). Accepted: landlines with area code (0471-6945678, 0777—6428820, (0471)6945678, +86-574-65578872; extensions ignored), mobiles, 400/800 numbers, 12xxx government hotlines (12345, or with area code as 0538-12333). Reported: 7–8 digit numbers without area code ("87524298": callers from elsewhere cannot dial it; standards.md: numbers carry an area code or are a 12xxx hotline), invalid numbers, URLs in the phone field, blank values. A field may hold several numbers; each problem is its own finding. 监督电话 is checked the same way when present (its findings carry no checklist item). Whether the two numbers differ and whether area codes are local is checked by phone-distinct. Item 16 asks for a telephone number: no number is an error; a missing area code (checking-script practice) and a URL beside the number are warnings.',
      },
      bad: '咨询电话: "6945678"\n',
      good: '咨询电话: 0471-6945678\n',
    },
  },
  check(guide, ctx) {
    for (const [element, item] of FIELDS) {
      const value = guide.data[element];
      if (typeof value !== 'string' && typeof value !== 'number') continue; // absent or other types: guide-schema
      if (typeof value === 'string' && value.trim() !== '' && isPlaceholder(value)) continue; // not filled: guide-schema
      for (const p of parsePhones(value).problems) {
        ctx.report({ path: [element], messageId: MESSAGE_OF[p.kind], data: { element, text: p.text.trim() }, item });
      }
    }
  },
});
