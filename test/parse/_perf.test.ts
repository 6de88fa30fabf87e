import { it } from 'vitest';
import { parseTimeLimit } from '../../src/parse/time-limit.js';
import { parseAddress } from '../../src/parse/address.js';
import { parseOfficeHours } from '../../src/parse/office-hours.js';
import { parsePhones } from '../../src/parse/phone.js';
import { parseNumberToken } from '../../src/parse/numbers.js';
it('perf', () => {
  const N = 5000;
  const inputs = [' '.repeat(N), '1' + ' '.repeat(N) + 'x', '1'.repeat(N), '一'.repeat(N), '0-'.repeat(N), '9:00-'.repeat(N/5), '路'.repeat(N), '1号'.repeat(N/2), '窗口'.repeat(N/2), '①'.repeat(N), '1号综'.repeat(N/3), '周一至'.repeat(N/3), '上午9点'.repeat(N/4), '（'.repeat(N), '1 '.repeat(N/2), '+86 '.repeat(N/4), 'http://'.repeat(N/7), '2'.repeat(N)+'个', '受理'.repeat(N/2)+'1', '9点至'.repeat(N/3), '5月至'.repeat(N/3), '室'.repeat(N), '1室'.repeat(N/2), 'A1'.repeat(N/2), '时限：'.repeat(N/3)];
  const fns = { parseTimeLimit, parseAddress, parseOfficeHours, parsePhones, parseNumberToken } as Record<string, (s: string) => unknown>;
  for (const s of inputs) for (const [name, f] of Object.entries(fns)) {
    const t = performance.now(); f(s); const ms = performance.now() - t;
    if (ms > 50) console.log('SLOW', name, JSON.stringify(s.slice(0, 8)), ms.toFixed(0), 'ms');
  }
});
