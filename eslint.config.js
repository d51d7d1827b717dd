// Lint rules for the whole tree: ESLint's and typescript-eslint's recommended sets, Svelte's
// recommended set with TypeScript inside components, and Prettier left in charge of layout.
import js from '@eslint/js';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  { ignores: ['dist/', 'bench-results/', 'tests/artifacts/', 'node_modules/', 'src/lib/i18n/generated/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
    rules: {
      // TypeScript already refuses assignments to imports; this rule misreads `export type { X }`
      // re-exports in a component's module script as assignments.
      'no-import-assign': 'off',
      // Plain Maps and Sets built inside $derived are local values, not state to observe.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
);
