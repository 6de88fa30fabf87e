// The built-in `guangzhou` profile: Guangzhou's own item API (`getItem`, api2.gzonline.gov.cn), a
// Guangdong shape that is not the national field set. Its `submit_documents` are the rows the
// `getApplyList` endpoint returns for the same service (identical in the published sample).

import { NATIONAL } from './national.js';
import type { ImportProfile } from './profile.js';
import { defined } from '../../util/defined.js';

const C = NATIONAL.codes;

export const GUANGZHOU: ImportProfile = {
  name: 'guangzhou',
  description: '广州市 getItem 接口（service_code、carry_out_code、legal_period、windows[]、submit_documents[] …）',
  // The materials fields find a getApplyList response alone, so it is reported as rows without an item.
  detect: [
    'service_code',
    'carry_out_code',
    'legal_period',
    'promised_period',
    'submit_documents',
    'service_agent_name',
    'materials_name',
    'material_necessity',
  ],
  records: ['data.list', 'data', 'list', ''],
  itemTables: [''],
  unit: { code: ['carry_out_code', 'service_code'], handleItem: [], version: ['version'], name: ['name'] },
  keys: [],
  fields: {
    事项名称: ['name'],
    基本编码: ['base_code', 'ctg_code'],
    实施编码: ['carry_out_code', 'service_code'],
    事项类型: { from: ['service_item_type'], codes: 'service_item_type' },
    实施主体: ['service_agent_name'],
    行使层级: { from: ['useLevel'], codes: 'use_level' },
    法定办结时限: { from: ['legal_period'], unit: { from: ['legal_period_type'], codes: 'time_unit' } },
    承诺办结时限: { from: ['promised_period'], unit: { from: ['promised_period_type'], codes: 'time_unit' } },
    到办事现场次数: ['transport_count'],
    网办地址: ['online_service_url'],
    咨询电话: ['serviceCheckConsult.phone_number'],
    监督电话: ['serviceLawHelp.phone_complain'],
    是否收费: { from: ['need_charge'], codes: 'yes_no' },
    服务对象: { from: ['service_object_type'], codes: 'server_type' },
    必须现场办理原因: ['online_reason'],
    // The window flow is prose (ckbllc), not steps: the schema reports it at the field.
    办理流程: ['ckbllc'],
  },
  windows: { table: ['windows'], fields: { 办理地点: ['address'], 办理时间: ['office_hour'], 咨询电话: ['phone'] } },
  lists: [
    {
      table: ['submit_documents'],
      element: '申请材料',
      scope: 'material',
      fields: {
        材料名称: ['materials_name'],
        来源渠道: { from: ['sources_type'], codes: 'source_type' },
        出具单位: ['source_explain'],
        原件份数: ['origin'],
        复印件份数: ['copy'],
        材料形式: { from: ['material_form'], codes: 'material_format' },
        必要性: { from: ['material_necessity'], codes: 'is_need' },
        空表: { from: ['empty_file.file_id'], attachment: true },
        样表: { from: ['sample_file.file_id'], attachment: true },
        备注: ['remark', 'filling_requirement'],
      },
    },
    {
      table: ['legal_basis'],
      element: '设定依据',
      scope: 'basis',
      fields: { 名称: ['name'], 条款: ['law_term', 'accordIngNumber'] },
    },
    { table: ['itemQa'], element: '常见问题', scope: 'faq', fields: { 问: ['question'], 答: ['answer'] } },
    { table: ['situation'], element: '情形', text: ['name'] },
  ],
  result: {
    名称: ['certificate.name'],
    类型: { from: ['certificate.subject_result_type'], codes: 'result_type' },
    样本: { from: ['certificate.sample_file.file_id'], attachment: true },
  },
  codes: {
    use_level: defined(C.use_level),
    time_unit: defined(C.time_unit),
    yes_no: defined(C.yes_no),
    server_type: defined(C.server_type),
    source_type: defined(C.source_type),
    material_format: defined(C.material_format),
    is_need: defined(C.is_need),
    result_type: defined(C.result_type),
    // Guangdong's 事项类型 letters (XK, QR, GG, TC …): no public list ties them to the national codes.
    service_item_type: { name: '事项类型（广东）', status: 'UNKNOWN', values: {} },
  },
  derive: { materialTypeFromCounts: { original: ['origin'], copy: ['copy'] }, intermediaryFlag: ['pro_intermediary'] },
};
