// Windows paths: separators are normalised to "/" before any pattern sees a path, for ignore
// patterns and override globs alike (node:path is Windows' here, whatever the machine).

import { describe, expect, it, vi } from 'vitest';
import type { ResolvedConfig } from '../../src/config/resolved-config.js';

vi.mock('node:path', async () => {
  const path = await vi.importActual<typeof import('node:path')>('node:path');
  return { ...path.win32, default: path.win32 };
});

const { ignoreMatcher } = await import('../../src/config/glob.js');
const { relativeFrom } = await import('../../src/load/rel-path.js');
const { isIgnoredByConfig, matchingOverrides } = await import('../../src/config/per-file.js');

describe('Windows separators', () => {
  // Only what per-file matching reads (the rest of a config would load modules that need a real path).
  const config = {
    rules: {},
    baseDir: 'C:\\work\\指南',
    ignorePatterns: ['guides/old', 'drafts/'],
    overrides: [{ files: ['guides/教育局/**'], rules: {} }],
  } as unknown as ResolvedConfig;

  it('a path with "\\" is matched as its "/" form, relative to the patterns’ folder', () => {
    const rel = relativeFrom('C:\\work\\指南')('C:\\work\\指南\\guides\\old\\a.yaml');
    expect(rel).toBe('guides/old/a.yaml');
    expect(ignoreMatcher(['guides/old'])(rel)).toBe(true);
    expect(isIgnoredByConfig(config, 'C:\\work\\指南\\guides\\old\\a.yaml')).toBe(true);
    expect(isIgnoredByConfig(config, 'C:\\work\\指南\\x\\drafts\\a.yaml')).toBe(true);
    expect(isIgnoredByConfig(config, 'C:\\work\\指南\\guides\\new\\a.yaml')).toBe(false);
    expect(matchingOverrides(config, 'C:\\work\\指南\\guides\\教育局\\入学.yaml')).toEqual([0]);
    expect(matchingOverrides(config, 'C:\\work\\指南\\guides\\市场监管局\\a.yaml')).toEqual([]);
  });

  it('a file on another drive or above the folder is never matched', () => {
    expect(relativeFrom('C:\\work\\指南')('D:\\guides\\old\\a.yaml')).toBe('D:/guides/old/a.yaml');
    expect(isIgnoredByConfig(config, 'D:\\guides\\old\\a.yaml')).toBe(false);
    expect(isIgnoredByConfig(config, 'C:\\work\\drafts\\a.yaml')).toBe(false);
    expect(matchingOverrides(config, 'D:\\guides\\教育局\\入学.yaml')).toEqual([]);
  });
});
