// Placeholder until the spreadsheet loader lands (issue 4): reports the file as unsupported.
import type { LoadResult } from '../../model/types.js';
import type { LoadOptions } from '../index.js';

export async function loadSpreadsheet(_bytes: Buffer, _file: string, _opts: LoadOptions): Promise<LoadResult> {
  return { guides: [], problems: [{ messageId: 'unsupported', data: { format: 'spreadsheet' }, location: { line: 1, column: 1, endLine: 1, endColumn: 1 } }] };
}
