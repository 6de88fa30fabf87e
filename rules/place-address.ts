import { type AddressPart, defineRule, type ElementPath, isPlaceholder, parseAddress } from '../src/kit/index.js';

const PARTS: AddressPart[] = ['street', 'door', 'room', 'window'];
const MESSAGE_OF = { street: 'noStreet', door: 'noDoor', room: 'noRoom', window: 'noWindow' } as const satisfies Record<AddressPart, string>;

export default defineRule({
  meta: {
    id: 'place-address',
    item: 14,
    severity: 'error',
    source: 'checklist',
    description: {
      zh: '办理地点写明街道名称、门牌号、房间号和窗口号；多个地点逐一检查',
      en: 'the place of handling (办理地点) names the street, door number, room number and window number; each of several places is checked',
    },
    messages: {
      noStreet: { zh: '办理地点“{value}”未写明街道名称，应写明如“新华东街”“江南路”', en: 'place "{value}" does not name the street; write it, e.g. "新华东街" or "江南路"' },
      noDoor: { zh: '办理地点“{value}”未写明门牌号，应在街道名称后写明如“1号”', en: 'place "{value}" does not give the door number; write it after the street, e.g. "新华东街1号"' },
      noRoom: { zh: '办理地点“{value}”未写明房间号，应写明如“203室”', en: 'place "{value}" does not give the room number; write it, e.g. "203室"' },
      noWindow: { zh: '办理地点“{value}”未写明窗口号，应写明如“12号窗口”', en: 'place "{value}" does not give the window number; write it, e.g. "12号窗口"' },
      blank: { zh: '办理地点为空，应写明街道、门牌号、房间号和窗口号，如“新华东街1号政务服务中心二楼203室12号窗口”', en: 'the place of handling is blank; write street, door, room and window, e.g. "新华东街1号政务服务中心二楼203室12号窗口"' },
    },
    docs: {
      details: {
        zh: '清单第 14 项要求办理地点写明街道名称、门牌号、房间号和窗口号。每缺一项单独报告一条，并指明所缺部分；办理地点为列表时逐个地点检查，结果落在该地点上（如 办理地点[1]）。解析由 src/parse/address.ts 完成：街道为以路、街、大街、大道、巷、胡同（道、弄、里须后接门牌号）结尾的名称，“街道”是乡级行政区划（GB/T 39046 行使层级 5），不算街道名称；门牌号须紧跟街道（“江南路5号”），“4号窗口”“118号柜”不是门牌号，“XX号”占位符不算；房间号须有编号（203室、203号房、房间203、楼层后的三四位数字“二楼203”），只写楼层或大厅不算；窗口号须有编号或字母（12号窗口、窗口11、D号窗口、118号柜、“④⑤⑥综合窗口”中的圈码），只写“综合窗口”不算。选项 parts 可限定要求的部分（默认全部四项）。',
        en: 'Checklist item 14 requires the place of handling to name the street, the door number, the room number and the window number. Each missing part is its own finding naming the part; when 办理地点 is a list each place is checked and reported on its own path (办理地点[1]). Parsing is src/parse/address.ts: a street is a name ending in 路, 街, 大街, 大道, 巷 or 胡同 (道, 弄, 里 only when a door number follows); "街道" is a township-level administrative unit (GB/T 39046 level 5), not a street. A door number follows the street directly ("江南路5号"); "4号窗口", "118号柜" and placeholders ("XX号") are not door numbers. A room needs a number (203室, 203号房, 房间203, a 3–4 digit number after a floor: "二楼203"); a floor or a hall alone is not a room. A window needs a number or letter (12号窗口, 窗口11, D号窗口, 118号柜, circled numerals as in "④⑤⑥综合窗口"); "综合窗口" alone is not. Option `parts` limits the parts required (default: all four).',
      },
      bad: '办理地点: 呼和浩特市新城区新华东街1号政务服务中心二楼综合窗口\n',
      good: '办理地点: 呼和浩特市新城区新华东街1号政务服务中心二楼203室12号窗口\n',
    },
    options: {
      type: 'object',
      properties: { parts: { type: 'array', items: { enum: PARTS }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaultOptions: { parts: PARTS },
  },
  check(guide, ctx) {
    const required = new Set(ctx.options.parts);
    const checkPlace = (value: unknown, path: ElementPath) => {
      if (typeof value !== 'string') return; // other types: guide-schema
      if (value.trim() !== '' && isPlaceholder(value)) return; // not filled: guide-schema
      if (value.trim() === '') {
        ctx.report({ path, messageId: 'blank' });
        return;
      }
      for (const part of parseAddress(value).missing) {
        if (required.has(part)) ctx.report({ path, messageId: MESSAGE_OF[part], data: { value: value.trim() } });
      }
    };
    const places = guide.data['办理地点'];
    if (Array.isArray(places)) places.forEach((p, i) => checkPlace(p, ['办理地点', i]));
    else checkPlace(places, ['办理地点']);
  },
});
