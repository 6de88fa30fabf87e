// ESLint for the project's own code: typescript-eslint strict + stylistic, type-aware.
// Formatting is Prettier's job (`npm run format`); eslint-config-prettier turns off rules that would fight it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'editors/**', 'examples/**', 'fixtures/**', 'coverage/**', 'bin/**'],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        project: './tsconfig.eslint.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {},
  },
  {
    files: ['test/**/*.ts', 'test-support/**/*.ts'],
    rules: {},
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
);
