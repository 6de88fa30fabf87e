// `guide-lint serve --open` end to end in a real headless Chromium (the system's, driven by
// playwright-core; nothing is downloaded): the real CLI is started as a newcomer would start it, its
// --open hands the URL to a stand-in `xdg-open` that records it, Chromium opens that URL; then the
// test uploads the fixture workbook through the file input, waits
// for the findings, check the counts per checklist item against a plain lint of the same file,
// open a known cell's row, download the annotated copy and read the comment back, open the
// scorecard, switch to English. Screenshots go to a temp folder, or to docs/serve/ with
// GUIDE_LINT_SCREENSHOTS=1 (how the ones in docs/serve.md were made). Skipped, with a notice, where
// Chromium is not installed (.ci/run installs it).

import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { lint } from '../../src/engine/lint.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { findChromium } from '../score/chromium.js';
import { ROOT } from '../support/cli.js';

const chromium = findChromium();
if (!chromium)
  console.warn(
    '\n*** chromium not installed: the serve browser test is SKIPPED (apt-get install -y chromium; see .ci/run) ***\n',
  );

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const WORKBOOK = join(ROOT, 'fixtures/sheets/relational.xlsx');
const SHOTS = process.env.GUIDE_LINT_SCREENSHOTS
  ? join(ROOT, 'docs/serve')
  : mkdtempSync(join(tmpdir(), 'guide-lint-serve-shots-'));
