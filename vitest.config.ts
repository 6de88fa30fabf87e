import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The example plugin imports the package by name, as a plugin outside the repository does.
  resolve: {
    alias: [
      { find: /^guide-lint$/, replacement: fileURLToPath(new URL('./src/kit/index.ts', import.meta.url)) },
      {
        find: /^guide-lint\/rule-tester$/,
        replacement: fileURLToPath(new URL('./src/kit/rule-tester.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
