// File names that say a file is not a guide (src/load/discover.ts): skipped without a word.

import { describe, expect, it } from 'vitest';
import { isKnownNonGuide } from '../../src/load/discover.js';

describe('isKnownNonGuide', () => {
  it.each([
    'package.json',
    'package-lock.json',
    'sub/package.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'jsconfig.json',
    'docker-compose.yml',
    'docker-compose.prod.yaml',
    'compose.yaml',
    'compose.override.yml',
    '.gitlab-ci.yml',
    '.github/workflows/ci.yml',
    'a/.github/dependabot.yml',
    '.gitlab/guide-lint.yml',
    'pnpm-lock.yaml',
    'npm-shrinkwrap.json',
    '.prettierrc.json',
    '.eslintrc.yaml',
    '.guidelintrc.yaml',
    '.guide-lint.json',
    'guide-lint.config.yaml',
    'guide-lint.config.json',
    'guide-lint-report.json',
    'reports/guide-lint-report.sarif.json',
    'guide-lint-baseline.json',
    '.pre-commit-config.yaml',
    'renovate.json',
    'C:\\repo\\package.json',
  ])('%s is not a guide', (p) => {
    expect(isKnownNonGuide(p)).toBe(true);
  });

  it.each([
    'guides/食品经营许可.yaml',
    'guides/package-guide.yaml',
    'composer-guide.yaml',
    'reports/审批.json',
    'github/guide.yaml',
    'guides/tsconfig-like.yaml',
  ])('%s may be a guide', (p) => {
    expect(isKnownNonGuide(p)).toBe(false);
  });
});