/** Temp folders this test made, removed at the end. */
const made: string[] = SHOTS.startsWith(tmpdir()) ? [SHOTS] : [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

describe.skipIf(!chromium)(`serve in headless Chromium${chromium ? '' : ' (skipped: chromium not installed)'}`, () => {
  let serve: ChildProcess;
  let url: string;
  let tmp: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let expected: Map<string, number>;

  beforeAll(async () => {
    const { chromium: pw } = await import('playwright-core');
    // A folder without config, a temp folder of its own, and `xdg-open` (`open` on macOS) recording the URL.
    tmp = mkdtempSync(join(tmpdir(), 'guide-lint-serve-e2e-'));
    const bin = join(tmp, 'bin');
    mkdirSync(bin);
    for (const name of ['xdg-open', 'open']) {
      writeFileSync(join(bin, name), `#!/bin/sh\nprintf '%s' "$1" > "${join(tmp, 'opened.txt')}"\n`);
      chmodSync(join(bin, name), 0o755);
    }
    serve = spawn(process.execPath, [join(ROOT, 'bin/guide-lint.js'), 'serve', '--open', '--port', '0'], {
      cwd: tmp,
      env: { ...process.env, TMPDIR: tmp, PATH: `${bin}:${process.env.PATH}` },
      stdio: 'ignore',
    });
    for (let i = 0; i < 300 && !existsSync(join(tmp, 'opened.txt')); i++) await new Promise((r) => setTimeout(r, 100));
    url = readFileSync(join(tmp, 'opened.txt'), 'utf8');
    browser = await pw.launch({ executablePath: chromium!, args: FLAGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    // What the page must show: a plain lint of the same file alone in a folder (its forms absent, as uploaded).
    const dir = tempDir('guide-lint-serve-expected-');
    copyFileSync(WORKBOOK, join(dir, 'relational.xlsx'));
    const result = await lint({ cwd: dir, paths: ['.'], config: await resolveConfig({ cwd: dir, discover: false }) });
    expected = new Map();
    for (const f of result.findings)
      expected.set(
        f.item === null ? 'none' : String(f.item),
        (expected.get(f.item === null ? 'none' : String(f.item)) ?? 0) + 1,
      );
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    // Either is still unset when beforeAll failed before launching it.
    const started: { serve?: ChildProcess; browser?: Browser } = { serve, browser };
    await started.browser?.close();
    const proc = started.serve;
    if (proc?.exitCode === null)
      await new Promise<void>(
        (resolve) => (
          proc.on('exit', () => {
            resolve();
          }),
          proc.kill('SIGINT')
        ),
      );
    for (const dir of [tmp, ...made]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('opens, says which config and that uploads run no code', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[\w-]{32}\/$/);
    await page.goto(url);
    await page.waitForSelector('body[data-ready="1"]');
    expect(await page.textContent('#config-line')).toContain('无配置文件');
    expect(await page.textContent('#code-line')).toContain('不会执行任何代码');
    await page.screenshot({ path: join(SHOTS, 'start.png') });
  });

  it('uploads the workbook through the file input and shows the findings, counted per item', async () => {
    await page.setInputFiles('#files', WORKBOOK);
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    const chips = await page.$$eval('#item-counts .chip', (els) =>
      els.map((e) => [(e as HTMLElement).dataset.item!, Number((e as HTMLElement).dataset.count)] as [string, number]),
    );
    expect(new Map(chips)).toEqual(expected);
    expect(expected.get('13')).toBe(1);
    const groups = await page.$$eval('#groups .group h3', (els) => els.map((e) => e.textContent));
    expect(groups.some((g) => g.includes('食品经营许可（新办）') && g.includes('呼和浩特市市场监督管理局'))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'findings.png'), fullPage: false });
  });

  it('filters by item and search', async () => {
    await page.selectOption('#f-item', '13');
    expect(await page.$$eval('#groups tr[data-finding]', (rows) => rows.length)).toBe(1);
    await page.selectOption('#f-item', '');
    await page.fill('#f-search', '工伤认定');
    const shown = await page.$$eval('#groups .group h3', (els) => els.map((e) => e.textContent));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((g) => g.includes('工伤认定'))).toBe(true);
    await page.fill('#f-search', '');
  });

  it('shows the offending row with the cell marked, and the rule docs', async () => {
    await page.click('button.where:text-is("事项!K2")');
    await page.waitForSelector('#row-view td.mark');
    expect(await page.getAttribute('#row-view td.mark', 'data-cell')).toBe('K2');
    expect(await page.textContent('#row-view td.mark')).toBe('5日');
    expect(await page.textContent('#doc-title')).toBe('promised-time-limit');
    expect(await page.textContent('#doc')).toContain('promised-time-limit');
    await page.screenshot({ path: join(SHOTS, 'row.png') });
  });

  it('downloads the annotated workbook with the comment on the right cell', async () => {
    await page.click('.tab[data-tab="downloads"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download="annotated"]')]);
    const file = join(SHOTS === join(ROOT, 'docs/serve') ? tempDir('guide-lint-dl-') : SHOTS, 'annotated.xlsx');
    await download.saveAs(file);
    const XLSX = await import('xlsx');
    const wb = XLSX.read(readFileSync(file), { type: 'buffer' });
    const comment = (wb.Sheets['事项']!.K2 as { c?: { t: string }[] }).c;
    expect(comment?.[0]?.t).toContain('promised-time-limit');
    expect(download.suggestedFilename()).toBe('relational.annotated.xlsx');
    const [score] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download="score.html"]')]);
    const html = join(SHOTS === join(ROOT, 'docs/serve') ? tempDir('guide-lint-dl-') : SHOTS, 'score.html');
    await score.saveAs(html);
    expect(readFileSync(html, 'utf8')).toContain('id="by-department"');
  });

  it('shows the scorecard: items 1–11, 23, 24, by department and level', async () => {
    await page.click('.tab[data-tab="score"]');
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 23, 24])
      expect(await page.$(`#measure-${n}`), `item ${n}`).not.toBeNull();
    expect(await page.textContent('#by-department')).toContain('赤峰市人力资源和社会保障局');
    expect(await page.textContent('#by-level')).toContain('市级');
    await page.screenshot({ path: join(SHOTS, 'score.png') });
  });

  it('switches to English: the page and the findings', async () => {
    await page.click('.tab[data-tab="findings"]');
    await page.click('#lang-switch');
    await page.waitForFunction(
      () =>
        document.body.dataset.state === 'done' &&
        (document.getElementById('totals')?.textContent ?? '').includes('Done:'),
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.textContent('.tab[data-tab="findings"]')).toBe('Findings');
    expect(await page.textContent('#groups')).toMatch(/promised time limit|working days/i);
  });

  it('shows a hostile guide name as text, never as markup', async () => {
    const evil = '<img src=x id=pwned onerror="document.title=1">';
    const dir = tempDir('guide-lint-serve-evil-');
    const file = join(dir, 'evil.yaml');
    (await import('node:fs')).writeFileSync(file, `事项名称: '${evil}'\n实施主体: '<b>dept</b>'\n`);
    await page.setInputFiles('#files', file);
    await page.waitForFunction(
      () =>
        document.body.dataset.state === 'done' && document.querySelector('#groups h3')?.textContent.includes('<img'),
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.$('#pwned')).toBeNull();
    expect(await page.$('#groups b')).toBeNull();
    expect(await page.textContent('#groups')).toContain(evil);
  });

  it('had no script errors or CSP violations, and the screenshots are there; SIGINT removes the uploads', async () => {
    expect(problems).toEqual([]);
    expect(readdirSync(tmp).filter((d) => d.startsWith('guide-lint-serve-'))).toHaveLength(1);
    const code = await new Promise<number | null>(
      (resolve) => (
        serve.on('exit', (c) => {
          resolve(c);
        }),
        serve.kill('SIGINT')
      ),
    );
    expect(code).toBe(0);
    expect(readdirSync(tmp).filter((d) => d.startsWith('guide-lint-serve-'))).toEqual([]);
    for (const n of ['start', 'findings', 'row', 'score'])
      expect(statSync(join(SHOTS, `${n}.png`)).size).toBeGreaterThan(10_000);
  });
});
