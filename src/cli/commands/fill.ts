// `fill <set> --inputs inputs.json -o filled.xlsx`: the form with the unit's values, evidence
// and notes already in their cells, and the engine's scores cached in the score cells (so any
// viewer shows them). Inputs that cannot be read stop it (exit 1); values the engine finds
// questionable (blank, out of bounds…) are listed once each as warnings.

import { withRosterHeader } from '../../consolidate/rosters/header';
import { parseInputsJson } from '../../form';
import { formGeneralFields, vietnamTodaySerial, withReportDate } from '../../form/form-fields';
import { isoOfSerial } from '../../form/header';
import { msg } from '../../messages';
import { scoreSet } from '../../scoring';
import { HELP_OPTION, optionValue, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { readText, writeBytes } from '../files';
import { filledWorkbookBytes } from '../form-file';
import { EXIT, UsageError } from '../io';
import { SET_FILE_OPTION, setFromArgs } from '../set-file';
import { OUTPUT_OPTION } from './template';

export const fillCommand: Command = {
  name: 'fill',
  summary: msg('cli.fill.summary'),
  usage: msg('cli.fill.usage'),
  details: msg('cli.fill.details', { shape: '{ "set": "<id>", "inputs": { "<fieldId>": value }, "evidence": { "<code>": "text" }, "notes": { … } }' }),
  options: [
    { name: 'inputs', short: 'i', value: true, valueName: '<inputs.json>', description: msg('cli.fill.option.inputs') },
    OUTPUT_OPTION,
    SET_FILE_OPTION,
    HELP_OPTION,
  ],
  run(args, cli) {
    rejectExtraPositionals(args, 1);
    const set = setFromArgs(args, cli);
    const inputsFile = optionValue(args, 'inputs');
    if (!inputsFile) throw new UsageError(msg('cli.fill.missingInputs'));
    const output = optionValue(args, 'output') ?? `${set.id}-filled.xlsx`;
    const parsed = parseInputsJson(readText(inputsFile), set);
    if (parsed.errors.length > 0) {
      cli.warn(msg('cli.fill.inputErrors', { file: inputsFile, count: parsed.errors.length }));
      for (const e of parsed.errors) cli.err(`  ${e.path ? `${e.path}: ` : ''}${cli.text(e.text)}\n`);
      return EXIT.problems;
    }
    // The header's governing body and place from the built-in roster, the date today, where not given.
    const fromRoster = withRosterHeader(set, parsed.inputs);
    const today = vietnamTodaySerial(Date.now());
    const dated = withReportDate(set, fromRoster.inputs, today);
    const filled = { inputs: dated.inputs, evidence: parsed.evidence, notes: parsed.notes };
    writeBytes(output, filledWorkbookBytes(set, filled));
    const result = scoreSet(set, filled.inputs, { evidence: parsed.evidence });
    const wrote = { file: output, formName: set.formName, set: set.id, values: Object.keys(parsed.inputs).length, total: result.total, max: set.maxTotal };
    cli.say(result.band ? msg('cli.fill.wroteBand', { ...wrote, band: result.band }) : msg('cli.fill.wrote', wrote));
    const labels = new Map(formGeneralFields(set).map((f) => [f.id, f.label]));
    if (fromRoster.filled.length > 0) cli.say(msg('form.headerFromRoster', { fields: fromRoster.filled.map((id) => labels.get(id) ?? id) }));
    if (dated.filled) cli.say(msg('form.reportDateToday', { date: isoOfSerial(today) }));
    if (result.problems.length > 0) {
      cli.warn(msg('cli.fill.warnings', { count: result.problems.length }));
      for (const p of result.problems) cli.err(`  ${cli.text(p.message)}${p.fieldId ? ` ${cli.text(msg('cli.fill.inputsKey', { field: p.fieldId }))}` : ''}\n`);
    }
    return EXIT.ok;
  },
};
