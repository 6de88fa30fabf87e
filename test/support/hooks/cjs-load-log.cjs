// Test helper: appends the path of every CommonJS file Node compiles to $MODLOG (see test/e2e/startup.test.ts).
// process.getBuiltinModule (Node >= 20.16; engines require >= 20.19) instead of require(): same module objects.
const Module = process.getBuiltinModule('node:module');
const { appendFileSync } = process.getBuiltinModule('node:fs');
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  appendFileSync(process.env.MODLOG, `${filename}\n`);
  return compile.call(this, content, filename);
};
