// The VS Code extension in editors/vscode/ (built into a .vsix by .ci/run with vsce): its manifest
// names the server's commands and languages, and its entry point starts `guide-lint lsp --stdio`.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { COMMANDS } from '../../src/lsp/server.js';

const DIR = join(ROOT, 'editors/vscode');
const manifest = JSON.parse(readFileSync(join(DIR, 'package.json'), 'utf8'));
const entry = readFileSync(join(DIR, manifest.main), 'utf8');

describe('editors/vscode', () => {
  it('a manifest vsce accepts: publisher, engine, entry point, license file, repository', () => {
    expect(manifest).toMatchObject({
      publisher: 'guide-lint',
      main: './extension.js',
      engines: { vscode: expect.stringMatching(/^\^1\.\d+\.0$/) },
    });
    expect(manifest.repository.url).toMatch(/^https:/);
    expect(readFileSync(join(DIR, 'LICENSE.md'), 'utf8')).toContain('MIT License');
    expect(manifest.dependencies).toHaveProperty('vscode-languageclient');
    expect(manifest.devDependencies).toHaveProperty('@vscode/vsce');
  });

  it("contributes the server's commands, and activates on YAML and JSON", () => {
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command).sort()).toEqual(
      Object.values(COMMANDS).sort(),
    );
    expect(manifest.activationEvents).toEqual(['onLanguage:yaml', 'onLanguage:json']);
  });

  it('starts guide-lint lsp --stdio with vscode-languageclient', () => {
    expect(entry).toContain("require('vscode-languageclient/node')");
    expect(entry).toContain("args: [bin, 'lsp', '--stdio']");
    expect(entry).toContain("args: ['lsp', '--stdio']");
    expect(entry).toMatch(/language: 'yaml'/);
  });
});
