// The built-in `national` profile: the national exchange field set (全国一体化政务服务平台 交换字段),
// as the provinces' 事项管理系统 export it. Field names in both spellings (national DDL names and the
// names real data uses); code lists with the status their evidence supports (docs/import.md).

import type { ImportProfile } from './profile.js';

const YES_NO = { name: '是否', status: 'CONFIRMED', values: { '1': '是', '0': '否' } } as const;

export const NATIONAL: ImportProfile = {
  name: 'national',
  description: '全国一体化在线政务服务平台的事项交换字段（task_name、catalog_code、task_code … 及 AUDIT_* 子表）',
  detect: ['task_name', 'task_code', 'catalog_code', 'task_version', 'audit_item', 'audit_material'],
  records: ['data.list', 'list', 'CUSTOM', 'data', 'rows', ''],
  itemTables: ['AUDIT_ITEM', 'AUDIT_ITEM_EXTEND', ''],
  unit: { code: ['task_code'], handleItem: ['task_handle_item', 'ywcode'], version: ['task_version'], name: ['task_name'] },
  keys: [
    { child: 'task_guid', item: 'rowguid' },
    { child: 'task_guid', item: 'row_guid' },
    { child: 'task_code', item: 'task_code' },
  ],
  fields: {
    事项名称: ['task_name'],
    基本编码: ['catalog_code', 'local_catalog_code'],
    实施编码: ['task_code', 'local_task_code'],
    事项类型: { from: ['task_type'], codes: 'task_type' },
    实施主体: ['dept_name'],
    行使层级: { from: ['use_level'], codes: 'use_level' },
    设定依据: ['by_law'],
    法定办结时限: { from: ['anticipate_day'], unit: { from: ['anticipate_type'], codes: 'time_unit' } },
    承诺办结时限: { from: ['promise_day'], unit: { from: ['promise_type'], codes: 'time_unit' } },
    办件类型: { from: ['project_type'], codes: 'project_type' },
    办理深度: { from: ['online_handle_depth', 'wsblsd'], codes: 'online_handle_depth' },
    到办事现场次数: ['limit_scene_num'],
    办理形式: { from: ['handle_type'], codes: 'handle_type' },
    网办地址: ['online_handle_url', 'handle_online_address', 'link_addr'],
    办理地点: ['transact_addr'],
    办理时间: ['transact_time'],
    咨询电话: ['link_way'],
    监督电话: ['supervise_way'],
    是否收费: { from: ['is_fee'], codes: 'yes_no' },
    收费依据: ['fee_basis'],
    支持网上支付: { from: ['is_pay_online'], codes: 'yes_no' },
    服务对象: { from: ['server_type', 'serve_type'], codes: 'server_type' },
    必须现场办理原因: ['limit_scene_explain', 'scene_reason'],
  },
  windows: {
    table: ['AUDIT_ITEM_WINDOW'],
    fields: { 办理地点: ['transact_addr'], 办理时间: ['transact_time'], 咨询电话: ['window_tel'] },
  },
  lists: [
    {
      table: ['AUDIT_MATERIAL'],
      element: '申请材料',
      scope: 'material',
      fields: {
        材料名称: ['material_name'],
        来源渠道: { from: ['source_type'], codes: 'source_type' },
        出具单位: ['source_explain'],
        份数: ['page_num'],
        原件份数: ['original_amount'],
        复印件份数: ['copy_amount'],
        材料形式: { from: ['material_format', 'material_form'], codes: 'material_format' },
        必要性: { from: ['is_need'], codes: 'is_need' },
        空表: { from: ['form_guid'], attachment: true },
        样表: { from: ['example_guid'], attachment: true },
        备注: ['remark', 'fill_explain', 'fill_explian'],
      },
    },
    { table: ['AUDIT_ITEM_BYLAW'], element: '设定依据', scope: 'basis', fields: { 名称: ['law_name'], 条款: ['clause_number', 'clause_content'] } },
    { table: ['AUDIT_QA'], element: '常见问题', scope: 'faq', fields: { 问: ['question'], 答: ['answer'] } },
    {
      table: ['AUDIT_ITEM_SPECIAL'],
      element: '特殊环节',
      scope: 'special',
      fields: {
        名称: { from: ['special_desc'], title: true },
        时限: { from: ['special_date'], unit: { from: ['special_date_type'], codes: 'time_unit' } },
        设定依据: ['special_desc'],
      },
    },
    { table: ['AUDIT_CHARGE', 'AUDIT_ITEM_FEE'], element: '收费项目', scope: 'fee', fields: { 名称: ['fee_name'], 标准: ['fee_stand'] } },
    { table: ['AUDIT_ITEM_CONDITION'], element: '情形', text: ['condition_name'] },
  ],
  result: {
    名称: ['result_name'],
    类型: { from: ['result_type'], codes: 'result_type' },
    样本: { from: ['result_guid'], attachment: true },
  },
  codes: {
    task_type: {
      name: '事项类型',
      status: 'CONFIRMED',
      values: { '01': '行政许可', '02': '行政处罚', '03': '行政强制', '04': '行政征收', '05': '行政给付', '06': '行政检查', '07': '行政确认', '08': '行政奖励', '09': '行政裁决', '10': '其他行政权力', '20': '公共服务' },
    },
    use_level: { name: '行使层级', status: 'CONFIRMED', values: { '1': '国家级', '2': '省级', '3': '市级', '4': '县级', '5': '镇（乡、街道）级', '6': '村（社区）级', '7': '分级管理' } },
    time_unit: { name: '办结时限单位', status: 'PROBABLE', values: { '1': '工作日', '2': '自然日' } },
    project_type: { name: '办件类型', status: 'CONFIRMED', values: { '1': '即办件', '2': '承诺件', '9': '其他' } },
    handle_type: { name: '办理形式', status: 'CONFLICTING', values: { '1': '窗口办理', '2': '电脑端网上办理', '3': '快递申请' } },
    server_type: { name: '服务对象', status: 'CONFIRMED', values: { '1': '自然人', '2': '企业法人', '3': '事业法人', '4': '社会组织法人', '5': '非法人企业', '6': '行政机关', '9': '其他组织' } },
    source_type: { name: '来源渠道', status: 'CONFIRMED', values: { '10': '申请人自备', '20': '政府部门核发', '99': '其他' } },
    material_format: { name: '材料形式', status: 'CONFLICTING', values: { '1': '纸质', '2': '电子', '3': '纸质和电子', '1,2': '纸质和电子' } },
    is_need: { name: '材料必要性', status: 'CONFIRMED', values: { '1': '必要', '2': '非必要', '3': '容缺后补' } },
    result_type: { name: '审批结果类型', status: 'CONFIRMED', values: { '10': '出证办结', '20': '出文办结', '30': '其他', '99': null } },
    // No list is established for the national field (three conflicting ones; Guangxi's wsblsd fits none):
    // every code is reported until a config supplies the list (import.codes.online_handle_depth).
    online_handle_depth: { name: '网上办理深度', status: 'UNKNOWN', values: {} },
    yes_no: { ...YES_NO, values: { ...YES_NO.values } },
  },
  derive: {
    materialTypeFromCounts: { original: ['original_amount'], copy: ['copy_amount'] },
    flowImage: ['handle_flow', 'flow_chart'],
    intermediaryFlag: ['is_intermediary'],
  },
};
