// Where the command line writes: injected so that tests run commands in-process.

export interface CliIo {
  /** Normal output (a line is written with its own "\n"). */
  out(text: string): void;
  /** Errors, warnings and usage help. */
  err(text: string): void;
}

export const EXIT = {
  ok: 0,
  /** Problems found in the input (the file, the inputs, the form). */
  problems: 1,
  /** Unknown command or option, missing argument, unknown set id. */
  usage: 2,
} as const;

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A problem in the user's files or data that stops the command (exit code 1). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
