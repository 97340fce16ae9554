// `template <set> -o form.xlsx`: the empty Phụ lục form of a set as an .xlsx file.

import { HELP_OPTION, optionValue, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { writeBytes } from '../files';
import { formWorkbookBytes } from '../form-file';
import { EXIT } from '../io';
import { requireSet } from '../set-arg';

export const OUTPUT_OPTION = { name: 'output', short: 'o', value: true, valueName: '<file.xlsx>', description: 'Where to write the form (default: <set>.xlsx).' };

export const templateCommand: Command = {
  name: 'template',
  summary: 'Write the empty form (Phụ lục) of a criteria set as .xlsx.',
  usage: 'template <set> [-o form.xlsx]',
  details: 'The form computes its own scores with formulas in Excel 2021+ and LibreOffice.',
  options: [OUTPUT_OPTION, HELP_OPTION],
  run(args, io) {
    rejectExtraPositionals(args, 1);
    const set = requireSet(args.positionals[0]);
    const output = optionValue(args, 'output') ?? `${set.id}.xlsx`;
    writeBytes(output, formWorkbookBytes(set));
    io.out(`Wrote ${output}: ${set.formName} of ${set.id}\n`);
    return EXIT.ok;
  },
};
