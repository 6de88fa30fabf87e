// The HTML dashboard rendered in headless Chromium: no console errors, no script errors, every
// measure shown. Skipped, with a notice, where Chromium is not installed (.ci/run installs it).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import scoreHtml from '../../src/format/score-html.js';
import { findChromium, render } from './chromium.js';
import { score } from './support.js';

const chromium = findChromium();
if (!chromium)
  console.warn(
    '\n*** chromium not installed: the dashboard render test is SKIPPED (apt-get install -y chromium; see .ci/run) ***\n',
  );

const ITEMS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 23, 24];

describe.skipIf(!chromium)(
  `dashboard in headless Chromium${chromium ? '' : ' (skipped: chromium not installed)'}`,
  () => {
    let dir: string;
    let page: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'guide-lint-dashboard-'));
      const card = await score(['fixtures/guides/clean'], { powerList: 'fixtures/power-list/clean.xlsx' });
      page = join(dir, 'score.html');
      writeFileSync(page, await scoreHtml({ card, color: false }));
    });

    it('the page renders without console or script errors and its script runs', () => {
      const r = render(chromium!, page);
      expect(r.status, r.stderr.slice(-2000)).toBe(0);
      expect(r.console).toEqual([]);
      const html = /<html[^>]*>/.exec(r.dom)?.[0] ?? '';
      expect(html).not.toContain('data-errors');
      expect(r.dom).toMatch(/<body[^>]*data-ready="1"/);
    });

    it('shows every measure, with its value and target', () => {
      const r = render(chromium!, page);
      for (const n of ITEMS) {
        const row = new RegExp(`<tr id="item-${n}"[^>]*>([\\s\\S]*?)</tr>`).exec(r.dom);
        expect(row, `item ${n}`).not.toBeNull();
        expect(row![1]).toMatch(/<svg/);
        expect(row![1]).toMatch(/≥/);
      }
      expect(r.dom).toContain('id="by-department"');
      expect(r.dom).toContain('id="to-fix"');
      expect(r.dom).toContain('150100-XK-0013');
    });

    it('the check itself catches errors (a page with a failing script)', () => {
      const bad = join(dir, 'bad.html');
      const html = readFileSync(page, 'utf8').replace(
        '</body>',
        '<script>console.error("boom"); notDefined();</script></body>',
      );
      writeFileSync(bad, html);
      const r = render(chromium!, bad);
      expect(r.console.join('\n')).toContain('boom');
      expect(/<html[^>]*>/.exec(r.dom)?.[0]).toContain('data-errors="');
    });
  },
);
