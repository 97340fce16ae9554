// Filled forms from random fills of a set (random-fill.ts), as the agreement tests send them to
// LibreOffice: each form's bytes, and the inputs and evidence the engine scores them from.
// About 1 fill in 4 is then made invalid (spoilFill): its criteria reading the bad values score 0.

import type { CriteriaSet, Inputs } from '../../src/criteria/model';
import { formWorkbookBytes } from '../../src/cli/form-file';
import { parseInputsJson } from '../../src/form';
import { render } from '../../src/messages/texts';
import { prng, randomFill, spoilFill } from './random-fill';

export interface RandomCase {
  name: string;
  inputs: Inputs;
  evidence: Record<string, string>;
}

/** `count` random fills of `set` from `seed`, named `<prefix>-<i>.xlsx`. */
export function randomForms(set: CriteriaSet, seed: number, count: number, prefix: string) {
  const rand = prng(seed);
  const spoiling = prng(seed + 90000); // its own sequence: the valid fills stay those of before
  const cases: RandomCase[] = [];
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const fill = parseInputsJson(randomFill(set, rand), set);
    if (fill.errors.length > 0) throw new Error(`fill ${i}: ${fill.errors.map((e) => render('en', e.text)).join('; ')}`);
    spoilFill(set, fill.inputs, spoiling);
    const name = `${prefix}-${i}.xlsx`;
    cases.push({ name, inputs: fill.inputs, evidence: fill.evidence });
    files.push({ name, bytes: formWorkbookBytes(set, { inputs: fill.inputs, evidence: fill.evidence, notes: fill.notes }) });
  }
  return { cases, files };
}
