// Problems of a definition workbook, each at a cell (sheet, row, column) with a catalogue
// message (areas `authoring`, `sets`, `setcheck`): format problems found while reading the
// sheets, and the criteria validator's problems mapped back from their JSON paths to the cells
// they came from.

import type { Language, Message } from '../messages';
import type { IssueSeverity } from '../sets/validate';
import { a1 } from '../plan/address';

export interface CellRef {
  sheet: string;
  row: number; // 0-based
  col: number; // 0-based
}

/** What an issue says. */
export interface IssueText {
  text: Message;
}

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
    this.items.push({ ...at, cell: a1(at.row, at.col), code: problem.code, severity: problem.severity ?? 'error', text: problem.text });
  }

  /** A problem whose code is its message's ("authoring.badDepth" -> "badDepth"). */
  report(severity: IssueSeverity, at: CellRef, text: Message): void {
    this.add(at, { code: text.code.split('.')[1], severity, text });
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
  return render(language, issue.text);
}

/**
 * One line per issue: "tieu_chi!F14: <Vietnamese> / <English>" ('vi'), or English first
 * ('en', the command line).
 */
export function formatIssue(issue: AuthoringIssue, render: Renderer, first: Language = 'vi'): string {
  const second: Language = first === 'vi' ? 'en' : 'vi';
  return `${issueLocation(issue)}: ${issueText(issue, first, render)} / ${issueText(issue, second, render)}`;
}
