// Where the command line writes, in which language, and the errors that stop a command.
// The output is injected so that tests run commands in-process; every line a user reads is a
// catalogue message rendered in the language of `--lang` (Vietnamese unless `--lang en`).

import { LocalizedError, type Language, type Message } from '../messages';
import { render } from '../messages/texts';

export interface CliIo {
  /** Normal output (a line is written with its own "\n"). */
  out(text: string): void;
  /** Errors, warnings and usage help. */
  err(text: string): void;
}

/** What a command runs with: the output and the language its messages are shown in. */
export interface Cli extends CliIo {
  language: Language;
  /** A message in the command line's language. */
  text(message: Message): string;
  /** Prints a message as one line of normal output. */
  say(message: Message): void;
  /** Prints a message as one line of the error output. */
  warn(message: Message): void;
}

export function cliFor(io: CliIo, language: Language): Cli {
  const text = (message: Message) => render(language, message);
  return {
    language,
    out: (t) => io.out(t),
    err: (t) => io.err(t),
    text,
    say: (message) => io.out(`${text(message)}\n`),
    warn: (message) => io.err(`${text(message)}\n`),
  };
}

export const EXIT = {
  ok: 0,
  /** Problems found in the input (the file, the inputs, the form). */
  problems: 1,
  /** Unknown command or option, missing argument, unknown set id. */
  usage: 2,
} as const;

/** A mistake in how the command was called (exit code 2), with an optional hint. */
export class UsageError extends LocalizedError {
  constructor(message: Message, readonly hint?: Message) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A problem in the user's files or data that stops the command (exit code 1). */
export class InputError extends LocalizedError {
  constructor(message: Message, readonly details: Message[] = []) {
    super(message);
    this.name = 'InputError';
  }
}

/** An error line as a compiler prints it: the text, then the code to look up in docs/messages.md. */
export function errorLine(cli: Cli, message: Message): string {
  return `${cli.text(message)} [${message.code}]`;
}

