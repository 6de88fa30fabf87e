// An interrupted run (SIGINT: src/cli.ts calls removeTempFiles before exiting) leaves no temporary
// file of a write in progress, and never a half-written target.

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFiles, writeAtomic } from '../../src/util/atomic-write.js';

const dir = mkdtempSync(join(tmpdir(), 'guide-lint-atomic-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('removeTempFiles', () => {
  it('removes the temporary file of a write in progress; the target is not created', async () => {
    const target = join(dir, 'report.json');
    const writing = writeAtomic(target, Buffer.alloc(64 * 1024 * 1024, 0x20)).then(
      () => 'written',
      () => 'failed',
    );
    // Wait until the temporary file exists (the write has started), then interrupt.
    let seen: string[] = [];
    for (let i = 0; i < 5000 && seen.length === 0; i++) {
      await new Promise((r) => setImmediate(r));
      seen = readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    }
    expect(seen).toHaveLength(1);
    removeTempFiles();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(await writing).toBe('failed');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a finished write leaves nothing to remove', async () => {
    await writeAtomic(join(dir, 'done.json'), '{}');
    removeTempFiles();
    expect(readdirSync(dir)).toEqual(['done.json']);
  });
});
