import { type AddressPart, parseAddress, textElementRule } from '../src/kit/index.js';

const PARTS: AddressPart[] = ['street', 'door', 'room', 'window'];
const MESSAGE_OF = { street: 'noStreet', door: 'noDoor', room: 'noRoom', window: 'noWindow' } as const satisfies Record<
  AddressPart,
  string
>;

export default textElementRule({
  meta: {
    id: 'place-address',
    item: 14,
    severity: 'error',
    source: 'checklist',
    description: '办理地点写明街道名称、门牌号、房间号和窗口号；多个地点逐一检查',
    messages: {
      noStreet: '办理地点“{value}”未写明街道名称，应写明如“新华东街”“江南路”',
      noDoor: '办理地点“{value}”未写明门牌号，应在街道名称后写明如“1号”',
      noRoom: '办理地点“{value}”未写明房间号，应写明如“203室”',
      noWindow: '办理地点“{value}”未写明窗口号，应写明如“12号窗口”',
      blank: '办理地点为空，应写明街道、门牌号、房间号和窗口号，如“新华东街1号政务服务中心二楼203室12号窗口”',
    },
    options: {
      type: 'object',
      properties: { parts: { type: 'array', items: { enum: PARTS }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaultOptions: { parts: PARTS },
  },
  elements: ['办理地点'],
  lists: true,
  blank: 'blank',
  problems: (text, _at, _guide, ctx) =>
    parseAddress(text)
      .missing.filter((part) => ctx.options.parts.includes(part))
      .map((part) => ({ messageId: MESSAGE_OF[part], data: { value: text.trim() } })),
});
