// Problems of a definition workbook, each at a cell (sheet, row, column) with Vietnamese and
// English messages: format problems found while reading the sheets, and the criteria
// validator's problems mapped back from their JSON paths to the cells they came from.

import type { IssueSeverity } from '../sets/validate';
import { a1 } from '../plan/address';

export interface CellRef {
  sheet: string;
  row: number; // 0-based
  col: number; // 0-based
}

export interface AuthoringIssue extends CellRef {
  /** "F14" */
  cell: string;
  /** Machine code, e.g. 'unknownRuleKind', 'badNumber'. */
  code: string;
  severity: IssueSeverity;
  message: string;
  messageEn: string;
}

/** A problem's text before it is placed at a cell. */
export interface CellProblem {
  code: string;
  message: string;
  messageEn: string;
  severity?: IssueSeverity;
}

export class AuthoringIssues {
  readonly items: AuthoringIssue[] = [];

  add(at: CellRef, problem: CellProblem): void {
    this.items.push({ ...at, cell: a1(at.row, at.col), code: problem.code, severity: problem.severity ?? 'error', message: problem.message, messageEn: problem.messageEn });
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

/**
 * One line per issue: "tieu_chi!F14: <Vietnamese> / <English>" ('vi', the pane), or English
 * first ('en', the command line).
 */
export function formatIssue(issue: AuthoringIssue, first: 'vi' | 'en' = 'vi'): string {
  const text = first === 'vi' ? `${issue.message} / ${issue.messageEn}` : `${issue.messageEn} / ${issue.message}`;
  return `${issueLocation(issue)}: ${text}`;
}
