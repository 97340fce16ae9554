// Problems found in a criteria set, with where they are (a JSON-path-like string such as
// "sections[1].criteria[3].rule.steps[2]") and what they mean: a catalogue message (areas
// `sets` and `setcheck`) that each surface renders in its language.

import type { Message } from '../../messages';

export type IssueSeverity = 'error' | 'warning';

export interface SetIssue {
  path: string;
  /** Machine code, e.g. 'unknownRuleKind'. */
  code: string;
  severity: IssueSeverity;
  /** What the issue says. */
  text: Message;
}

/** The issue code of a catalogue message: "sets.outOfRange.each" -> "outOfRange". */
export function issueCode(text: Message): string {
  return text.code.split('.')[1];
}

/** Collects issues while a set is checked. */
export class IssueList {
  readonly items: SetIssue[] = [];

  /** An issue whose text is a catalogue message; its code is the message's unless given. */
  report(severity: IssueSeverity, path: string, text: Message, code = issueCode(text)): void {
    this.items.push({ path, code, text, severity });
  }

  hasErrors(): boolean {
    return this.items.some((issue) => issue.severity === 'error');
  }
}

/** "a.b" / "a[2]" / "b" when the parent path is empty. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}
