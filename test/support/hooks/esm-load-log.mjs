// Test helper: appends the URL of every ES module Node loads to $MODLOG (see test/e2e/startup.test.ts).
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.MODLOG, `${url}\n`);
  return next(url, context);
}
