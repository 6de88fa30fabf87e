// Build steps that run after tsc skip their work when their output is newer than every input (as
// make judges it): `npm run build` after a change redoes only what the change reaches. A missing
// output or input counts as out of date; `--force` rebuilds regardless.

import { statSync } from 'node:fs';

export function upToDate(output: string, inputs: string[]): boolean {
  if (process.argv.includes('--force')) return false;
  try {
    const built = statSync(output).mtimeMs;
    return inputs.every((file) => statSync(file).mtimeMs <= built);
  } catch {
    return false;
  }
}
