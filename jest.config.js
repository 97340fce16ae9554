// Four suites: fast unit tests (every run), the scale suite (a 5,000-unit master written and
// read back: minutes), the LibreOffice agreement suite and the Chromium browser suite. The last
// two need system tools; scripts/test-all.js decides whether they may be skipped (never under CI=true).
const transform = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' }, module: { type: 'commonjs' } }],
};
const base = { transform, testEnvironment: 'node', moduleFileExtensions: ['ts', 'tsx', 'js', 'json'] };
module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/adapter/**/*.test.ts'] },
    { ...base, displayName: 'agreement', testMatch: ['<rootDir>/test/agreement/**/*.test.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] },
    { ...base, displayName: 'scale', testMatch: ['<rootDir>/test/scale/**/*.test.ts'] },
  ],
};
