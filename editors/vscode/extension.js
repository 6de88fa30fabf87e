// Starts `guide-lint lsp --stdio` for YAML and JSON files: the server does the rest (src/lsp/).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function serverOptions() {
  const configured = vscode.workspace.getConfiguration('guide-lint').get('path');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const local = folder && join(folder, 'node_modules', 'guide-lint', 'bin', 'guide-lint.js');
  const bin = configured || (local && existsSync(local) ? local : 'guide-lint');
  // A .js file runs on the editor's Node; a command (guide-lint on PATH) as it is.
  return bin.endsWith('.js') ? { module: bin, args: ['lsp', '--stdio'], transport: 0 } : { command: bin, args: ['lsp', '--stdio'] };
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
