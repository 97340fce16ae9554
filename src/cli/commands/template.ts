// `template <set> -o form.xlsx`: the empty Phụ lục form of a set as an .xlsx file.

import { msg } from '../../messages';
import { HELP_OPTION, optionValue, rejectExtraPositionals, type OptionSpec } from '../args';
import type { Command } from '../command';
import { writeBytes } from '../files';
import { formWorkbookBytes } from '../form-file';
import { EXIT } from '../io';
import { SET_FILE_OPTION, setFromArgs } from '../set-file';

export const OUTPUT_OPTION: OptionSpec = { name: 'output', short: 'o', value: true, valueName: '<file.xlsx>', description: msg('cli.template.option.output') };

export const templateCommand: Command = {
  name: 'template',
  summary: msg('cli.template.summary'),
  usage: msg('cli.template.usage'),
  details: msg('cli.template.details'),
  options: [OUTPUT_OPTION, SET_FILE_OPTION, HELP_OPTION],
  run(args, cli) {
    rejectExtraPositionals(args, 1);
    const set = setFromArgs(args, cli);
    const output = optionValue(args, 'output') ?? `${set.id}.xlsx`;
    writeBytes(output, formWorkbookBytes(set));
    cli.say(msg('cli.template.wrote', { file: output, formName: set.formName, set: set.id }));
    return EXIT.ok;
  },
};
