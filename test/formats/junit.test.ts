// JUnit XML: one <testsuite> per file, one <testcase> per guide, failures for errors only,
// warnings and infos in <system-out>, file-level findings in a test case named after the file,
// everything escaped (well-formed XML whatever the messages hold).

import { describe, expect, it } from 'vitest';
import junit, { xmlText } from '../../src/format/junit.js';
import { input, NASTY, sampleResult, text } from './support.js';
import { parseXml, type XmlNode } from './xml.js';

const render = (lang: 'zh' | 'en' = 'zh', result = sampleResult()) => text(junit(input(lang, result)));
const byName = (nodes: XmlNode[], name: string) => nodes.filter((n) => n.name === name);

describe('junit', () => {
  it('is well-formed UTF-8 XML with one suite per file and one case per guide', () => {
    const root = parseXml(render());
    expect(root.name).toBe('testsuites');
    const suites = byName(root.children, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual([
      'guides/食品 许可.yaml',
      'sheets/实施清单.xlsx',
      'bad.yaml',
      'ok.yaml',
    ]);
    const guides = suites[0]!.children;
    expect(guides.map((c) => [c.attrs.name, c.attrs.classname])).toEqual([
      ['食品经营许可（新办）', 'guides/食品 许可.yaml'],
      ['公共场所卫生许可', 'guides/食品 许可.yaml'],
    ]);
    expect(root.attrs).toMatchObject({ tests: '5', failures: '3' });
    expect(suites[0]!.attrs).toMatchObject({ tests: '2', failures: '1' });
  });

  it('errors fail the guide; warnings and infos are its system-out', () => {
    const root = parseXml(render('en'));
    const [food, hygiene] = byName(root.children, 'testsuite')[0]!.children;
    const failure = byName(food!.children, 'failure')[0]!;
    expect(failure.attrs).toMatchObject({ message: '1 error', type: 'enum-values' });
    expect(failure.text).toContain('guides/食品 许可.yaml:15:11 error enum-values (item 20)');
    expect(byName(food!.children, 'system-out')[0]!.text).toContain('warning unknown-element');
    // The info finding is on the second guide (by name): not a failure.
    expect(byName(hygiene!.children, 'failure')).toHaveLength(0);
    expect(byName(hygiene!.children, 'system-out')[0]!.text).toContain('office-hours (item 15)');
  });

  it('spreadsheet findings name sheet and cell; file-level findings get a case of their own', () => {
    const suites = byName(parseXml(render()).children, 'testsuite');
    const sheetCase = suites[1]!.children[0]!;
    expect(byName(sheetCase.children, 'failure')[0]!.text).toContain('sheets/实施清单.xlsx:实施清单!K3');
    const bad = suites[2]!.children;
    expect(bad.map((c) => c.attrs.name)).toEqual(['bad.yaml（文件）']);
    expect(byName(bad[0]!.children, 'failure')[0]!.text).toContain('parse-error');
    // A guide without a name is numbered.
    expect(suites[3]!.children.map((c) => c.attrs.name)).toEqual(['第 1 份指南']);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const xml = render();
    const root = parseXml(xml);
    const out = byName(byName(root.children, 'testsuite')[0]!.children[0]!.children, 'system-out')[0]!.text;
    expect(out).toContain('<script>alert("x&y")</script> 100% a:b,c');
    expect(xml).not.toContain('<script>');
    expect(xmlText('a\u0001b\u0000c')).toBe('a\uFFFDb\uFFFDc');
    expect(xmlText(NASTY)).not.toMatch(/[<>"']/);
  });

  it('no files: an empty, valid report', () => {
    const empty = sampleResult();
    empty.files = [];
    empty.findings = [];
    empty.guides = [];
    const root = parseXml(render('zh', empty));
    expect(root.attrs).toMatchObject({ tests: '0', failures: '0' });
  });
});
