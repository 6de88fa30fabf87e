import { defineRule, isCodeLike, isPlaceholder, levelCode, splitOrgan } from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'implementing-body',
    item: 8,
    severity: 'info',
    source: 'practice',
    description: {
      zh: '实施主体写机构全称，带地区名称（如“北京市顺义区残疾人联合会”，而不是“残联”）',
      en: '实施主体 gives the organ\'s full name with its area ("北京市顺义区残疾人联合会", not "残联")',
    },
    messages: {
      noArea: {
        zh: '实施主体“{value}”没有地区名称，可能是简称；通常写全称，如“××市××区{organ}”',
        en: '实施主体 "{value}" names no area and may be an abbreviation; usually the full name is written, e.g. "××市××区{organ}"',
      },
      code: {
        zh: '实施主体“{value}”不是机构名称，可能是部门代码；通常写机构全称，如“呼和浩特市市场监督管理局”',
        en: '实施主体 "{value}" is no organ name and may be a department code; usually the full name is written, e.g. "呼和浩特市市场监督管理局"',
      },
    },
    docs: {
      details: {
        zh: '清单第 8 项按部门统计公共服务事项办事指南数量，评分卡按实施主体分组。同一部门写法不一（“残联”“顺义区残联”“北京市顺义区残疾人联合会”）会被当成不同部门。本规则提示：没有地区名称的实施主体（可能是简称，常见简称如残联、人社局、卫健委会展开为全称，见 src/model/organ.ts），以及不含汉字的实施主体（可能是部门代码，如“wjb”）。行使层级为国家级的事项不提示地区。评分卡按规范化名称分组：地区 + 机构名称（简称展开），没有地区的名称并入机构名称相同的唯一部门。这是写法建议，为提示（info）。',
        en: 'Checklist item 8 counts public-service guides per department, and the scorecard groups by 实施主体. One department written several ways ("残联", "顺义区残联", "北京市顺义区残疾人联合会") would count as several. This rule notes a 实施主体 without an area name (probably an abbreviation; common ones such as 残联, 人社局, 卫健委 are expanded, src/model/organ.ts) and one without Chinese characters (probably a department code, "wjb"). No area is asked of national-level items. The scorecard groups by a normalised name: area + organ (abbreviations expanded), a name without area joining the one department with the same organ. A writing suggestion: info.',
      },
      bad: '实施主体: 残联\n',
      good: '实施主体: 北京市顺义区残疾人联合会\n',
    },
  },
  check(guide, ctx) {
    const v = guide.data['实施主体'];
    if (typeof v !== 'string' || v.trim() === '' || isPlaceholder(v)) return; // guide-schema
    const value = v.trim();
    if (isCodeLike(value)) {
      ctx.report({ path: ['实施主体'], messageId: 'code', data: { value } });
      return;
    }
    if (levelCode(guide.data['行使层级']) === '1') return;
    const { area, organ } = splitOrgan(value);
    if (!area) ctx.report({ path: ['实施主体'], messageId: 'noArea', data: { value, organ } });
  },
});
