// `guide-lint serve` at the HTTP level: what it refuses (foreign Host or Origin, wrong token,
// non-loopback bind, oversized, malformed and path-traversing uploads), that uploads made at the
// same time stay apart, and that job folders are removed after a refused upload, when a job is
// dropped, and when the server stops (SIGINT of the real CLI).

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip } from '../../src/load/spreadsheet/zip.js';
import { allowedHosts, isLoopback } from '../../src/serve/security.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { runServe } from '../../src/commands/serve.js';
import { ROOT } from '../support/cli.js';
import { jobFolders, testServer, upload, waitDone } from './support.js';

const WORKBOOK = readFileSync(join(ROOT, 'fixtures/sheets/relational.xlsx'));
const CLEAN = 'fixtures/guides/clean/civil-affairs-horqin-right-front-banner.yaml';
const DEFECTIVE = 'fixtures/guides/defective/hours-order-chifeng.yaml';

function raw(
  url: string,
  o: { method?: string; path?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, method: o.method ?? 'GET', path: o.path ?? u.pathname, headers: o.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

let s: RunningServer & { tmp: string };
beforeAll(async () => {
  s = await testServer({ maxUploadBytes: 64 * 1024 });
});
afterAll(async () => {
  await s.close();
  rmSync(s.tmp, { recursive: true, force: true });
});

describe('where it listens', () => {
  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1'])
      expect(isLoopback(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org', '::ffff:10.0.0.1'])
      expect(isLoopback(h), h).toBe(false);
  });

  it('refuses a non-loopback address without --allow-remote (server and command)', async () => {
    await expect(
      startServer({ host: '0.0.0.0', port: 0, info: {} as never, configFor: () => Promise.resolve({} as never) }),
    ).rejects.toThrow(/not a loopback address/);
    await expect(runServe({ host: '0.0.0.0', port: 0 })).rejects.toThrow(/--allow-remote/);
  });

  it("accepts Host names: loopback only, plus the bound address (or the machine's, for 0.0.0.0) when remote", async () => {
    expect([...allowedHosts('127.0.0.1', 80)].sort()).toEqual(['127.0.0.1:80', '[::1]:80', 'localhost:80']);
    expect(allowedHosts('192.168.1.10', 80).has('192.168.1.10:80')).toBe(true);
    expect(allowedHosts('fe80::1', 80).has('[fe80::1]:80')).toBe(true);
    const { networkInterfaces } = await import('node:os');
    const own = Object.values(networkInterfaces())
      .flatMap((l) => l ?? [])
      .find((a) => a.family === 'IPv4')!.address;
    expect(allowedHosts('0.0.0.0', 80).has(`${own}:80`)).toBe(true);
    expect(allowedHosts('0.0.0.0', 80).has('evil.example:80')).toBe(false);
  });

  it('prints its address with the token', () => {
    expect(s.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${s.port}/s/[\\w-]{32}/$`));
  });
});

describe('what it refuses with 403', () => {
  it('serves the page with its token, with a CSP without inline scripts', async () => {
    const r = await raw(s.url);
    expect(r.status).toBe(200);
    expect(r.body).toContain('<script type="module" src="app.js"></script>');
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('a wrong or missing token', async () => {
    const wrong = s.url.replace(s.token, 'x'.repeat(s.token.length));
    expect((await raw(wrong)).status).toBe(403);
    expect((await raw(`${wrong}api/info`)).status).toBe(403);
    expect((await raw(s.url, { path: '/' })).status).toBe(403);
    expect((await raw(s.url, { path: '/api/info' })).status).toBe(403);
    const body = JSON.parse((await raw(wrong)).body);
    expect(body.message.zh).toContain('令牌');
  });

  it('a foreign Origin, a cross-site fetch, a foreign Host (DNS rebinding)', async () => {
    expect((await raw(`${s.url}api/info`, { headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await raw(`${s.url}api/info`, { headers: { Origin: 'null' } })).status).toBe(403);
    expect((await raw(`${s.url}api/info`, { headers: { Origin: `https://127.0.0.1:${s.port}` } })).status).toBe(403);
    expect((await raw(`${s.url}api/info`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    expect((await raw(`${s.url}api/info`, { headers: { 'Sec-Fetch-Site': 'same-site' } })).status).toBe(403);
    expect((await raw(`${s.url}api/info`, { headers: { 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(200);
    expect((await raw(`${s.url}api/info`, { headers: { Host: `evil.example:${s.port}` } })).status).toBe(403);
    expect((await raw(`${s.url}api/info`, { headers: { Host: `127.0.0.1:${s.port + 1}` } })).status).toBe(403);
    const post = await raw(`${s.url}api/jobs`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'multipart/form-data; boundary=x' },
      body: '--x--\r\n',
    });
    expect(post.status).toBe(403);
    expect(jobFolders(s)).toEqual([]);
    // The page's own origin and the other loopback names are fine.
    expect((await raw(`${s.url}api/info`, { headers: { Origin: `http://127.0.0.1:${s.port}` } })).status).toBe(200);
    expect(
      (
        await raw(`${s.url}api/info`, {
          headers: { Host: `localhost:${s.port}`, Origin: `http://localhost:${s.port}` },
        })
      ).status,
    ).toBe(200);
  });
});

describe('uploads', () => {
  it('over the limit: 413 with the limit in the message, nothing left on disk', async () => {
    const big = Buffer.alloc(100 * 1024, 'a');
    const r = await upload(s.url, [{ name: 'big.csv', body: big }]);
    expect(r.status).toBe(413);
    const body = (await r.json()) as { message: { zh: string; en: string } };
    expect(body.message.zh).toContain('0.1 MB');
    expect(body.message.en).toMatch(/over the size limit of 0\.1 MB/);
    expect(jobFolders(s)).toEqual([]);
  });

  it('over the limit without a Content-Length (chunked): 413 too', async () => {
    const boundary = 'b0undary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`;
    const body = Buffer.concat([
      Buffer.from(head),
      Buffer.alloc(100 * 1024, 'a'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const r = await raw(`${s.url}api/jobs`, {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Transfer-Encoding': 'chunked' },
      body,
    });
    expect(r.status).toBe(413);
    expect(jobFolders(s)).toEqual([]);
  });

  it('malformed multipart: 400', async () => {
    const truncated = '--b0\r\nContent-Disposition: form-data; name="files"; filename="a.yaml"\r\n\r\n事项名称: x\r\n';
    const r1 = await raw(`${s.url}api/jobs`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=b0' },
      body: truncated,
    });
    expect(r1.status).toBe(400);
    expect(JSON.parse(r1.body).error).toBe('badMultipart');
    const r2 = await raw(`${s.url}api/jobs`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data' },
      body: 'x',
    });
    expect(r2.status).toBe(400);
    const r3 = await raw(`${s.url}api/jobs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r3.status).toBe(400);
    expect(jobFolders(s)).toEqual([]);
  });

  it('a file type it does not read, or no file: 400', async () => {
    const r = await upload(s.url, [{ name: 'run.mjs', body: 'process.exit(3)' }]);
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: string }).error).toBe('badType');
    expect((await upload(s.url, [], { preset: 'strict' })).status).toBe(400);
    expect(jobFolders(s)).toEqual([]);
  });

  it('a zip with ../ entries is refused, and nothing is written outside (or inside)', async () => {
    const zip = writeZip([
      ['guides/ok.yaml', Buffer.from('事项名称: x\n')],
      ['../../escaped.yaml', Buffer.from('事项名称: y\n')],
    ]);
    const r = await upload(s.url, [{ name: 'guides.zip', body: zip }]);
    expect(r.status).toBe(400);
    const body = (await r.json()) as { error: string; message: { zh: string; en: string } };
    expect(body.error).toBe('zipUnsafe');
    expect(body.message.en).toContain('../../escaped.yaml');
    expect(body.message.zh).toContain('指向文件夹之外');
    expect(existsSync(join(s.tmp, 'escaped.yaml'))).toBe(false);
    expect(readdirSync(s.tmp).flatMap((d) => readdirSync(join(s.tmp, d)))).toEqual([]);
  });

  it('a zip bomb is refused by the loader limits', async () => {
    // The loader's per-entry cap, lowered: an entry over it, honest or lying about its size, is refused.
    const { SHEET_LIMITS } = await import('../../src/load/spreadsheet/types.js');
    const saved = { ...SHEET_LIMITS };
    SHEET_LIMITS.maxEntryBytes = 1024;
    try {
      const zip = writeZip([['big.yaml', Buffer.alloc(50_000, 'a')]]);
      const r = await upload(s.url, [{ name: 'bomb.zip', body: zip }]);
      expect(r.status).toBe(400);
      expect(((await r.json()) as { message: { en: string } }).message.en).toMatch(
        /inflates to .* over the limit of 1024/,
      );
      // The central directory claims 10 bytes; the data inflates to 50,000: the inflater stops at the cap.
      const lying = Buffer.from(zip);
      const cd = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      lying.writeUInt32LE(10, cd + 24);
      const r2 = await upload(s.url, [{ name: 'bomb.zip', body: lying }]);
      expect(r2.status).toBe(400);
      expect(((await r2.json()) as { message: { en: string } }).message.en).toMatch(/inflates to more than 1024 bytes/);
      expect(jobFolders(s)).toEqual([]);
    } finally {
      Object.assign(SHEET_LIMITS, saved);
    }
  });

  it('a zip of a guide folder: its forms resolve; config files inside it are not used', async () => {
    const guide = readFileSync(join(ROOT, CLEAN));
    const forms = [...guide.toString('utf8').matchAll(/(?:空表|样表): \.\.\/forms\/(.+)/g)].map((m) => m[1]!.trim());
    expect(forms.length).toBeGreaterThan(0);
    const entries: [string, Buffer][] = [
      ['clean/guide.yaml', guide],
      ['clean/guide-lint.config.yaml', Buffer.from('rules:\n  office-hours: off\n')],
      ['__MACOSX/clean/._guide.yaml', Buffer.from([0, 5, 22, 7])],
      ...forms.map((f): [string, Buffer] => [`forms/${f}`, readFileSync(join(ROOT, 'fixtures/guides/forms', f))]),
    ];
    const withForms = (await (await upload(s.url, [{ name: 'set.zip', body: writeZip(entries) }])).json()) as {
      id: string;
    };
    expect((await waitDone(s.url, withForms.id)).state).toBe('done');
    const a = (await (await fetch(`${s.url}api/jobs/${withForms.id}/result`)).json()) as {
      files: { file: string }[];
      findings: { ruleId: string }[];
    };
    // Forms that are workbooks are read as any folder's would be (guide-lint on the folder does the same).
    const files = a.files.map((f) => f.file);
    expect(files).toContain('set/clean/guide.yaml');
    expect(files.filter((f) => /config|\._|MACOSX/.test(f))).toEqual([]);
    expect(a.findings.filter((f) => f.ruleId === 'blank-form' || f.ruleId === 'sample-form')).toEqual([]);
    const alone = (await (await upload(s.url, [{ name: 'guide.yaml', body: guide }])).json()) as { id: string };
    await waitDone(s.url, alone.id);
    const b = (await (await fetch(`${s.url}api/jobs/${alone.id}/result`)).json()) as { findings: { ruleId: string }[] };
    expect(b.findings.some((f) => f.ruleId === 'blank-form')).toBe(true);
    for (const id of [withForms.id, alone.id])
      expect((await fetch(`${s.url}api/jobs/${id}`, { method: 'DELETE' })).status).toBe(200);
  });

  it('two uploads at once: each job has its own files and findings', async () => {
    const yaml = readFileSync(join(ROOT, DEFECTIVE));
    const [r1, r2] = await Promise.all([
      upload(s.url, [{ name: 'relational.xlsx', body: WORKBOOK }]),
      upload(s.url, [{ name: 'hours.yaml', body: yaml }], { lang: 'en' }),
    ]);
    expect([r1.status, r2.status]).toEqual([202, 202]);
    const [j1, j2] = (await Promise.all([r1.json(), r2.json()])) as { id: string }[];
    expect(j1!.id).not.toBe(j2!.id);
    await Promise.all([waitDone(s.url, j1!.id), waitDone(s.url, j2!.id)]);
    interface R {
      files: { file: string }[];
      findings: { ruleId: string; message: string; where: string }[];
      lang: string;
    }
    const [a, b] = (await Promise.all([
      fetch(`${s.url}api/jobs/${j1!.id}/result`).then((r) => r.json()),
      fetch(`${s.url}api/jobs/${j2!.id}/result`).then((r) => r.json()),
    ])) as R[];
    expect(a!.files.map((f) => f.file)).toEqual(['relational.xlsx']);
    expect(b!.files.map((f) => f.file)).toEqual(['hours.yaml']);
    expect(a!.findings.some((f) => f.where === '事项!K2' && f.ruleId === 'promised-time-limit')).toBe(true);
    expect(b!.findings.length).toBeGreaterThan(0);
    expect(b!.findings.every((f) => /^\d+:\d+$/.test(f.where))).toBe(true);
    expect(a!.lang).toBe('zh');
    expect(b!.lang).toBe('en');
    expect(a!.findings.find((f) => f.ruleId === 'promised-time-limit')!.message).toMatch(/[承诺]/);
    // Dropping a job removes its folder and nothing else.
    expect(jobFolders(s).sort()).toEqual([j1!.id, j2!.id].sort());
    await fetch(`${s.url}api/jobs/${j1!.id}`, { method: 'DELETE' });
    expect(jobFolders(s)).toEqual([j2!.id]);
    expect((await fetch(`${s.url}api/jobs/${j1!.id}`)).status).toBe(404);
    await fetch(`${s.url}api/jobs/${j2!.id}`, { method: 'DELETE' });
  });

  it('a power list makes items 7 and 9 measurable; a preset switch checks the same files again', async () => {
    const s = await testServer(); // the shared one's limit is 64 KB
    const dir = join(ROOT, 'fixtures/guides/clean');
    const guides = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ name: f, body: readFileSync(join(dir, f)) }));
    const power = {
      name: 'clean.xlsx',
      field: 'powerList',
      body: readFileSync(join(ROOT, 'fixtures/power-list/clean.xlsx')),
    };
    const { id } = (await (await upload(s.url, [...guides, power])).json()) as { id: string };
    expect((await waitDone(s.url, id)).state).toBe('done');
    interface R {
      preset: string;
      files: unknown[];
      findings: { severity: string }[];
      card: { powerList: { counted: number } | null; measures: { item: number; value: number | null }[] };
    }
    const a = (await (await fetch(`${s.url}api/jobs/${id}/result`)).json()) as R;
    expect(a.files).toHaveLength(guides.length);
    expect(a.card.powerList?.counted).toBeGreaterThan(0);
    expect(a.card.measures.find((m) => m.item === 7)!.value).not.toBeNull();
    expect(a.card.measures.find((m) => m.item === 9)!.value).not.toBeNull();
    expect(a.preset).toBe('recommended');
    expect((await fetch(`${s.url}api/jobs/${id}/rerun?preset=strict`, { method: 'POST' })).status).toBe(202);
    expect((await waitDone(s.url, id)).state).toBe('done');
    const b = (await (await fetch(`${s.url}api/jobs/${id}/result`)).json()) as R;
    expect(b.preset).toBe('strict');
    expect(b.files).toHaveLength(guides.length);
    expect(b.card.powerList?.counted).toBe(a.card.powerList?.counted);
    expect(b.findings.length).toBeGreaterThanOrEqual(a.findings.length);
    expect((await fetch(`${s.url}api/jobs/${id}/rerun?preset=lax`, { method: 'POST' })).status).toBe(400);
    await s.close();
    rmSync(s.tmp, { recursive: true, force: true });
  });

  it('downloads: reports in every format, the annotated copy; unknown ones are 404', async () => {
    const { id } = (await (await upload(s.url, [{ name: 'relational.xlsx', body: WORKBOOK }])).json()) as {
      id: string;
    };
    await waitDone(s.url, id);
    const get = (q: string) => fetch(`${s.url}api/jobs/${id}/download?${q}`);
    const json = await get('what=findings.json');
    expect(json.headers.get('content-disposition')).toContain('attachment; filename="findings.json"');
    const report = (await json.json()) as { findings: { cell?: string }[] };
    expect(report.findings.some((f) => f.cell === 'K2')).toBe(true);
    const sarif = (await (await get('what=findings.sarif')).json()) as { version: string; runs: unknown[] };
    expect(sarif.version).toBe('2.1.0');
    const XLSX = await import('xlsx');
    const findings = XLSX.read(Buffer.from(await (await get('what=findings.xlsx')).arrayBuffer()), { type: 'buffer' });
    expect(findings.SheetNames.length).toBeGreaterThan(0);
    const annotated = await get('what=annotated&file=relational.xlsx');
    expect(annotated.headers.get('content-disposition')).toContain('relational.annotated.xlsx');
    const wb = XLSX.read(Buffer.from(await annotated.arrayBuffer()), { type: 'buffer' });
    expect((wb.Sheets['事项']!.K2 as { c?: { t: string }[] }).c?.[0]?.t).toContain('promised-time-limit');
    const html = await (await get('what=score.html')).text();
    expect(html).toContain('<html');
    for (const q of ['what=nope', 'what=annotated&file=../relational.xlsx', 'what=annotated'])
      expect((await get(q)).status, q).toBe(404);
    await fetch(`${s.url}api/jobs/${id}`, { method: 'DELETE' });
    expect(jobFolders(s)).toEqual([]);
  });

  it('every job folder and the temp root are removed when the server closes', async () => {
    const other = await testServer();
    const r = (await (await upload(other.url, [{ name: 'relational.xlsx', body: WORKBOOK }])).json()) as { id: string };
    await waitDone(other.url, r.id);
    expect(jobFolders(other)).toEqual([r.id]);
    await other.close();
    expect(readdirSync(other.tmp)).toEqual([]);
    rmSync(other.tmp, { recursive: true, force: true });
  });
});

describe('the command', () => {
  it('removes its temp folder on SIGINT and exits 0; --allow-remote warns', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'guide-lint-serve-sigint-'));
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/guide-lint.js'), 'serve', '--port', '0', '--host', '127.0.0.1', '--allow-remote'],
      { cwd: tmp, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no address printed: ${out} ${err}`));
      }, 20_000);
      child.stdout.on('data', () => {
        const m = /http:\/\/\S+/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      });
    });
    expect(err).toBe(''); // 127.0.0.1 is loopback: no warning even with --allow-remote
    const r = (await (await upload(url, [{ name: 'relational.xlsx', body: WORKBOOK }])).json()) as { id: string };
    await waitDone(url, r.id);
    const roots = readdirSync(tmp).filter((d) => d.startsWith('guide-lint-serve-'));
    expect(roots).toHaveLength(1);
    expect(readdirSync(join(tmp, roots[0]!))).toEqual([r.id]);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => {
        resolve(c);
      });
      child.kill('SIGINT');
    });
    expect(code).toBe(0);
    expect(readdirSync(tmp).filter((d) => d.startsWith('guide-lint-serve-'))).toEqual([]);
    rmSync(tmp, { recursive: true, force: true });
  });

  it('uses the config of the folder it was started in, plugins included, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-lint-serve-config-'));
    const plugin = join(ROOT, 'dist/examples/plugin/index.js');
    writeFileSync(join(dir, 'guide-lint.config.yaml'), `extends: [strict]\nplugins: [${JSON.stringify(plugin)}]\n`);
    const child = spawn(process.execPath, [join(ROOT, 'bin/guide-lint.js'), 'serve', '--port', '0', '--lang', 'en'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const url = await new Promise<string>((resolve) =>
      child.stdout.on('data', () => {
        if (/http:\/\/\S+/.test(out)) resolve(/http:\/\/\S+/.exec(out)![0]);
      }),
    );
    expect(out).toContain(`config: ${join(dir, 'guide-lint.config.yaml')}, preset strict`);
    const info = (await (await fetch(`${url}api/info`)).json()) as {
      configFile: string;
      preset: string;
      plugins: string[];
      lang: string;
    };
    expect(info).toMatchObject({
      configFile: join(dir, 'guide-lint.config.yaml'),
      preset: 'strict',
      plugins: [plugin],
      lang: 'en',
    });
    // A guide whose 监督电话 lacks 12345: the start config's plugin rule reports it.
    const guide = readFileSync(join(ROOT, DEFECTIVE), 'utf8').replace(/^监督电话:.*$/m, '监督电话: 0476-8888888');
    const { id } = (await (await upload(url, [{ name: 'hours.yaml', body: guide }])).json()) as { id: string };
    expect((await waitDone(url, id)).state).toBe('done');
    const r = (await (await fetch(`${url}api/jobs/${id}/result`)).json()) as {
      preset: string;
      findings: { ruleId: string }[];
    };
    expect(r.preset).toBe('strict');
    expect(r.findings.map((f) => f.ruleId)).toContain('example/supervision-hotline');
    await new Promise<void>(
      (resolve) => (
        child.on('exit', () => {
          resolve();
        }),
        child.kill('SIGINT')
      ),
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a non-loopback --host without --allow-remote (exit 2)', async () => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/guide-lint.js'), 'serve', '--host', '0.0.0.0', '--port', '0'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) =>
      child.on('exit', (c) => {
        resolve(c);
      }),
    );
    expect(code).toBe(2);
    expect(err).toContain('--allow-remote');
  });
});
