// Problems found in a criteria set, with where they are (a JSON-path-like string such as
// "sections[1].criteria[3].rule.steps[2]") and what they mean. An issue carries a catalogue
// message (`text`, area `sets`), or — for the checks written before the catalogue, until they
// move in — its Vietnamese and English text as strings.

import type { Message } from '../../messages';

export type IssueSeverity = 'error' | 'warning';

interface IssueBase {
  path: string;
  /** Machine code, e.g. 'unknownRuleKind'. */
  code: string;
  severity: IssueSeverity;
}

/** An issue whose text is in the catalogue. */
export interface CatalogueIssue extends IssueBase {
  text: Message;
  message?: undefined;
  messageEn?: undefined;
}

/** An issue written before the catalogue: its Vietnamese and English text. */
export interface LegacyIssue extends IssueBase {
  message: string;
  messageEn: string;
  text?: undefined;
}

export type SetIssue = CatalogueIssue | LegacyIssue;

/** The issue code of a catalogue message: "sets.outOfRange.each" -> "outOfRange". */
export function issueCode(text: Message): string {
  return text.code.split('.')[1];
}

/** Collects issues while a set is checked. */
export class IssueList {
  readonly items: SetIssue[] = [];

  error(path: string, code: string, message: string, messageEn: string): void {
    this.items.push({ path, code, message, messageEn, severity: 'error' });
  }

  warning(path: string, code: string, message: string, messageEn: string): void {
    this.items.push({ path, code, message, messageEn, severity: 'warning' });
  }

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
