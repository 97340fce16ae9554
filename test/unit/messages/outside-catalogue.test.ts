// No user-visible text outside the message catalogue (src/messages/texts). The workbook's own text
// (the official form, the master's sheets, the definition workbook, built-in data) is Vietnamese by
// design and listed below with its reason. Files written before the catalogue are held to a
// baseline that may only shrink: a file may never gain text outside the catalogue.

import * as path from 'node:path';
import { sourceFiles } from '../../support/source-files';
import { userTextOutsideCatalogue } from '../../support/user-text-scan';
import baseline from './outside-catalogue-baseline.json';

/** Files whose Vietnamese literals are the workbook's own text (not messages), with the reason. */
const WORKBOOK_TEXT: Record<string, string> = {
  'src/form/text.ts': 'the official form’s headings and labels',
  'src/form/layout.ts': 'the official form’s column headers',
  'src/form/plan.ts': 'the official form’s cells',
  'src/form/validation.ts': 'data-validation prompts stored in the form',
  'src/criteria/model.ts': 'the labels “Có” / “Không” that form cells hold',
  'src/rules/cell.ts': 'the labels “Có” / “Không” that form cells hold',
  'src/scoring/validity.ts': 'the form’s own “Kiểm tra số liệu” words for invalid data, in its formulas',
  'src/scoring/voids.ts': 'the form’s own “0 điểm — số liệu không hợp lệ” reason, in its formulas',
  'src/rules/kinds/best.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/choice.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/cohort.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/count.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/max.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/min.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/ratio.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/steps.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/sum.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/tiers.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/when.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/yesno.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/deduct.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/level.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/levels.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/rules/kinds/subindex.ts': 'a rule kind’s generated “cách tính điểm” (the form) and its guide (the definition workbook)',
  'src/consolidate/master/layout.ts': 'the master workbook’s headers',
  'src/consolidate/master/summary.ts': 'the master workbook’s summary sheets',
  'src/consolidate/master/admin-sheets.ts': 'the master workbook’s roster and missing-units sheets',
  'src/consolidate/master/last-year-text.ts': 'last year’s results as the master’s roster and summary sheets show them',
  'src/consolidate/master/appraisal.ts': 'the master workbook’s appraisal sheet',
  'src/consolidate/master/publish.ts': 'the master workbook’s publish table',
  'src/consolidate/rosters/index.ts': 'built-in roster data',
  'src/authoring/format.ts': 'the definition workbook’s sheet and column names',
  'src/authoring/instructions.ts': 'the definition workbook’s instructions sheet',
  'src/authoring/example-set.ts': 'the worked example set’s data',
  'src/authoring/rule-guide.ts': 'the definition workbook’s rule guide',
  'src/util/legacy-vietnamese/tables.ts': 'the letters legacy Vietnamese fonts draw (decoding data, never shown)',
  'src/util/legacy-vietnamese/syllable.ts': 'the vowel groups of Vietnamese syllables (decoding data, never shown)',
};

/**
 * Areas already moved into the catalogue, held strictly: no word at all may reach the user from
 * outside it (not only prose), and they are out of the baseline.
 */
const STRICT = ['src/cli/', 'src/form/read.ts', 'src/form/read-keys.ts', 'src/form/read-layout.ts', 'src/form/read-map.ts', 'src/form/errors.ts', 'src/form/filled.ts', 'src/form/inputs-json.ts', 'src/consolidate/intake.ts', 'src/consolidate/sheet-submission.ts', 'src/taskpane/'];
const isStrict = (file: string) => STRICT.some((prefix) => file === prefix || (prefix.endsWith('/') && file.startsWith(prefix)));

const CATALOGUE = path.join('src', 'messages', 'texts');
const held = baseline as Record<string, number>;

describe('user-visible text', () => {
  const files = sourceFiles('src').filter((file) => !file.startsWith(CATALOGUE));
  const found = files.map((file) => {
    const relative = file.split(path.sep).join('/');
    return { file: relative, texts: userTextOutsideCatalogue(file, relative in WORKBOOK_TEXT, isStrict(relative)) };
  });

  it('is written in the catalogue (src/messages/README.md says how), never gained outside it', () => {
    const grown = found
      .filter(({ file, texts }) => texts.length > (held[file] ?? 0))
      .map(({ file, texts }) => ({ file, allowed: held[file] ?? 0, found: texts.map((t) => `${t.line}: ${t.text}`) }));
    expect(grown).toEqual([]);
  });

  it('is entirely in the catalogue in the areas already moved (src/cli, form reading, the task pane)', () => {
    const strict = found.filter(({ file }) => isStrict(file));
    expect(strict.length).toBeGreaterThan(10);
    expect(strict.filter(({ texts }) => texts.length > 0).map(({ file, texts }) => ({ file, found: texts.map((t) => `${t.line}: ${t.text}`) }))).toEqual([]);
    expect(strict.filter(({ file }) => file in held).map(({ file }) => file)).toEqual([]);
  });

  it('finds a planted violation: terminal output, an error, a pane label, Vietnamese in code', () => {
    const planted = [
      ["io.out('Wrote ' + file);", true],
      ["cli.err(`Cannot read ${file}`);", true],
      ["throw new Error('The sheet has no marker row');", false],
      ["const el = <Button aria-label='Close the pane' />;", false],
      ["const el = <p>Close</p>;", false],
      ["const text = 'Không đọc được tệp';", false],
    ] as const;
    for (const [code, strictOnly] of planted) {
      const file = code.includes('<') ? 'src/planted.tsx' : 'src/planted.ts';
      expect({ code, found: userTextOutsideCatalogue(file, false, true, `${code}\n`).length }).toEqual({ code, found: 1 });
      if (strictOnly) expect(userTextOutsideCatalogue(file, false, false, `${code}\n`)).toEqual([]);
    }
    expect(userTextOutsideCatalogue('src/planted.ts', false, true, "io.out(render(lang, msg('cli.x')));\nconst id = 'phutho-2018-xa';\n")).toEqual([]);
  });

  it('lists only existing files as workbook text', () => {
    const existing = new Set(found.map((f) => f.file));
    expect(Object.keys(WORKBOOK_TEXT).filter((file) => !existing.has(file))).toEqual([]);
  });
});
