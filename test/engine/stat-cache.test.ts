import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statRelativeTo, takeStats } from '../../src/engine/stat-cache.js';

describe('stat cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gl-stat-'));
  mkdirSync(join(dir, 'forms'));
  writeFileSync(join(dir, 'forms', 'a.docx'), 'x');
  writeFileSync(join(dir, 'forms', 'empty.docx'), '');
  const guide = join(dir, 'guide.yaml');

  it('stats a reference relative to the guide file', () => {
    expect(statRelativeTo(guide, 'forms/a.docx')).toMatchObject({ exists: true, size: 1 });
    expect(statRelativeTo(guide, 'forms/empty.docx')).toMatchObject({ exists: true, size: 0 });
    expect(statRelativeTo(guide, 'forms/none.docx')).toMatchObject({ exists: false, size: 0 });
    expect(statRelativeTo(guide, 'forms')).toMatchObject({ exists: false }); // a folder is no form
    takeStats(guide);
  });

  it('records each path a guide file looked at once, sorted, and forgets them when taken', () => {
    statRelativeTo(guide, 'forms/none.docx');
    statRelativeTo(guide, './forms/a.docx');
    statRelativeTo(guide, 'forms/a.docx'); // same file, written differently
    statRelativeTo(guide, 'forms/a.docx');
    const other = join(dir, 'other.yaml');
    statRelativeTo(other, 'forms/empty.docx');
    expect(takeStats(guide)).toEqual([
      { path: join(dir, 'forms', 'a.docx'), exists: true, size: 1 },
      { path: join(dir, 'forms', 'none.docx'), exists: false, size: 0 },
    ]);
    expect(takeStats(guide)).toEqual([]);
    expect(takeStats(other)).toEqual([{ path: join(dir, 'forms', 'empty.docx'), exists: true, size: 0 }]);
  });
});
