// `--set-file <file>`: a criteria set authored by the province (a definition workbook .xlsx,
// or the set as JSON) instead of a built-in set id. Errors stop the command (exit 1) with
// every issue at its cell; warnings are printed and the command goes on.

import { issueLocation, issueText, parseDefinition, type AuthoringIssue } from '../authoring';
import type { CriteriaSet } from '../criteria/model';
import { msg, type Message } from '../messages';
import { errorsOf, validateSet, type SetIssue } from '../sets/validate';
import { isXlsxError, readWorkbook } from '../xlsx';
import { nativeInflate } from './native-inflate';
import type { OptionSpec, ParsedArgs } from './args';
import { optionValue } from './args';
import { readBytes, readText } from './files';
import { InputError, UsageError, type Cli } from './io';
import { requireSet } from './set-arg';

export const SET_FILE_OPTION: OptionSpec = { name: 'set-file', value: true, valueName: '<file>', description: msg('cli.option.setFile') };

/** Reads and checks a definition workbook: its issues at their cells, and the set when it has no error. */
export function readDefinitionFile(file: string): { set?: CriteriaSet; issues: AuthoringIssue[] } {
  try {
    return parseDefinition(readWorkbook(readBytes(file), undefined, nativeInflate));
  } catch (e) {
    if (isXlsxError(e)) throw new InputError(msg('cli.setFile.notXlsx', { file, detail: e.localized }));
    throw e;
  }
}

function severityWord(severity: 'error' | 'warning'): Message {
  return severity === 'error' ? msg('cli.severity.error') : msg('cli.severity.warning');
}

/** One line per issue of a definition workbook, at its sheet!cell. */
export function issueLines(issues: AuthoringIssue[], cli: Cli): string {
  return issues.map((issue) => `  ${cli.text(severityWord(issue.severity))} ${issueLocation(issue)}: ${issueText(issue, cli.language, (_language, message) => cli.text(message))}\n`).join('');
}

function validationLines(issues: SetIssue[], cli: Cli): string {
  return issues.map((issue) => `  ${cli.text(severityWord(issue.severity))} ${issue.path}: ${issueText(issue, cli.language, (_language, message) => cli.text(message))}\n`).join('');
}

export function loadSetFile(file: string, cli: Cli): CriteriaSet {
  if (/\.json$/i.test(file)) return loadJsonSet(file, cli);
  const { set, issues } = readDefinitionFile(file);
  if (!set) {
    cli.err(issueLines(issues.filter((i) => i.severity === 'error'), cli));
    throw new InputError(msg('cli.setFile.hasErrors', { file }));
  }
  if (issues.length > 0) cli.err(`${cli.text(msg('cli.setFile.warnings', { file, count: issues.length }))}\n${issueLines(issues, cli)}`);
  return set;
}

function loadJsonSet(file: string, cli: Cli): CriteriaSet {
  let value: unknown;
  try {
    value = JSON.parse(readText(file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(msg('cli.setFile.notJson', { file, detail: (e as Error).message }));
  }
  const { set, issues } = validateSet(value);
  if (!set) {
    cli.err(validationLines(errorsOf(issues), cli));
    throw new InputError(msg('cli.setFile.jsonErrors', { file }));
  }
  if (issues.length > 0) cli.err(`${cli.text(msg('cli.setFile.warnings', { file, count: issues.length }))}\n${validationLines(issues, cli)}`);
  return set;
}

/** The set of a command: --set-file, else the built-in named by the first positional argument. */
export function setFromArgs(args: ParsedArgs, cli: Cli): CriteriaSet {
  const file = optionValue(args, 'set-file');
  if (file === undefined) return requireSet(args.positionals[0]);
  if (args.positionals.length > 0) throw new UsageError(msg('cli.setFile.both', { argument: args.positionals[0] }));
  return loadSetFile(file, cli);
}
