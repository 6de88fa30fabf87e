import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { AUTO_FILES_PER_WORKER, threadCount } from '../../src/engine/pool.js';

const cores = availableParallelism();

describe('threadCount', () => {
  it.each([
    // [option, files, threads]
    [1, 100_000, 1],
    [2, 300, 2],
    [2, 200, 1], // fewer than two batches per worker: one thread
    [4, 300, 2],
    ['auto', 1_000, 1], // a worker costs more than it saves on a small set
    ['auto', 2 * AUTO_FILES_PER_WORKER - 1, 1],
    ['auto', 2 * AUTO_FILES_PER_WORKER, Math.min(cores, 2)],
    ['auto', 1_000_000, cores],
    [undefined, 1_000, 1],
    [0, 10_000, 1],
    [1.5, 10_000, 1],
    ['x', 10_000, 1],
  ] as const)('threads %s on %i files → %i', (option, files, threads) => {
    expect(threadCount(option, files)).toBe(threads);
  });
});
