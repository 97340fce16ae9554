// ESLint for the add-in: the Office add-in rules (sync/load ordering, no sync in loops)
// on TypeScript sources, plus the TypeScript recommended checks that catch real bugs.
const officeAddins = require('eslint-plugin-office-addins');
const tsParser = require('@typescript-eslint/parser');
const tsPlugin = require('@typescript-eslint/eslint-plugin');

module.exports = [
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'office-addins': officeAddins, '@typescript-eslint': tsPlugin },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true }, sourceType: 'module' },
    },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-debugger': 'error',
      eqeqeq: ['error', 'smart'],
      // Rule kinds go through their registry (src/rules/registry.ts): a switch over kinds with a
      // default branch would let a forgotten kind compile.
      'no-restricted-syntax': [
        'error',
        {
          selector: "SwitchStatement[discriminant.object.name=/^(rule|r|sub)$/][discriminant.property.name='kind'] > SwitchCase[test=null]",
          message: 'No default branch in a switch over kinds: go through the registry, or list every kind.',
        },
      ],
    },
  },
];
