// The command line: `egov-scorecard <command> …` over the same core as the add-in.
// main() takes the arguments and an injected output, and returns the exit code. It speaks
// Vietnamese whatever the shell's locale; `--lang en` (anywhere before "--") switches to English.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isLocalizedError, msg, type Language } from '../messages';
import { suggest } from '../util/suggest';
import { optionsHelp, parseArgs, HELP_OPTION, type OptionSpec } from './args';
import type { Command } from './command';
import { checkSetCommand } from './commands/check-set';
import { describeCommand } from './commands/describe';
import { exportSetCommand } from './commands/export-set';
import { fillCommand } from './commands/fill';
import { newSetCommand } from './commands/new-set';
import { rankCommand } from './commands/rank';
import { rostersCommand } from './commands/rosters';
import { scoreCommand } from './commands/score';
import { setsCommand } from './commands/sets';
import { templateCommand } from './commands/template';
import { cliFor, errorLine, EXIT, InputError, UsageError, type Cli, type CliIo } from './io';
import { terminalSafe } from './terminal-text';

export const COMMANDS: Command[] = [setsCommand, describeCommand, templateCommand, fillCommand, scoreCommand, rankCommand, rostersCommand, checkSetCommand, newSetCommand, exportSetCommand];

const PROGRAM = 'egov-scorecard';
const LANG_OPTION: OptionSpec = { name: 'lang', value: true, valueName: '<vi|en>', description: msg('cli.option.lang') };
const GLOBAL_OPTIONS: OptionSpec[] = [HELP_OPTION, { name: 'version', short: 'V', description: msg('cli.option.version') }, LANG_OPTION];
const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** The version in package.json (two levels up from src/cli and from build/cli). */
export function programVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function globalHelp(cli: Cli): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = [
    cli.text(msg('cli.help.usage', { program: PROGRAM })),
    '',
    cli.text(msg('cli.help.about')),
    '',
    cli.text(msg('cli.help.commands')),
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${cli.text(c.summary)}`),
    '',
    cli.text(msg('cli.help.options')),
    optionsHelp(GLOBAL_OPTIONS, cli.text),
    '',
    cli.text(msg('cli.help.more', { program: PROGRAM })),
    cli.text(msg('cli.help.exitCodes')),
  ];
  return `${lines.join('\n')}\n`;
}

function commandHelp(c: Command, cli: Cli): string {
  const lines = [cli.text(msg('cli.help.commandUsage', { program: PROGRAM, usage: c.usage })), '', cli.text(c.summary)];
  if (c.details) lines.push('', cli.text(c.details));
  lines.push('', cli.text(msg('cli.help.options')), optionsHelp([...c.options, LANG_OPTION], cli.text));
  return `${lines.join('\n')}\n`;
}

function usageFailure(cli: Cli, e: UsageError, help: string): number {
  cli.err(`${PROGRAM}: ${errorLine(cli, e.localized)}\n`);
  if (e.hint) cli.warn(e.hint);
  cli.warn(msg('cli.runHelp', { command: help }));
  return EXIT.usage;
}

function runCommand(c: Command, argv: string[], cli: Cli): number {
  try {
    const args = parseArgs(argv, c.options);
    if (args.options.help) {
      cli.out(commandHelp(c, cli));
      return EXIT.ok;
    }
    return c.run(args, cli);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(cli, e, `${PROGRAM} ${c.name} --help`);
    if (e instanceof InputError) {
      cli.err(`${PROGRAM} ${c.name}: ${errorLine(cli, e.localized)}\n`);
      for (const detail of e.details) cli.err(`  ${cli.text(detail)}\n`);
      return EXIT.problems;
    }
    throw e;
  }
}

function runGlobal(argv: string[], cli: Cli): number {
  const [first, ...rest] = argv;
  if (first === 'help') {
    const target = COMMANDS.find((c) => c.name === rest[0]);
    cli.out(target ? commandHelp(target, cli) : globalHelp(cli));
    return EXIT.ok;
  }
  if (!first.startsWith('-')) {
    const hint = suggest(first, COMMANDS.map((c) => c.name));
    throw new UsageError(msg('cli.unknownCommand', { command: first }), hint ? msg('cli.didYouMean', { suggestion: hint }) : undefined);
  }
  const args = parseArgs(argv, GLOBAL_OPTIONS);
  if (args.options.version) cli.out(`${programVersion()}\n`);
  else if (args.options.help) cli.out(globalHelp(cli));
  if (args.positionals.length > 0) throw new UsageError(msg('cli.optionsAfterCommand', { argument: args.positionals[0] }));
  return EXIT.ok;
}

/** Takes `--lang <vi|en>` / `--lang=<vi|en>` out of the arguments (before a "--"). */
export function splitLanguage(argv: string[]): { language: Language; rest: string[]; bad?: string } {
  const rest: string[] = [];
  let language: Language = 'vi';
  let bad: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const value = token === '--lang' ? argv[++i] : token.startsWith('--lang=') ? token.slice('--lang='.length) : undefined;
    if (value === undefined && token !== '--lang') rest.push(token);
    else if (LANGUAGES.includes(value as Language)) language = value as Language;
    else bad = value ?? '';
  }
  return { language, rest, ...(bad !== undefined ? { bad } : {}) };
}

export function main(argv: string[], io: CliIo): number {
  const { language, rest, bad } = splitLanguage(argv);
  // Everything printed may carry text from other people's files: never let it steer the terminal.
  const cli = cliFor({ out: (t) => io.out(terminalSafe(t)), err: (t) => io.err(terminalSafe(t)) }, language);
  if (bad !== undefined) return usageFailure(cli, new UsageError(msg('cli.badLanguage', { language: bad })), `${PROGRAM} --help`);
  if (rest.length === 0) {
    cli.err(globalHelp(cli));
    return EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === rest[0]);
  if (command) return runCommand(command, rest.slice(1), cli);
  try {
    return runGlobal(rest, cli);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(cli, e, `${PROGRAM} --help`);
    throw e;
  }
}

/**
 * `egov-scorecard sets | head -3`: the reader of the output went away (EPIPE). What it did not
 * read is not wanted; stop without a stack trace, as other command-line tools do.
 */
function endQuietlyWhenOutputCloses(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

/** Entry point of bin/egov-scorecard.js: real stdout/stderr and process exit code. */
export function run(): void {
  endQuietlyWhenOutputCloses();
  const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
  try {
    process.exitCode = main(process.argv.slice(2), io);
  } catch (e) {
    const cli = cliFor(io, splitLanguage(process.argv.slice(2)).language);
    const detail = isLocalizedError(e) ? cli.text(e.localized) : e instanceof Error ? (e.stack ?? e.message) : String(e);
    cli.warn(msg('cli.unexpectedError', { program: PROGRAM, detail }));
    process.exitCode = 70;
  }
}
