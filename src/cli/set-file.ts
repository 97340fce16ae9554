// `--set-file <file>`: a criteria set authored by the province (a definition workbook .xlsx,
// or the set as JSON) instead of a built-in set id. Errors stop the command (exit 1) with
// every issue at its cell; warnings are printed and the command goes on.

import { formatIssue, parseDefinition, type AuthoringIssue } from '../authoring';
import type { CriteriaSet } from '../criteria/model';
import { errorsOf, validateSet } from '../sets/validate';
import { render } from '../messages/texts';
import { isXlsxError, readWorkbook } from '../xlsx';
import type { OptionSpec, ParsedArgs } from './args';
import { optionValue } from './args';
import { readBytes, readText } from './files';
import { InputError, UsageError, type CliIo } from './io';
import { requireSet } from './set-arg';

export const SET_FILE_OPTION: OptionSpec = {
  name: 'set-file',
  value: true,
  valueName: '<file>',
  description: 'Use the criteria set of a definition workbook (.xlsx, see new-set) or a JSON file instead of a built-in set id.',
};

/** Reads and checks a definition workbook: its issues at their cells, and the set when it has no error. */
export function readDefinitionFile(file: string): { set?: CriteriaSet; issues: AuthoringIssue[] } {
  try {
    return parseDefinition(readWorkbook(readBytes(file)));
  } catch (e) {
    if (isXlsxError(e)) throw new InputError(`${file} is not a readable .xlsx workbook: ${render('en', e.localized)}`);
    throw e;
  }
}

/** One line per issue, English first, with the Vietnamese after it. */
export function issueLines(issues: AuthoringIssue[]): string {
  return issues.map((issue) => `  ${issue.severity === 'error' ? 'error  ' : 'warning'} ${formatIssue(issue, 'en')}\n`).join('');
}

export function loadSetFile(file: string, io: CliIo): CriteriaSet {
  if (/\.json$/i.test(file)) return loadJsonSet(file, io);
  const { set, issues } = readDefinitionFile(file);
  if (!set) throw new InputError(`${file}: the criteria set has errors; run "egov-scorecard check-set ${file}".\n${issueLines(issues.filter((i) => i.severity === 'error'))}`);
  if (issues.length > 0) io.err(`${file}: ${issues.length} warning(s):\n${issueLines(issues)}`);
  return set;
}

function loadJsonSet(file: string, io: CliIo): CriteriaSet {
  let value: unknown;
  try {
    value = JSON.parse(readText(file));
  } catch (e) {
    throw new InputError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const { set, issues } = validateSet(value);
  const lines = (list: typeof issues) => list.map((i) => `  ${i.severity} ${i.path}: ${i.messageEn} / ${i.message}\n`).join('');
  if (!set) throw new InputError(`${file}: the criteria set has errors:\n${lines(errorsOf(issues))}`);
  if (issues.length > 0) io.err(`${file}: ${issues.length} warning(s):\n${lines(issues)}`);
  return set;
}

/** The set of a command: --set-file, else the built-in named by the first positional argument. */
export function setFromArgs(args: ParsedArgs, io: CliIo): CriteriaSet {
  const file = optionValue(args, 'set-file');
  if (file === undefined) return requireSet(args.positionals[0]);
  if (args.positionals.length > 0) throw new UsageError(`Give either a set id or --set-file, not both (got ${args.positionals[0]}).`);
  return loadSetFile(file, io);
}
