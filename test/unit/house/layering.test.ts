// The layering the linter enforces (eslint.layers.js): a planted violation of each kind fails
// `npm run lint` with the rule's message, and what the house allows passes.

import * as fs from 'node:fs';
import { ESLint } from 'eslint';
import { LAYERS } from '../../../eslint.layers';
import config from '../../../eslint.config';

// The project's own config, given directly (ESLint would load it with a dynamic import, which jest cannot).
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: config });

/** The messages ESLint reports for `text` as if it were the file at `filePath`. */
async function lint(filePath: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layering rules of npm run lint', () => {
  jest.setTimeout(120_000);

  it.each([
    ['the core importing a Node built-in', 'src/scoring/planted.ts', "import * as fs from 'node:fs';\nexport const x = fs;\n", /no-restricted-imports.*src\/cli only/],
    ['the core importing fs without node:', 'src/form/planted.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", /no-restricted-imports/],
    ['the core importing React', 'src/consolidate/planted.ts', "import { useState } from 'react';\nexport const x = useState;\n", /React and Fluent UI/],
    ['the core using the DOM', 'src/authoring/planted.ts', 'export const x = () => document.title;\n', /no-restricted-globals.*DOM/],
    ['the core using Office.js', 'src/criteria/planted.ts', 'export const x = () => Excel.run;\n', /no-restricted-globals.*Office\.js/],
    ['xlsx knowing scoring', 'src/xlsx/planted.ts', "import { scoreSet } from '../scoring';\nexport const x = scoreSet;\n", /src\/xlsx may import only/],
    ['the Excel adapter importing the preview', 'src/excel/planted.ts', "import { mountGridView } from '../preview/grid-view';\nexport const x = mountGridView;\n", /src\/excel may import only/],
    ['the pane using fs', 'src/taskpane/planted.ts', "import * as fs from 'node:fs';\nexport const x = fs;\n", /src\/cli only/],
    ['criteria importing scoring (outward)', 'src/criteria/sub/planted.ts', "import { scoreSet } from '../../scoring';\nexport const x = scoreSet;\n", /src\/criteria may import only/],
  ])('fails on %s', async (_name, filePath, text, expected) => {
    const messages = await lint(filePath, text);
    expect(messages.some((m) => expected.test(m))).toBe(true);
  });

  it('passes what the house allows', async () => {
    expect(await lint('src/cli/planted.ts', "import * as fs from 'node:fs';\nimport { scoreSet } from '../scoring';\nexport const x = [fs, scoreSet];\n")).toEqual([]);
    expect(await lint('src/consolidate/master/planted.ts', "import { readWorkbook } from '../../xlsx';\nexport const x = readWorkbook;\n")).toEqual([]);
  });

  it('places every folder of src/ in the layering', () => {
    const folders = fs.readdirSync('src', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((name) => !(name in LAYERS))).toEqual([]);
  });
});
