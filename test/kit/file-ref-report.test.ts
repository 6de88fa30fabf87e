// Checking and reporting a file reference (src/kit/helpers/file-ref-report.ts), shared by the form
// rules (空表, 样表) and result-sample (审批结果.样本).

import { describe, expect, it } from 'vitest';
import { reportFileRef, type FileInfo, type Lang, type Report } from '../../src/kit/index.js';

const FILES: Record<string, number> = { 'forms/a.pdf': 10, 'forms/empty.pdf': 0, 'forms/a.txt': 5, 'forms/README': 5 };

function run(value: unknown, lang: Lang = 'zh', data?: Record<string, string> | (() => Record<string, string>)) {
  const reports: Report[] = [];
  const ctx = {
    lang,
    report: (r: Report) => reports.push(r),
    statRelative: (ref: string): FileInfo => ({ exists: ref in FILES, size: FILES[ref] ?? 0 }),
  };
  const ref = reportFileRef(ctx, value, ['审批结果', '样本'], ['pdf', 'docx'], data);
  return { ref, reports };
}

describe('reportFileRef', () => {
  it('asks for the extra message data only when it reports (a value that is no text is never stringified)', () => {
    const noText = Object.assign(Object.create(null) as object, { a: 1 });
    const never = (): Record<string, string> => {
      throw new Error('data asked for without a problem');
    };
    expect(run(noText, 'zh', never).reports).toEqual([]);
    expect(run('forms/a.pdf', 'zh', never).reports).toEqual([]);
    expect(run('forms/none.pdf', 'zh', () => ({ name: '申请表' })).reports[0]?.data).toMatchObject({ name: '申请表' });
  });

  it('returns a valid reference and reports nothing', () => {
    expect(run('forms/a.pdf')).toMatchObject({ ref: { kind: 'file', path: 'forms/a.pdf' }, reports: [] });
    expect(run('https://zwfw.nmg.gov.cn/files/a.pdf')).toMatchObject({ ref: { kind: 'url' }, reports: [] });
    expect(run('attachment:7F3A')).toMatchObject({ ref: { kind: 'attachment' }, reports: [] });
  });

  it('reports each problem at the path with the reference as written', () => {
    const at = ['审批结果', '样本'];
    expect(run(' forms/none.pdf ').reports).toEqual([
      { messageId: 'notFound', path: at, data: { ref: 'forms/none.pdf', ext: '', allowed: 'pdf、docx' } },
    ]);
    expect(run('forms/empty.pdf').reports[0]).toMatchObject({ messageId: 'empty', data: { ref: 'forms/empty.pdf' } });
    expect(run('ftp://x/a.pdf').reports[0]).toEqual({
      messageId: 'badUrl',
      path: at,
      data: { ref: 'ftp://x/a.pdf', ext: '', allowed: 'pdf、docx' },
    });
  });

  it('names the extension found, or its absence, and the allowed ones in the language asked', () => {
    expect(run('forms/a.txt').reports[0]).toMatchObject({ messageId: 'extension', data: { ext: '.txt' } });
    expect(run('forms/README').reports[0]?.data).toEqual({
      ref: 'forms/README',
      ext: '无扩展名',
      allowed: 'pdf、docx',
    });
    expect(run('forms/README', 'en').reports[0]?.data).toMatchObject({ ext: 'no extension', allowed: 'pdf, docx' });
  });

  it('proposes the https address for one written without its scheme', () => {
    const [r] = run('www.nmg.gov.cn/a.pdf').reports;
    expect(r).toMatchObject({ messageId: 'badUrl', suggestion: 'https://www.nmg.gov.cn/a.pdf' });
    expect(run('http:/x.gov.cn/a.pdf').reports[0]).not.toHaveProperty('suggestion');
  });

  it("adds the caller's data to the message data", () => {
    const { reports } = run('forms/none.pdf', 'zh', { name: '申请表', value: 'forms/none.pdf ' });
    expect(reports[0]?.data).toMatchObject({ name: '申请表', value: 'forms/none.pdf ', ref: 'forms/none.pdf' });
  });

  it('leaves values that are no reference to guide-schema and the callers: nothing reported', () => {
    for (const v of [undefined, null, '', '  ', 3, ['forms/a.pdf']])
      expect(run(v)).toEqual({ ref: undefined, reports: [] });
  });
});
