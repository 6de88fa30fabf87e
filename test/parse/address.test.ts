import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAddress, type AddressPart } from '../../src/parse/address.js';
import { RUNS, anyText, realValues } from './support.js';

type Row = [input: string, parts: Partial<Record<AddressPart, string>>, missing: AddressPart[]];

// Every 办理地点 string of strings.json, verbatim, plus the format contract's sample (last row).
const REAL: Row[] = [
  [
    '灵山县三海街道江南路5号县政务服务中心法人大厅工程建设项目综合窗口（县卫生监督所一楼）。',
    { street: '江南路', door: '5号' },
    ['room', 'window'],
  ],
  [
    '灵山县三海街道江南路5号县政务服务中心法人大厅②工程建设项目综合窗口（县卫生监督所一楼）',
    { street: '江南路', door: '5号', window: '②工程建设项目综合窗口' },
    ['room'],
  ],
  [
    '灵山县三海街道江南路12号政务服务中心二楼综合窗口11',
    { street: '江南路', door: '12号', window: '窗口11' },
    ['room'],
  ],
  [
    '灵山县三海街道江南路12号县政务服务中心二楼④⑤⑥综合窗口',
    { street: '江南路', door: '12号', window: '④⑤⑥综合窗口' },
    ['room'],
  ],
  ['乌兰浩特市-长青街与代钦路30号五一派出所户籍窗口', { street: '长青街与代钦路', door: '30号' }, ['room', 'window']],
  ['乌兰浩特市政务服务中心二楼公安4号窗口', { window: '4号窗口' }, ['street', 'door', 'room']],
  ['东乡族自治县锁南镇锁南居委会。', {}, ['street', 'door', 'room', 'window']],
  ['甘肃省-临夏回族自治州-东乡族自治县政务服务中心。', {}, ['street', 'door', 'room', 'window']],
  ['石嘴山市政务服务中心一楼商务区D号窗口', { window: 'D号窗口' }, ['street', 'door', 'room']],
  [
    '宁夏银川市北京中路49号瑞银B座宁夏公共资源交易服务中心四楼大厅',
    { street: '北京中路', door: '49号' },
    ['room', 'window'],
  ],
  ['十堰经济技术开发区广州路27号政务服务中心一楼', { street: '广州路', door: '27号' }, ['room', 'window']],
  [
    '西咸新区沣泾大道西一路1号政务服务中心（118号柜)',
    { street: '沣泾大道西一路', door: '1号', window: '118号柜' },
    ['room'],
  ],
  ['北城新区北京路8号政务服务中心', { street: '北京路', door: '8号' }, ['room', 'window']],
  ['昆山市前进中路219号政务服务中心3楼', { street: '前进中路', door: '219号' }, ['room', 'window']],
  ['可以在常州经开区政务服务中心一楼大厅C区取号办理。', {}, ['street', 'door', 'room', 'window']],
  ['宁海县桃源中路138号', { street: '桃源中路', door: '138号' }, ['room', 'window']],
  // placeholder template: "XX号" is not a number, so the door is missing
  ['XX市XX路XX号政务服务中心一楼1号综合窗口', { street: 'XX路', window: '1号综合窗口' }, ['door', 'room']],
  [
    '呼和浩特市新城区新华东街1号政务服务中心二楼203室12号窗口',
    { street: '新华东街', door: '1号', room: '203室', window: '12号窗口' },
    [],
  ],
];

