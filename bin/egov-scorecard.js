#!/usr/bin/env node
// Launcher of the command line: runs the compiled CLI in build/cli (npm run build:cli).
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const entry = path.join(__dirname, '..', 'build', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    'egov-scorecard: the command line is not built yet (missing build/cli/main.js).\n' +
      'Run "npm run build:cli" in ' + path.join(__dirname, '..') + ' first.\n',
  );
  process.exit(1);
}
require(entry).run();
