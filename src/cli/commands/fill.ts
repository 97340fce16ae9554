// `fill <set> --inputs inputs.json -o filled.xlsx`: the form with the unit's values, evidence
// and notes already in their cells. Inputs that cannot be read stop it (exit 1); values the
// engine finds questionable (blank, out of bounds…) are listed as warnings.

import { parseInputsJson } from '../../form';
import { scoreSet } from '../../scoring';
import { HELP_OPTION, optionValue, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { readText, writeBytes } from '../files';
import { formWorkbookBytes } from '../form-file';
import { EXIT, UsageError } from '../io';
import { SET_FILE_OPTION, setFromArgs } from '../set-file';
import { OUTPUT_OPTION } from './template';

export const fillCommand: Command = {
  name: 'fill',
  summary: 'Write the form of a criteria set filled with values from a JSON file.',
  usage: 'fill <set> | --set-file <file.xlsx> --inputs inputs.json [-o filled.xlsx]',
  details:
    'inputs.json: { "set": "<id>", "inputs": { "<fieldId>": value }, "evidence": { "<code>": "text" }, "notes": { … } }\n' +
    'yes/no as true/false or "Có"/"Không"; percent as 0.85 or "85%". See: describe <set> --json.',
  options: [
    { name: 'inputs', short: 'i', value: true, valueName: '<inputs.json>', description: 'The values to fill in (JSON).' },
    OUTPUT_OPTION,
    SET_FILE_OPTION,
    HELP_OPTION,
  ],
  run(args, io) {
    rejectExtraPositionals(args, 1);
    const set = setFromArgs(args, io);
    const inputsFile = optionValue(args, 'inputs');
    if (!inputsFile) throw new UsageError('Missing option --inputs <inputs.json>.');
    const output = optionValue(args, 'output') ?? `${set.id}-filled.xlsx`;
    const parsed = parseInputsJson(readText(inputsFile), set);
    if (parsed.errors.length > 0) {
      io.err(`${inputsFile}: ${parsed.errors.length} error(s); nothing written.\n`);
      for (const e of parsed.errors) io.err(`  ${e.path ? `${e.path}: ` : ''}${e.messageEn}\n`);
      return EXIT.problems;
    }
    writeBytes(output, formWorkbookBytes(set, { inputs: parsed.inputs, evidence: parsed.evidence, notes: parsed.notes }));
    const result = scoreSet(set, parsed.inputs, { evidence: parsed.evidence });
    io.out(`Wrote ${output}: ${set.formName} of ${set.id}, ${Object.keys(parsed.inputs).length} value(s); engine score ${result.total}/${set.maxTotal}${result.band ? ` (${result.band})` : ''}\n`);
    if (result.problems.length > 0) {
      io.err(`${result.problems.length} warning(s) about the values:\n`);
      for (const p of result.problems) io.err(`  ${p.criterionCode ? `${p.criterionCode} ` : ''}${p.fieldId ? `${p.fieldId}: ` : ''}${p.messageEn}\n`);
    }
    return EXIT.ok;
  },
};
