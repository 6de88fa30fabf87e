// A JSON Lines export of real records for the streaming tests: the Guangxi record of the national field
// set (fixtures/exchange/SOURCES.md), one unit per line (a distinct 业务办理项 each).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export function writeExportLines(file: string, records: number): string {
  const real = JSON.parse(readFileSync(join(ROOT, 'fixtures/exchange/gx-lingshan-taskitem-a.json'), 'utf8')) as {
    list: Record<string, unknown>[];
  };
  const rec = real.list[0]!;
  const items = rec.AUDIT_ITEM;
  const item = (Array.isArray(items) ? items[0] : items) as Record<string, unknown>;
  const lines: string[] = [];
  for (let i = 0; i < records; i++) {
    item.task_handle_item = `h${i}`;
    lines.push(JSON.stringify(rec));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
