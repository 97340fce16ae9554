// `template <set> -o form.xlsx`: the empty Phụ lục form of a set as an .xlsx file.

import { HELP_OPTION, optionValue, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { writeBytes } from '../files';
import { formWorkbookBytes } from '../form-file';
import { EXIT } from '../io';
import { SET_FILE_OPTION, setFromArgs } from '../set-file';

export const OUTPUT_OPTION = { name: 'output', short: 'o', value: true, valueName: '<file.xlsx>', description: 'Where to write the form (default: <set>.xlsx).' };

export const templateCommand: Command = {
  name: 'template',
  summary: 'Write the empty form (Phụ lục) of a criteria set as .xlsx.',
  usage: 'template <set> | --set-file <file.xlsx> [-o form.xlsx]',
  details: 'The form computes its own scores with formulas in Excel 2021+ and LibreOffice.',
  options: [OUTPUT_OPTION, SET_FILE_OPTION, HELP_OPTION],
  run(args, io) {
    rejectExtraPositionals(args, 1);
    const set = setFromArgs(args, io);
    const output = optionValue(args, 'output') ?? `${set.id}.xlsx`;
    writeBytes(output, formWorkbookBytes(set));
    io.out(`Wrote ${output}: ${set.formName} of ${set.id}\n`);
    return EXIT.ok;
  },
};
