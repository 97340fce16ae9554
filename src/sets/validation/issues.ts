// Problems found in a criteria set, with where they are (a JSON-path-like string such as
// "sections[1].criteria[3].rule.steps[2]") and what they mean, in Vietnamese and English.

export type IssueSeverity = 'error' | 'warning';

export interface SetIssue {
  path: string;
  /** Machine code, e.g. 'unknownRuleKind'. */
  code: string;
  /** Vietnamese message. */
  message: string;
  messageEn: string;
  severity: IssueSeverity;
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

  hasErrors(): boolean {
    return this.items.some((issue) => issue.severity === 'error');
  }
}

/** "a.b" / "a[2]" / "b" when the parent path is empty. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}
