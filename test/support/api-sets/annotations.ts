// The `[Api set: …]` annotations of @types/office-js, read from a declaration's JSDoc.
//
// Most say one set and version ("[Api set: ExcelApi 1.9]"). Some split by use: "ExcelApi 1.1 for
// reading visibility; 1.2 for setting it.", "ExcelApi 1.1 for get, 1.8 for set", "ExcelApi 1.2 for
// options; 1.7 for password". A read needs the versions of the parts that do not speak of
// setting; a write needs every version named (the strictest reading).

import * as ts from 'typescript';

export interface SetRequirement {
  set: string;
  version: string;
}

export type Access = 'read' | 'write' | 'call';

const API_SET = /\[Api set: ([^\]]+)\]/;

/** The raw annotation text of a declaration ("ExcelApi 1.9"), or undefined when it has none. */
export function annotationOf(declaration: ts.Node): string | undefined {
  const source = declaration.getSourceFile();
  const leading = source.text.slice(declaration.getFullStart(), declaration.getStart(source));
  return API_SET.exec(leading)?.[1].trim();
}

/** "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

const maxVersion = (versions: string[]) => versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));

/** What an access needs according to an annotation: its set and the version that applies. */
export function requirementOf(annotation: string, access: Access): SetRequirement | undefined {
  const set = /^([A-Za-z]+)\s/.exec(annotation)?.[1];
  if (!set) return undefined;
  const parts = annotation.split(/[;,]/).map((part) => ({ text: part, versions: part.match(/\d+\.\d+/g) ?? [] }));
  const settingOnly = (text: string) => /\bset(ting)?\b/i.test(text) && !/\b(get|getting|read|reading)\b/i.test(text);
  const applicable = parts.filter((p) => p.versions.length > 0 && (access === 'write' || !settingOnly(p.text)));
  const versions = applicable.flatMap((p) => p.versions);
  return versions.length === 0 ? undefined : { set, version: maxVersion(versions) };
}
