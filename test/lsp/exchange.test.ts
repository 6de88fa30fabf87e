// Exported records (the national exchange field set) opened in the editor: detected by content as
// the CLI detects them, findings at the source fields. The payload is one long line with CJK before
// every located value: positions are UTF-16 offsets into that line.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, brief, byPosition, cliFindings, expectedDiagnostic, fixture, guideDir, uriOf } from './support.js';

const EXPORT = 'fixtures/exchange/gx-lingshan-taskitem-a.json';

let dir: string;
let client: LspClient;

beforeAll(async () => {
  dir = guideDir();
  client = await LspClient.start({ cwd: dir, initializationOptions: { debounceMs: 0 } });
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

describe('exchange-format JSON in the editor', () => {
  it('gets the CLI findings at the source fields, in UTF-16 positions on the one long line', async () => {
    const text = fixture(EXPORT);
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    writeFileSync(join(dir, 'taskitem.json'), text);
    const cli = cliFindings(dir, 'taskitem.json');
    expect(cli.length).toBeGreaterThan(5);
    const diags = await client.open(uriOf(join(dir, 'taskitem.json')), text);
    expect(diags.map(brief).sort(byPosition)).toEqual(cli.map(expectedDiagnostic).sort(byPosition));
    // The ranges cover the source field's value, the JSON string as it is in the file.
    const at = (code: string) => {
      const d = diags.find((x) => x.code === code)!;
      expect(d).toBeDefined();
      expect(d.range.start.line).toBe(0);
      return text.slice(d.range.start.character, d.range.end.character);
    };
    const addr = at('place-address');
    expect(addr.startsWith('"灵山县三海街道江南路5号县政务服务中心')).toBe(true);
    expect(text.slice(text.indexOf(addr) - '"transact_addr":'.length, text.indexOf(addr))).toBe('"transact_addr":');
    expect(at('exchange')).toBe('"6,1"');
    expect(at('legal-basis').startsWith('"国家实行固定资产投资项目节能评估和审查制度。')).toBe(true);
    // The messages name the source field, as the CLI's do.
    expect(diags.find((d) => d.code === 'place-address')!.message).toContain('transact_addr');
  });

  it('an edit of a source field re-lints the records: fixing the address clears its findings', async () => {
    const uri = uriOf(join(dir, 'taskitem.json'));
    const text = fixture(EXPORT);
    const before = await client.change(uri, text);
    expect(before.filter((d) => d.code === 'place-address')).toHaveLength(2);
    const fixed = text.replace('法人大厅工程建设项目综合窗口（', '法人大厅203室12号窗口（');
    expect(fixed).not.toBe(text);
    const after = await client.change(uri, fixed);
    expect(after.filter((d) => d.code === 'place-address')).toEqual([]);
    expect(after.length).toBe(before.length - 2);
  });

  it('JSON that is neither a guide nor exported records gets no diagnostics', async () => {
    const text = '{ "name": "some-package", "version": "1.0.0" }\n';
    writeFileSync(join(dir, 'package.json'), text);
    expect(await client.open(uriOf(join(dir, 'package.json')), text)).toEqual([]);
  });
});
