// Lint: TypeScript-aware rules for .ts/.mjs and Astro components. Formatting is Prettier's job.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  {
    ignores: ['dist/', '.dist.*/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'bench-results/'],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Output must be deterministic: no Math.random().',
        },
      ],
    },
  },
);
