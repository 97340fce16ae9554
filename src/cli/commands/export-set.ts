// `export-set <set> -o file.xlsx`: a built-in criteria set as a definition workbook, so an
// author starts from the official structure and edits it.

import { setToWorkbookPlan } from '../../authoring';
import { writeWorkbook } from '../../xlsx';
import { HELP_OPTION, optionValue, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { writeBytes } from '../files';
import { EXIT } from '../io';
import { requireSet } from '../set-arg';

export const exportSetCommand: Command = {
  name: 'export-set',
  summary: 'Write a built-in criteria set as a definition workbook (.xlsx) to edit.',
  usage: 'export-set <set> [-o file.xlsx]',
  options: [{ name: 'output', short: 'o', value: true, valueName: '<file.xlsx>', description: 'Where to write it (default: <set>-bo-tieu-chi.xlsx).' }, HELP_OPTION],
  run(args, io) {
    rejectExtraPositionals(args, 1);
    const set = requireSet(args.positionals[0]);
    const output = optionValue(args, 'output') ?? `${set.id}-bo-tieu-chi.xlsx`;
    writeBytes(output, writeWorkbook(setToWorkbookPlan(set)));
    io.out(`Wrote ${output}: criteria set ${set.id} as a definition workbook\n`);
    return EXIT.ok;
  },
};
