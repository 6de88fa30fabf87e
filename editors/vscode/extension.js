// Starts `guide-lint lsp --stdio` for YAML and JSON files: the server does the rest (src/lsp/).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function serverOptions() {
  const settings = vscode.workspace.getConfiguration('guide-lint');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const local = folder && join(folder, 'node_modules', 'guide-lint', 'bin', 'guide-lint.js');
  const bin = settings.get('path') || (local && existsSync(local) ? local : 'guide-lint');
  // A .js file runs on a Node.js ≥ 20.19 (`node` on PATH: the editor's own may be older); a command as it is.
  return bin.endsWith('.js') ? { command: settings.get('node') || 'node', args: [bin, 'lsp', '--stdio'] } : { command: bin, args: ['lsp', '--stdio'] };
}

function activate(context) {
  const lang = vscode.workspace.getConfiguration('guide-lint').get('lang');
  client = new LanguageClient('guide-lint', 'guide-lint', serverOptions(), {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
    ],
    initializationOptions: lang ? { lang } : {},
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
