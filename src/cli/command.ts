// The shape of one command of the command line.

import type { OptionSpec, ParsedArgs } from './args';
import type { CliIo } from './io';

export interface Command {
  name: string;
  /** One line for the global help. */
  summary: string;
  /** "describe <set> [--json]" */
  usage: string;
  /** More lines of help (examples, notes). */
  details?: string;
  options: OptionSpec[];
  /** Runs the command; returns the exit code. Throws UsageError / InputError. */
  run(args: ParsedArgs, io: CliIo): number;
}
