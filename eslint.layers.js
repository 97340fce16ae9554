// The house's layering, as data the linter enforces (eslint.config.js turns it into
// no-restricted-imports and no-restricted-globals rules; test/unit/house/layering.test.ts
// proves that a planted violation fails `npm run lint`).
//
// Inner -> outer: util -> messages -> plan -> criteria -> rules -> scoring -> sets ->
// form / authoring / consolidate, with xlsx beside them knowing plan and messages only; then the
// adapters: excel (Office.js), cli (Node), taskpane (React), preview (the stand-in Excel).
// Each folder of src/ lists the folders of src/ it may import. A new folder must be added here.
'use strict';

const BASE = ['util', 'messages'];
const MODEL = [...BASE, 'plan', 'criteria'];
const SEMANTICS = [...MODEL, 'rules', 'scoring', 'sets'];
/** The pure core: no Office.js, React, DOM or Node built-ins. */
const CORE = [...SEMANTICS, 'form', 'authoring', 'consolidate', 'xlsx'];

const LAYERS = {
  util: [],
  messages: ['util'],
  plan: BASE,
  criteria: [...BASE, 'plan'],
  rules: MODEL,
  scoring: [...MODEL, 'rules'],
  sets: [...MODEL, 'rules', 'scoring'],
  xlsx: [...BASE, 'plan'],
  form: SEMANTICS,
  authoring: SEMANTICS,
  consolidate: [...SEMANTICS, 'form', 'xlsx'],
  excel: CORE,
  cli: CORE,
  taskpane: [...CORE, 'excel'],
  preview: [...CORE, 'excel', 'taskpane'],
  commands: [],
  help: [],
};

/** Folders whose code may use Node built-ins (fs, path, …): the command line only. */
const NODE_ALLOWED = ['cli'];
/** Folders whose code may import React / Fluent UI. */
const REACT_ALLOWED = ['taskpane'];
/** Folders whose code may use Office.js. */
const OFFICE_ALLOWED = ['excel', 'taskpane', 'commands'];
/** Folders whose code may use the DOM. */
const DOM_ALLOWED = ['taskpane', 'preview', 'commands'];

const NODE_BUILTINS = require('node:module').builtinModules.filter((m) => !m.startsWith('_'));

module.exports = { LAYERS, CORE, NODE_ALLOWED, REACT_ALLOWED, OFFICE_ALLOWED, DOM_ALLOWED, NODE_BUILTINS };
