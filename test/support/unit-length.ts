// Functions and files too long to read at once: a function over 60 lines, a file over 300
// lines. A longer one says why in a comment: a file in a comment at its top ("Longer than 300
// lines because …"), a function in the comment just above it ("Longer than 60 lines because …").

import * as fs from 'node:fs';
import ts from 'typescript';

export const MAX_FUNCTION_LINES = 60;
export const MAX_FILE_LINES = 300;

/** The words a comment uses to explain a longer file or function. */
const FILE_REASON = /Longer than 300 lines because \S/;
const FUNCTION_REASON = /Longer than 60 lines because \S/;

export interface TooLong {
  /** "src/x.ts" for a file, "src/x.ts › name" for a function. */
  key: string;
  lines: number;
}

type FunctionNode = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.ConstructorDeclaration | ts.GetAccessorDeclaration | ts.SetAccessorDeclaration;

function isFunction(node: ts.Node): node is FunctionNode {
  return ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) ||
    ts.isConstructorDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
}

/** A readable name: the declaration's, else the variable, property or call it is given to. */
function functionName(node: FunctionNode): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name && !ts.isComputedPropertyName(node.name)) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText();
  if (ts.isCallExpression(parent)) return `${parent.expression.getText().replace(/\s+/g, '')}(…)`;
  return '(anonymous)';
}

/** The statement a function belongs to, where its explaining comment sits. */
function commentHolder(node: FunctionNode): ts.Node {
  let n: ts.Node = node;
  while (n.parent && (ts.isVariableDeclaration(n.parent) || ts.isVariableDeclarationList(n.parent) || ts.isVariableStatement(n.parent) ||
    ts.isPropertyAssignment(n.parent) || ts.isExportAssignment(n.parent) || ts.isCallExpression(n.parent))) n = n.parent;
  return n;
}

function leadingComments(node: ts.Node, text: string): string {
  return (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).map((r) => text.slice(r.pos, r.end)).join('\n');
}

/** The comments before the first statement of a file. */
function topComments(source: ts.SourceFile): string {
  const first = source.statements[0];
  return first ? leadingComments(first, source.text) : source.text;
}

/** Every function over 60 lines and the file itself when over 300 lines, without a stated reason. */
export function tooLongIn(file: string, text: string = fs.readFileSync(file, 'utf8')): TooLong[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const found: TooLong[] = [];
  const fileLines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (fileLines > MAX_FILE_LINES && !FILE_REASON.test(topComments(source))) found.push({ key: file, lines: fileLines });
  const seen = new Map<string, number>();
  const visit = (node: ts.Node): void => {
    if (isFunction(node) && node.body) {
      const lines = lineOf(node.getEnd()) - lineOf(node.getStart()) + 1;
      if (lines > MAX_FUNCTION_LINES && !FUNCTION_REASON.test(leadingComments(commentHolder(node), text))) {
        const base = `${file} › ${functionName(node)}`;
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        found.push({ key: count === 1 ? base : `${base} #${count}`, lines });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
