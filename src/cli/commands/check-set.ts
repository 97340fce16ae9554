// `check-set <file.xlsx>`: checks a criteria set written as a definition workbook and lists
// every issue at its cell. Exit 1 when there is an error; warnings alone are printed and exit 0.

import { msg } from '../../messages';
import { HELP_OPTION, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../io';
import { issueLines, readDefinitionFile } from '../set-file';

export const checkSetCommand: Command = {
  name: 'check-set',
  summary: msg('cli.checkSet.summary'),
  usage: msg('cli.checkSet.usage'),
  details: msg('cli.checkSet.details'),
  options: [HELP_OPTION],
  run(args, cli) {
    rejectExtraPositionals(args, 1);
    const file = args.positionals[0];
    if (!file) throw new UsageError(msg('cli.checkSet.missingFile'));
    const { set, issues } = readDefinitionFile(file);
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    const warnings = issues.length - errors;
    if (issues.length > 0) cli.out(issueLines(issues, cli));
    if (set) {
      const criteria = set.sections.reduce((n, s) => n + s.criteria.length, 0);
      cli.say(msg('cli.checkSet.valid', { file, set: set.id, sections: set.sections.length, criteria, max: set.maxTotal, warnings }));
      return EXIT.ok;
    }
    cli.say(msg('cli.checkSet.invalid', { file, errors, warnings }));
    return EXIT.problems;
  },
};
