// GUIDE_LINT_TIMING=1: where a run's time goes, on stderr at exit — CPU (user + system) and wall
// time of each phase, the guide collector's share of linting and the garbage collector's pauses.
// Phases are laps: each runs from the end of the one before (the first from the process's start).
// Without the variable nothing is measured.

import { performance, PerformanceObserver } from 'node:perf_hooks';

export const TIMING = Boolean(process.env.GUIDE_LINT_TIMING);

interface Row {
  cpuMs: number;
  wallMs: number;
  calls: number;
}

const rows = new Map<string, Row>();
let gcMs = 0;
let last: { cpuMs: number; wallMs: number } | undefined;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function add(phase: string, cpu: number, wall: number): void {
  const row = rows.get(phase) ?? { cpuMs: 0, wallMs: 0, calls: 0 };
  row.cpuMs += cpu;
  row.wallMs += wall;
  row.calls++;
  rows.set(phase, row);
}

function begin(): void {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  }).observe({ entryTypes: ['gc'] });
  process.on('exit', () => process.stderr.write(timingTable()));
}

/** Ends a phase of the run here: the time since the last lap is the phase's (when GUIDE_LINT_TIMING is set). */
export function lap(phase: string): void {
  if (!TIMING) return;
  if (!last) begin();
  const now = { cpuMs: cpuMs(), wallMs: performance.now() };
  add(phase, now.cpuMs - (last?.cpuMs ?? 0), now.wallMs - (last?.wallMs ?? 0));
  last = now;
}

/**
 * Measures a step repeated within a phase (each guide's collection), shown as part of that phase: by
 * wall time only, as reading the CPU time twice per guide (~6 µs a read here) would cost more than
 * the step.
 */
export function timedSync<T>(part: string, run: () => T): T {
  if (!TIMING) return run();
  const wall = performance.now();
  try {
    return run();
  } finally {
    add(`  of which ${part}`, NaN, performance.now() - wall);
  }
}

const ms = (v: number) => (Number.isNaN(v) ? '' : v.toFixed(0)).padStart(8);

function timingTable(): string {
  const line = (name: string, cpu: string, wall: number, calls = '') =>
    `  ${name.padEnd(24)}${cpu} ${ms(wall)}  ${calls}`;
  const out = [`guide-lint timing (ms): ${'cpu'.padStart(9)} ${'wall'.padStart(8)}  calls`];
  for (const [name, r] of rows) out.push(line(name, ms(r.cpuMs), r.wallMs, r.calls > 1 ? String(r.calls) : ''));
  out.push(line('garbage collection', ms(NaN), gcMs));
  out.push(line('whole process', ms(cpuMs()), performance.now()));
  return `${out.join('\n')}\n`;
}
