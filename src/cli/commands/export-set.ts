// `export-set <set> -o file.xlsx`: a built-in criteria set as a definition workbook, so an
// author starts from the official structure and edits it.

import { setToWorkbookPlan } from '../../authoring';
import { msg } from '../../messages';
import { writeWorkbook } from '../../xlsx';
import { HELP_OPTION, optionValue, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { writeBytes } from '../files';
import { EXIT } from '../io';
import { requireSet } from '../set-arg';

export const exportSetCommand: Command = {
  name: 'export-set',
  summary: msg('cli.exportSet.summary'),
  usage: msg('cli.exportSet.usage'),
  options: [{ name: 'output', short: 'o', value: true, valueName: '<file.xlsx>', description: msg('cli.exportSet.option.output') }, HELP_OPTION],
  run(args, cli) {
    rejectExtraPositionals(args, 1);
    const set = requireSet(args.positionals[0]);
    const output = optionValue(args, 'output') ?? `${set.id}-bo-tieu-chi.xlsx`;
    writeBytes(output, writeWorkbook(setToWorkbookPlan(set)));
    cli.say(msg('cli.exportSet.wrote', { file: output, set: set.id }));
    return EXIT.ok;
  },
};
