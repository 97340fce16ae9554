// ESLint for the add-in: the Office add-in rules (sync/load ordering, no sync in loops)
// on TypeScript sources, the TypeScript recommended checks that catch real bugs, and the
// house's layering (eslint.layers.js): which folder of src/ may import which, and where
// Node built-ins, React, Office.js and the DOM may be used.
const officeAddins = require('eslint-plugin-office-addins');
const tsParser = require('@typescript-eslint/parser');
const tsPlugin = require('@typescript-eslint/eslint-plugin');
const { LAYERS, NODE_ALLOWED, REACT_ALLOWED, OFFICE_ALLOWED, DOM_ALLOWED, NODE_BUILTINS } = require('./eslint.layers');

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'Worker', 'location'];
const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require'];
const OFFICE_GLOBALS = ['Office', 'Excel', 'OfficeExtension'];

/** The import restrictions and global restrictions of one folder of src/. */
function layerRules(layer) {
  const forbidden = Object.keys(LAYERS).filter((other) => other !== layer && !LAYERS[layer].includes(other));
  const patterns = [];
  if (forbidden.length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(${forbidden.map(escape).join('|')})(/|$)`,
      message: `src/${layer} may import only src/{${LAYERS[layer].join(',')}} (the layering in eslint.layers.js; dependencies point inward).`,
    });
  }
  if (!NODE_ALLOWED.includes(layer)) {
    patterns.push({
      regex: `^(node:|(${NODE_BUILTINS.map(escape).join('|')})(/|$))`,
      message: 'Node built-ins (fs, path, …) belong in src/cli only: the core runs in the browser and in workers.',
    });
  }
  if (!REACT_ALLOWED.includes(layer)) {
    patterns.push({ regex: '^(react|react-dom|@fluentui)(/|$)', message: 'React and Fluent UI belong in src/taskpane only.' });
  }
  const globals = [
    ...(OFFICE_ALLOWED.includes(layer) ? [] : OFFICE_GLOBALS.map((name) => ({ name, message: 'Office.js belongs in src/excel (the adapter) only.' }))),
    ...(DOM_ALLOWED.includes(layer) ? [] : DOM_GLOBALS.map((name) => ({ name, message: 'The DOM belongs in src/taskpane and src/preview only.' }))),
    ...(NODE_ALLOWED.includes(layer) ? [] : NODE_GLOBALS.map((name) => ({ name, message: 'Node belongs in src/cli only.' }))),
  ];
  return {
    files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      ...(globals.length > 0 ? { 'no-restricted-globals': ['error', ...globals] } : {}),
    },
  };
}

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
  ...Object.keys(LAYERS).map(layerRules),
];
