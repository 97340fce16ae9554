// A tiny require hook: TypeScript (and .json) from src/ and test/support compiled on the fly
// with @swc/core, so the bench runs the same sources as the tests without a build step.
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2020' },
    module: { type: 'commonjs' },
    sourceMaps: false,
  });
  module._compile(code, filename);
};
