// The bad-input corpus as committed files: test/fixtures/bad/*, with expected.json saying
// what the import must answer for each (written by `npm run fixtures`).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BadCase } from './bad-corpus';

const dir = path.join(__dirname, '..', 'fixtures', 'bad');

export function loadBadCorpus(): BadCase[] {
  const expected: { kind: string; file: string; expect: BadCase['expect'] }[] = JSON.parse(
    fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'),
  );
  return expected.map((e) => ({ kind: e.kind, name: e.file, bytes: new Uint8Array(fs.readFileSync(path.join(dir, e.file))), expect: e.expect }));
}
