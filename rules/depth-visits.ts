import {
  defineRule,
  depthLevel,
  hasOnline,
  materialName,
  materialsOf,
  onsiteOf,
  paperOriginal,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'depth-visits',
    item: 4,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { paperOriginal: 'warning' },
    description:
      '办理深度与到办事现场次数、办理形式、申请材料相符：Ⅱ级≤2次、Ⅲ级≤1次、Ⅳ级0次，Ⅱ级以上有网上办理渠道，Ⅳ级不要求纸质原件',
    messages: {
      tooMany:
        '办理深度为{depth}（{name}）的事项到办事现场次数应不超过{max}次，实为{visits}次；应减少到现场次数，或将办理深度改为与之相符的级别',
      notZero:
        '全程网办（Ⅳ级）事项无需到办事现场，到办事现场次数应为0，实为{visits}次；应改为0，或将办理深度改为Ⅲ级（≤1次）或Ⅱ级（≤2次）',
      noOnline:
        '办理深度为{depth}（{name}）要求网上提交材料，但办理形式“{channels}”中没有“电脑端网上办理”或“移动端网上申请”；应补充网上办理渠道，或改正办理深度',
      paperOriginal:
        '全程网办（Ⅳ级）事项的申请材料“{material}”要求纸质{type}，可能需要到现场或邮寄提交；通常应允许电子提交（材料形式为“电子”或“纸质和电子”），或改正办理深度',
    },
  },
  check(guide, ctx) {
    const { depth, visits, channels, channelsText } = onsiteOf(guide);
    const level = depthLevel(depth);
    if (!level || !depth) return; // Ⅰ级, absent, or not a depth (enum-values)
    const { item, max } = level;
    const data = { depth, name: level.name, nameEn: level.en };
    if (visits !== undefined && visits > max) {
      const messageId = max === 0 ? 'notZero' : 'tooMany';
      ctx.report({ path: ['到办事现场次数'], messageId, data: { ...data, visits, max }, item });
    }
    if (channels && !hasOnline(channels))
      ctx.report({ path: ['办理形式'], messageId: 'noOnline', data: { ...data, channels: channelsText }, item });
    if (level.code !== '4') return;
    for (const m of materialsOf(guide)) {
      const type = paperOriginal(m.data);
      if (!type) continue;
      const typeEn = type === '原件' ? 'original' : 'original and copy';
      const material = materialName(m);
      ctx.report({ path: [...m.path, '材料形式'], messageId: 'paperOriginal', data: { material, type, typeEn }, item });
    }
  },
});
