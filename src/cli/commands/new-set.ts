// `new-set -o bo-tieu-chi.xlsx`: the blank authoring workbook — instructions (huong_dan),
// drop-down lists, and a worked example of every rule kind for the author to replace.

import { blankDefinitionPlan } from '../../authoring';
import { writeWorkbook } from '../../xlsx';
import { HELP_OPTION, optionValue, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { writeBytes } from '../files';
import { EXIT } from '../io';

export const newSetCommand: Command = {
  name: 'new-set',
  summary: 'Write a blank criteria-set definition workbook (instructions and a worked example).',
  usage: 'new-set [-o bo-tieu-chi.xlsx]',
  details: 'Edit it in Excel, then: check-set bo-tieu-chi.xlsx; template --set-file bo-tieu-chi.xlsx -o phu-luc.xlsx',
  options: [{ name: 'output', short: 'o', value: true, valueName: '<file.xlsx>', description: 'Where to write it (default: bo-tieu-chi.xlsx).' }, HELP_OPTION],
  run(args, io) {
    rejectExtraPositionals(args, 0);
    const output = optionValue(args, 'output') ?? 'bo-tieu-chi.xlsx';
    writeBytes(output, writeWorkbook(blankDefinitionPlan()));
    io.out(`Wrote ${output}: a blank definition workbook (see its huong_dan sheet)\n`);
    return EXIT.ok;
  },
};
