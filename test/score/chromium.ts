// Headless Chromium for the dashboard test, without any npm download: the system's chromium (Debian
// `chromium`, installed by .ci/run) driven through its command line. Flags keep it off the
// network (it hangs on a closed network without the background-networking ones) and in a fresh
// profile.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function findChromium(): string | undefined {
  for (const name of [
    process.env.CHROMIUM,
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
  ].filter(Boolean) as string[]) {
    const r = spawnSync('sh', ['-c', `command -v "${name}"`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--enable-logging=stderr',
  '--v=0',
];

export interface Rendered {
  status: number | null;
  /** The DOM after scripts ran (--dump-dom), or '' for screenshots. */
  dom: string;
  /** Console messages of the page (Chromium logs them as "…:CONSOLE(…)] "text", source: …"). */
  console: string[];
  stderr: string;
}

/** Renders a local HTML file: `--dump-dom`, or `--screenshot=png` with a window size. */
export function render(
  chromium: string,
  file: string,
  opts: { screenshot?: string; size?: [number, number] } = {},
): Rendered {
  const profile = mkdtempSync(join(tmpdir(), 'guide-lint-chromium-'));
  try {
    const mode = opts.screenshot
      ? [`--screenshot=${opts.screenshot}`, `--window-size=${(opts.size ?? [1400, 2000]).join(',')}`]
      : ['--dump-dom'];
    const r = spawnSync(chromium, [...FLAGS, `--user-data-dir=${profile}`, ...mode, `file://${file}`], {
      encoding: 'utf8',
      timeout: 90_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- spawnSync's types say string, but stdout/stderr are null when the process could not be spawned (r.error set)
    const stderr = r.stderr ?? '';
    return {
      status: r.status,
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- spawnSync's types say string, but stdout/stderr are null when the process could not be spawned (r.error set)
      dom: opts.screenshot ? '' : (r.stdout ?? ''),
      console: stderr.split('\n').filter((l) => /:CONSOLE[:(]/.test(l)),
      stderr,
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
