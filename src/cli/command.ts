// The shape of one command of the command line. Its help is made of catalogue messages.

import type { Message } from '../messages';
import type { OptionSpec, ParsedArgs } from './args';
import type { Cli } from './io';

export interface Command {
  name: string;
  /** One line for the global help. */
  summary: Message;
  /** The syntax: "describe <set> [--json]". */
  usage: Message;
  /** More lines of help (examples, notes). */
  details?: Message;
  options: OptionSpec[];
  /** Runs the command; returns the exit code. Throws UsageError / InputError. */
  run(args: ParsedArgs, cli: Cli): number;
}
