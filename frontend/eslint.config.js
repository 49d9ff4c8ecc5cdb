// ESLint flat config: TypeScript rules, the rules of hooks, and the import boundaries of the source layout
// (README.md, "Layout"). `npm run lint` runs it with --max-warnings 0; Maven runs it in the test phase.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated or built output; the API schema is regenerated from ../openapi.yaml.
  { ignores: ['dist/', 'target/', 'node_modules/', 'src/lib/api/schema.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Parameters and destructured rest siblings named `_…` are deliberately unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // Node scripts and tool configs run in Node, not the browser.
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.app.json' } },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'shared', partialMatch: false, pattern: ['src/components', 'src/hooks', 'src/lib', 'src/i18n', 'src/testing'] },
        { type: 'feature', partialMatch: false, pattern: 'src/features/*', capture: ['feature'] },
        { type: 'app', partialMatch: false, pattern: 'src/app' },
        // main.tsx (and vite-env.d.ts) at the root of src/ belong to the app; listed last so the folders above win.
        { type: 'app', partialMatch: false, pattern: 'src' },
      ],
    },
    rules: {
      // Every source file belongs to one of the element types above.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            // Shared code knows nothing of features or the app.
            { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } } },
            // A feature uses shared code and itself; features never import each other.
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { type: 'shared' } } },
                { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } },
              ],
            },
            // The app wires everything together.
            { from: { element: { type: 'app' } }, allow: { to: { element: { type: ['shared', 'feature', 'app'] } } } },
          ],
        },
      ],
    },
  },
);
