#!/usr/bin/env node
// `npm run docs:messages`: writes docs/messages.md from the message catalogue.
'use strict';
require('./bench/register-ts');
const fs = require('node:fs');
const path = require('node:path');
const { messagesDoc } = require('./messages-doc.ts');

const target = path.join(__dirname, '..', 'docs', 'messages.md');
fs.writeFileSync(target, messagesDoc());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
