import { describe, expect, it } from 'vitest';
import { ruleTester, type InvalidCase } from '../support/rule-tester.js';
import { realValues } from '../parse/support.js';
import rule from '../../rules/place-address.js';

type Part = 'noStreet' | 'noDoor' | 'noRoom' | 'noWindow';
const at = (line: number, column: number, ...ids: Part[]) => ids.map((messageId) => ({ messageId, line, column }));
const one = (v: string, ...ids: Part[]): InvalidCase => ({
  name: v,
  yaml: `办理地点: ${v}\n`,
  errors: at(1, 7, ...ids),
});

// Every 办理地点 value of strings.json, verbatim, with its exact findings (none is complete).
const REAL: InvalidCase[] = [
  one('灵山县三海街道江南路5号县政务服务中心法人大厅工程建设项目综合窗口（县卫生监督所一楼）。', 'noRoom', 'noWindow'),
  one('灵山县三海街道江南路5号县政务服务中心法人大厅②工程建设项目综合窗口（县卫生监督所一楼）', 'noRoom'),
  one('灵山县三海街道江南路12号政务服务中心二楼综合窗口11', 'noRoom'),
  one('灵山县三海街道江南路12号县政务服务中心二楼④⑤⑥综合窗口', 'noRoom'),
  one('乌兰浩特市-长青街与代钦路30号五一派出所户籍窗口', 'noRoom', 'noWindow'),
  one('乌兰浩特市政务服务中心二楼公安4号窗口', 'noStreet', 'noDoor', 'noRoom'),
  one('东乡族自治县锁南镇锁南居委会。', 'noStreet', 'noDoor', 'noRoom', 'noWindow'),
  one('甘肃省-临夏回族自治州-东乡族自治县政务服务中心。', 'noStreet', 'noDoor', 'noRoom', 'noWindow'),
  one('石嘴山市政务服务中心一楼商务区D号窗口', 'noStreet', 'noDoor', 'noRoom'),
  one('宁夏银川市北京中路49号瑞银B座宁夏公共资源交易服务中心四楼大厅', 'noRoom', 'noWindow'),
  one('十堰经济技术开发区广州路27号政务服务中心一楼', 'noRoom', 'noWindow'),
  one('西咸新区沣泾大道西一路1号政务服务中心（118号柜)', 'noRoom'),
  one('北城新区北京路8号政务服务中心', 'noRoom', 'noWindow'),
  one('昆山市前进中路219号政务服务中心3楼', 'noRoom', 'noWindow'),
  one('可以在常州经开区政务服务中心一楼大厅C区取号办理。', 'noStreet', 'noDoor', 'noRoom', 'noWindow'),
  one('宁海县桃源中路138号', 'noRoom', 'noWindow'),
  // placeholder template: "XX号" is no door number
  one('XX市XX路XX号政务服务中心一楼1号综合窗口', 'noDoor', 'noRoom'),
];

ruleTester(rule, {
  valid: [
    // real string from a published guide (广州): the door number follows a direction of the street
    {
      name: '景观大道北7号 (real)',
      yaml: '办理地点: 增城办理点：广州市增城区荔湖街景观大道北7号增城区政务服务中心B区社保医保服务厅201室24号窗口',
    },
    '办理地点: 呼和浩特市新城区新华东街1号政务服务中心二楼203室12号窗口',
    '办理地点: 江南路５号３楼２０３室１２号窗口',
    '办理地点: 江南路5号房间203，窗口12号',
    '办理地点: 某县县前街8号政务服务中心二楼203D号窗口',
    '办理地点:\n  - 呼和浩特市新城区新华东街1号政务服务中心二楼203室12号窗口\n  - 呼和浩特市赛罕区敕勒川大街19号三楼305室21号窗口\n',
    {
      name: 'option parts: only street and door',
      yaml: '办理地点: 宁海县桃源中路138号',
      options: { parts: ['street', 'door'] },
    },
    { name: 'not a string: left to guide-schema', yaml: '办理地点: 12' },
  ],
  invalid: [
    {
      name: '景观大道北7号 has its door; the room is missing (real)',
      yaml: '办理地点: 增城办理点：广州市增城区荔湖街景观大道北7号增城区政务服务中心B区社保医保服务厅24号窗口\n',
      errors: [{ messageId: 'noRoom', line: 1, column: 7, severity: 'error' }],
    },
    ...REAL,
    {
      name: 'no window number',
      yaml: '办理地点: 呼和浩特市新城区新华东街1号政务服务中心二楼203室综合窗口\n',
      errors: at(1, 7, 'noWindow'),
    },
    {
      name: '街道 is no street',
      yaml: '办理地点: 三海街道政务服务中心二楼203室5号窗口\n',
      errors: at(1, 7, 'noStreet', 'noDoor'),
    },
    {
      name: 'a list: each place on its own path',
      yaml: '办理地点:\n  - 呼和浩特市新城区新华东街1号政务服务中心二楼203室12号窗口\n  - 呼和浩特市赛罕区敕勒川大街政务服务中心三楼305室\n',
      errors: [
        { messageId: 'noDoor', line: 3, column: 5, path: ['办理地点', 1] },
        { messageId: 'noWindow', line: 3, column: 5, path: ['办理地点', 1] },
      ],
    },
    {
      name: 'a flow list',
      yaml: '办理地点: [新华东街1号203室12号窗口, 新华东街1号203室]\n',
      errors: [{ messageId: 'noWindow', line: 1, column: 25, path: ['办理地点', 1] }],
    },
    {
      name: 'synonym 受理地点',
      yaml: '受理地点: 新华东街1号12号窗口\n',
      errors: [{ messageId: 'noRoom', line: 1, column: 7, path: ['受理地点'] }],
    },
    { name: 'blank', yaml: '办理地点: ""\n', errors: [{ messageId: 'blank', line: 1, column: 7 }] },
    {
      name: 'option parts: only the window',
      yaml: '办理地点: 宁海县桃源中路138号\n',
      options: { parts: ['window'] },
      errors: at(1, 7, 'noWindow'),
    },
    {
      name: 'the message names the place and the part',
      yaml: '办理地点: 新华东街1号203室\n',
      errors: [
        {
          messageId: 'noWindow',
          line: 1,
          column: 7,
          message: '办理地点“新华东街1号203室”未写明窗口号，应写明如“12号窗口”',
        },
      ],
    },
  ],
});

describe('place-address: real strings', () => {
  it('the table covers every 办理地点 value of strings.json', () => {
    const real = realValues('办理地点');
    expect(real.filter((v) => !REAL.some((c) => c.name === v))).toEqual([]);
  });
});