const MORE: Row[] = [
  ['三海街道政务服务中心5号窗口', { window: '5号窗口' }, ['street', 'door', 'room']], // 街道 is a sub-district
  ['三海街道5号', {}, ['street', 'door', 'room', 'window']],
  ['锁南镇锁南村村委会二楼', {}, ['street', 'door', 'room', 'window']],
  ['某某社区居委会', {}, ['street', 'door', 'room', 'window']],
  ['呼和浩特市新城区新华东街政务服务中心', { street: '新华东街' }, ['door', 'room', 'window']],
  ['北京市东城区东长安街14号', { street: '东长安街', door: '14号' }, ['room', 'window']],
  ['包头市昆都仑区钢铁大街6号', { street: '钢铁大街', door: '6号' }, ['room', 'window']],
  ['某市某区西四胡同3号', { street: '西四胡同', door: '3号' }, ['room', 'window']],
  // 弄 is a lane off the road: the door number belongs to the lane
  ['上海市黄浦区云南中路171弄5号', { street: '云南中路171弄', door: '5号' }, ['room', 'window']],
  ['杭州市杭州路3号', { street: '杭州路', door: '3号' }, ['room', 'window']],
  ['某县县前街8号', { street: '县前街', door: '8号' }, ['room', 'window']],
  ['政务服务中心绿色通道窗口', {}, ['street', 'door', 'room', 'window']], // 通道 is not a road
  ['大厅里12号窗口', { window: '12号窗口' }, ['street', 'door', 'room']],
  ['江南路5号二楼203', { street: '江南路', door: '5号', room: '203' }, ['window']],
  ['江南路203号房', { street: '江南路', room: '203号房' }, ['door', 'window']],
  ['江南路5号203号房间', { street: '江南路', door: '5号', room: '203号房间' }, ['window']],
  ['江南路5号房间203，窗口12号', { street: '江南路', door: '5号', room: '房间203', window: '窗口12号' }, []],
  ['江南路５号３楼２０３室１２号窗口', { street: '江南路', door: '５号', room: '２０３室', window: '１２号窗口' }, []],
  ['江南路5号3楼', { street: '江南路', door: '5号' }, ['room', 'window']],
  ['政务服务中心柜台3', { window: '柜台3' }, ['street', 'door', 'room']],
  ['政务服务中心三号窗口', { window: '三号窗口' }, ['street', 'door', 'room']],
  ['政务服务中心窗口⑦', { window: '窗口⑦' }, ['street', 'door', 'room']],
  ['政务服务中心综合窗口', {}, ['street', 'door', 'room', 'window']],
  ['', {}, ['street', 'door', 'room', 'window']],
];

const texts = (parts: ReturnType<typeof parseAddress>['parts']) =>
  Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.text]));

describe('parseAddress: real strings', () => {
  it.each(REAL)('%j', (input, parts, missing) => {
    const r = parseAddress(input);
    expect(r.missing).toEqual(missing);
    expect(texts(r.parts)).toEqual(parts);
  });
  it('the table covers every 办理地点 value of strings.json', () => {
    const real = realValues('办理地点');
    expect(real.filter((v) => !REAL.some(([s]) => s === v))).toEqual([]);
  });
  it('spans index the original string', () => {
    const r = parseAddress('呼和浩特市新城区新华东街1号政务服务中心二楼203室12号窗口');
    expect(r.parts).toEqual({
      street: { text: '新华东街', start: 8, end: 12 },
      door: { text: '1号', start: 12, end: 14 },
      room: { text: '203室', start: 22, end: 26 },
      window: { text: '12号窗口', start: 26, end: 31 },
    });
  });
});

describe('parseAddress: other forms', () => {
  it.each(MORE)('%j', (input, parts, missing) => {
    const r = parseAddress(input);
    expect(r.missing).toEqual(missing);
    expect(texts(r.parts)).toEqual(parts);
  });
});

describe('properties', () => {
  const alphabet =
    '市区县街道镇村路街大道巷胡同弄里与号室房间楼层窗口柜台综合政务服务中心0123456789０１２一二三十ABD①④⑤⑥（）()-、，。 XX';
  it('any string: never throws, deterministic, spans slice the input, missing = parts not found', () => {
    fc.assert(
      fc.property(anyText(alphabet), (s) => {
        const r = parseAddress(s);
        expect(parseAddress(s)).toEqual(r);
        for (const span of Object.values(r.parts)) {
          expect(s.slice(span.start, span.end)).toBe(span.text);
          expect(span.end).toBeGreaterThan(span.start);
        }
        const all: AddressPart[] = ['street', 'door', 'room', 'window'];
        expect(r.missing).toEqual(all.filter((p) => !r.parts[p]));
      }),
      RUNS,
    );
  });
  it('a door is only found right after a street', () => {
    fc.assert(
      fc.property(anyText(alphabet), (s) => {
        const { parts } = parseAddress(s);
        if (parts.door) expect(parts.street?.end).toBeLessThanOrEqual(parts.door.start);
      }),
      RUNS,
    );
  });
  it('does not throw on non-strings', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(parseAddress(v as string).missing).toEqual(['street', 'door', 'room', 'window']);
      }),
      RUNS,
    );
  });
});
