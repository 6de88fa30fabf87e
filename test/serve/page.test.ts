// The page's own files, checked as the project checks its code: app.js type-checks as strict
// TypeScript (assets/serve/tsconfig.json: checkJs, noUnusedLocals); the HTML has no inline script,
// style or event handler (the CSP would block them) and loads nothing from elsewhere; the script
// never writes markup from strings and finds every element it looks up.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const DIR = join(ROOT, 'assets/serve');
const html = readFileSync(join(DIR, 'index.html'), 'utf8');
const js = readFileSync(join(DIR, 'app.js'), 'utf8');
const i18n = readFileSync(join(DIR, 'i18n.js'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };

describe('the page', () => {
  it('app.js type-checks as strict TypeScript', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(DIR, 'tsconfig.json')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('index.html: no inline script, style or handler; only its own files', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^[\w.-]+$/);
    expect(js + i18n).not.toMatch(/https?:\/\//);
  });

  it('app.js never turns strings into markup or code', () => {
    expect(js + i18n).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });

  it('every element app.js looks up is in index.html', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const wanted = [...js.matchAll(/\$\('([\w-]+)'\)/g)].map((m) => m[1]!);
    const templated = [...js.matchAll(/\$\(`tab-\$\{p\}`\)/g)].length
      ? ['tab-findings', 'tab-score', 'tab-downloads']
      : [];
    expect(wanted.length).toBeGreaterThan(20);
    for (const id of [...wanted, ...templated]) expect(ids.has(id), id).toBe(true);
  });

  it('ships in the package', () => {
    expect(pkg.files).toContain('assets');
  });
});
