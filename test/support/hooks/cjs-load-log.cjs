// Test helper: appends the path of every CommonJS file Node compiles to $MODLOG (see test/e2e/startup.test.ts).
const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  appendFileSync(process.env.MODLOG, `${filename}\n`);
  return compile.call(this, content, filename);
};
