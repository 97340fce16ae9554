// The error a formula the preview cannot read throws: a catalogue message (formula.syntax) with
// the 1-based character and the reason, and the 0-based position for programs.

import { LocalizedError, msg, type Message } from '../../messages';

export class FormulaParseError extends LocalizedError<'formula.syntax'> {
  /** 0-based offset in the formula text where the problem was found. */
  readonly position: number;

  constructor(position: number, detail: Message) {
    super(msg('formula.syntax', { at: position + 1, detail }));
    this.name = 'FormulaParseError';
    this.position = position;
  }
}
