// `new-set -o bo-tieu-chi.xlsx`: the blank authoring workbook — instructions (huong_dan),
// drop-down lists, and a worked example of every rule kind for the author to replace.

import { blankDefinitionPlan } from '../../authoring';
import { msg } from '../../messages';
import { writeWorkbook } from '../../xlsx';
import { HELP_OPTION, optionValue, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { writeBytes } from '../files';
import { EXIT } from '../io';

export const newSetCommand: Command = {
  name: 'new-set',
  summary: msg('cli.newSet.summary'),
  usage: msg('cli.newSet.usage'),
  details: msg('cli.newSet.details'),
  options: [{ name: 'output', short: 'o', value: true, valueName: '<file.xlsx>', description: msg('cli.newSet.option.output') }, HELP_OPTION],
  run(args, cli) {
    rejectExtraPositionals(args, 0);
    const output = optionValue(args, 'output') ?? 'bo-tieu-chi.xlsx';
    writeBytes(output, writeWorkbook(blankDefinitionPlan()));
    cli.say(msg('cli.newSet.wrote', { file: output }));
    return EXIT.ok;
  },
};
