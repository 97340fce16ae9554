// Problems of a definition workbook, each at a cell (sheet, row, column) with Vietnamese and
// English messages: format problems found while reading the sheets, and the criteria
// validator's problems mapped back from their JSON paths to the cells they came from.

import type { Language, Message } from '../messages';
import type { IssueSeverity } from '../sets/validate';
import { a1 } from '../plan/address';

export interface CellRef {
  sheet: string;
  row: number; // 0-based
  col: number; // 0-based
}

/**
 * What an issue says: a catalogue message (`text`), or — for the texts written before the
 * catalogue, until they move in — Vietnamese and English strings.
 */
export type IssueText = { text: Message; message?: undefined; messageEn?: undefined } | { message: string; messageEn: string; text?: undefined };

export type AuthoringIssue = CellRef &
  IssueText & {
    /** "F14" */
    cell: string;
    /** Machine code, e.g. 'unknownRuleKind', 'badNumber'. */
    code: string;
    severity: IssueSeverity;
  };

/** A problem's text before it is placed at a cell. */
export type CellProblem = IssueText & {
  code: string;
  severity?: IssueSeverity;
};

export class AuthoringIssues {
  readonly items: AuthoringIssue[] = [];

  add(at: CellRef, problem: CellProblem): void {
    const text: IssueText = problem.text ? { text: problem.text } : { message: problem.message, messageEn: problem.messageEn };
    this.items.push({ ...at, cell: a1(at.row, at.col), code: problem.code, severity: problem.severity ?? 'error', ...text });
  }

  error(at: CellRef, code: string, message: string, messageEn: string): void {
    this.add(at, { code, message, messageEn, severity: 'error' });
  }

  warning(at: CellRef, code: string, message: string, messageEn: string): void {
    this.add(at, { code, message, messageEn, severity: 'warning' });
  }

  hasErrorAt(at: CellRef): boolean {
    return this.items.some((issue) => issue.severity === 'error' && issue.sheet === at.sheet && issue.row === at.row && issue.col === at.col);
  }
}

/** "tieu_chi!F14" */
export function issueLocation(issue: AuthoringIssue): string {
  return `${issue.sheet}!${issue.cell}`;
}

/** Renders a catalogue message in a language (the surface's renderer: core never renders). */
export type Renderer = (language: Language, message: Message) => string;

/** An issue's text in `language`. */
export function issueText(issue: IssueText, language: Language, render: Renderer): string {
  if (issue.text) return render(language, issue.text);
  return language === 'vi' ? issue.message : issue.messageEn;
}

/**
 * One line per issue: "tieu_chi!F14: <Vietnamese> / <English>" ('vi'), or English first
 * ('en', the command line).
 */
export function formatIssue(issue: AuthoringIssue, render: Renderer, first: Language = 'vi'): string {
  const second: Language = first === 'vi' ? 'en' : 'vi';
  return `${issueLocation(issue)}: ${issueText(issue, first, render)} / ${issueText(issue, second, render)}`;
}
