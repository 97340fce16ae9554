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
  'src/consolidate/master/layout.ts': 'the master workbook’s headers',
  'src/consolidate/master/summary.ts': 'the master workbook’s summary sheets',
  'src/consolidate/master/admin-sheets.ts': 'the master workbook’s log and roster sheets',
  'src/consolidate/master/appraisal.ts': 'the master workbook’s appraisal sheet',
  'src/consolidate/master/publish.ts': 'the master workbook’s publish table',
  'src/consolidate/rosters/index.ts': 'built-in roster data',
  'src/authoring/format.ts': 'the definition workbook’s sheet and column names',
  'src/authoring/instructions.ts': 'the definition workbook’s instructions sheet',
  'src/authoring/example-set.ts': 'the worked example set’s data',
  'src/authoring/rule-guide.ts': 'the definition workbook’s rule guide',
};

const CATALOGUE = path.join('src', 'messages', 'texts');
const held = baseline as Record<string, number>;

describe('user-visible text', () => {
  const files = sourceFiles('src').filter((file) => !file.startsWith(CATALOGUE));
  const found = files.map((file) => {
    const relative = file.split(path.sep).join('/');
    return { file: relative, texts: userTextOutsideCatalogue(file, relative in WORKBOOK_TEXT) };
  });

  it('is written in the catalogue (src/messages/README.md says how), never gained outside it', () => {
    const grown = found
      .filter(({ file, texts }) => texts.length > (held[file] ?? 0))
      .map(({ file, texts }) => ({ file, allowed: held[file] ?? 0, found: texts.map((t) => `${t.line}: ${t.text}`) }));
    expect(grown).toEqual([]);
  });

  it('lists only existing files as workbook text', () => {
    const existing = new Set(found.map((f) => f.file));
    expect(Object.keys(WORKBOOK_TEXT).filter((file) => !existing.has(file))).toEqual([]);
  });
});
