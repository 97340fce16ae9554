// The command line: `egov-scorecard <command> …` over the same core as the add-in.
// main() takes the arguments and an injected output, and returns the exit code.

import * as fs from 'node:fs';
import * as path from 'node:path';
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
import { EXIT, InputError, UsageError, type CliIo } from './io';

export const COMMANDS: Command[] = [setsCommand, describeCommand, templateCommand, fillCommand, scoreCommand, rankCommand, rostersCommand, checkSetCommand, newSetCommand, exportSetCommand];

const PROGRAM = 'egov-scorecard';
const GLOBAL_OPTIONS: OptionSpec[] = [HELP_OPTION, { name: 'version', short: 'V', description: 'Show the version.' }];

/** The version in package.json (two levels up from src/cli and from build/cli). */
export function programVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return (
    `Usage: ${PROGRAM} <command> [options]\n\n` +
    'Self-assessment forms (Phụ lục) and scoring of the e-government / IT-application level of state agencies.\n\n' +
    'Commands:\n' +
    COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n') +
    '\n\nOptions:\n' +
    optionsHelp(GLOBAL_OPTIONS) +
    `\n\nRun "${PROGRAM} <command> --help" for a command's options.\n` +
    'Exit codes: 0 fine, 1 problems found in the input, 2 usage error.\n'
  );
}

function commandHelp(c: Command): string {
  return (
    `Usage: ${PROGRAM} ${c.usage}\n\n${c.summary}\n` +
    (c.details ? `\n${c.details}\n` : '') +
    `\nOptions:\n${optionsHelp(c.options)}\n`
  );
}

function usageFailure(io: CliIo, e: UsageError, help: string): number {
  io.err(`${PROGRAM}: ${e.message}\n`);
  if (e.hint) io.err(`${e.hint}\n`);
  io.err(`Run "${help}" for help.\n`);
  return EXIT.usage;
}

function runCommand(c: Command, argv: string[], io: CliIo): number {
  try {
    const args = parseArgs(argv, c.options);
    if (args.options.help) {
      io.out(commandHelp(c));
      return EXIT.ok;
    }
    return c.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(io, e, `${PROGRAM} ${c.name} --help`);
    if (e instanceof InputError) {
      io.err(`${PROGRAM} ${c.name}: ${e.message}\n`);
      return EXIT.problems;
    }
    throw e;
  }
}

export function main(argv: string[], io: CliIo): number {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(globalHelp());
    return EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (command) return runCommand(command, rest, io);
  if (first === 'help') {
    const target = COMMANDS.find((c) => c.name === rest[0]);
    io.out(target ? commandHelp(target) : globalHelp());
    return EXIT.ok;
  }
  try {
    if (!first.startsWith('-')) {
      const hint = suggest(first, COMMANDS.map((c) => c.name));
      throw new UsageError(`Unknown command: ${first}`, hint ? `Did you mean "${hint}"?` : undefined);
    }
    const args = parseArgs(argv, GLOBAL_OPTIONS);
    if (args.options.version) io.out(`${programVersion()}\n`);
    else if (args.options.help) io.out(globalHelp());
    if (args.positionals.length > 0) throw new UsageError(`Options must follow the command: ${args.positionals[0]}`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(io, e, `${PROGRAM} --help`);
    throw e;
  }
}

/** Entry point of bin/egov-scorecard.js: real stdout/stderr and process exit code. */
export function run(): void {
  const io: CliIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
  try {
    process.exitCode = main(process.argv.slice(2), io);
  } catch (e) {
    io.err(`${PROGRAM}: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  }
}
