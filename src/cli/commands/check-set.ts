// `check-set <file.xlsx>`: checks a criteria set written as a definition workbook and lists
// every issue at its cell (English, then Vietnamese). Exit 1 when there is an error;
// warnings alone are printed and exit 0.

import { HELP_OPTION, rejectExtraPositionals } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../io';
import { issueLines, readDefinitionFile } from '../set-file';

export const checkSetCommand: Command = {
  name: 'check-set',
  summary: 'Check a criteria set written as a definition workbook (.xlsx); list each issue at its cell.',
  usage: 'check-set <file.xlsx>',
  details: 'Start a definition workbook with "new-set" (a worked example) or "export-set <set>" (a built-in set).',
  options: [HELP_OPTION],
  run(args, io) {
    rejectExtraPositionals(args, 1);
    const file = args.positionals[0];
    if (!file) throw new UsageError('Missing argument: the definition workbook (.xlsx) to check.');
    const { set, issues } = readDefinitionFile(file);
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    const warnings = issues.length - errors;
    if (issues.length > 0) io.out(issueLines(issues));
    if (set) {
      io.out(`${file}: criteria set ${set.id} is valid — ${set.sections.length} section(s), ${set.sections.reduce((n, s) => n + s.criteria.length, 0)} criteria, maximum ${set.maxTotal}${warnings > 0 ? `, ${warnings} warning(s)` : ''}.\n`);
      return EXIT.ok;
    }
    io.out(`${file}: ${errors} error(s), ${warnings} warning(s) / ${errors} lỗi, ${warnings} cảnh báo.\n`);
    return EXIT.problems;
  },
};
