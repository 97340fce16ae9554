// A path in a command-line error stands between quotes, so a name with spaces or a trailing
// colon ("Báo cáo 2025: bản 2.xlsx") reads as one name: every text of the command line's own
// areas that shows a file or folder path ({file}, {path}) quotes it, in both languages.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TEXTS } from '../../../src/messages/texts';
import { cli } from '../../support/cli';

/** Texts whose {file} is not a path: the value the file holds (score) or a success line. */
const NOT_AN_ERROR_PATH = new Set(['cli.score.band', 'cli.score.differs', 'cli.score.typedOver', 'cli.template.wrote', 'cli.fill.wrote', 'cli.fill.wroteBand', 'cli.rank.done', 'cli.newSet.wrote', 'cli.exportSet.wrote']);
const AREAS = ['cli.', 'files.', 'intake.', 'roster.'];

describe('paths in command-line errors are quoted', () => {
  for (const language of ['vi', 'en'] as const) {
    test(`every {file}/{path} of the command line's texts stands in “…” (${language})`, () => {
      const texts = Object.entries(TEXTS[language]).filter(([code]) => AREAS.some((a) => code.startsWith(a)) && !NOT_AN_ERROR_PATH.has(code));
      const withPath = texts.filter(([, text]) => /\{(file|path)\}/.test(text));
      expect(withPath.length).toBeGreaterThan(15);
      const unquoted = withPath.filter(([, text]) => /(?<!“)\{(file|path)\}|\{(file|path)\}(?!”)/.test(text.replace(/“egov-scorecard [^”]*”/g, '')));
      expect(unquoted.map(([code]) => code)).toEqual([]);
    });
  }

  test('a missing file with a space and a colon in its name is shown whole, between quotes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-quoted-'));
    const missing = path.join(dir, 'Báo cáo 2025: bản 2.json');
    const run = cli('fill', 'phutho-2018-xa', '--inputs', missing, '-o', path.join(dir, 'out.xlsx'));
    expect(run.code).not.toBe(0);
    expect(run.err).toContain(`Không đọc được “${missing}”: `);
    const folder = cli('rank', path.join(dir, 'không có'), '-o', path.join(dir, 'master.xlsx'));
    expect(folder.err).toContain(`“${path.join(dir, 'không có')}”`);
  });
});
