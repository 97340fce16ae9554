// Module-level mutable state: a value that lives as long as the module and that a function
// changes, so one call leaves something behind for the next (a cache shared by every caller,
// a counter, a pending promise). Found here:
//   - a top-level `let` or `var`;
//   - a top-level `const` whose value a function changes: assigns a property or element of it
//     (`x.a = …`, `x[k] = …`, `x.a++`), deletes one, or calls a mutating method on it
//     (`set`, `add`, `push`, `splice`, `sort`, …) — also through a property (`x.list.push(…)`);
//   - a top-level regular expression with the g or y flag used with `test`/`exec` (its
//     `lastIndex` carries over from call to call).
// What the module does while it loads (outside any function) is set-up, not state.
// One exception, stated where it is made: a WeakMap or WeakSet (its entries die with their key
// object, so nothing outlives what it describes) with a comment just above it saying
// "Module-level because …" (a memo of a value derived from its key, a side table of objects).

import * as fs from 'node:fs';
import ts from 'typescript';

export interface ModuleState {
  /** "src/x.ts › name". */
  key: string;
  /** What makes it state: "let", "mutated by <fn>" or "global regex used by <fn>". */
  why: string;
}

const MUTATING_METHODS = new Set([
  'set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin',
]);

function isFunctionLike(node: ts.Node): node is ts.SignatureDeclaration {
  return ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) ||
    ts.isConstructorDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);
}

/** The identifier an access chain starts from: `a.b[c].d` -> `a`. */
function rootName(node: ts.Expression): string | undefined {
  let n: ts.Expression = node;
  while (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n) || ts.isParenthesizedExpression(n) || ts.isNonNullExpression(n)) n = n.expression;
  return ts.isIdentifier(n) ? n.text : undefined;
}

function isAccess(node: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node);
}

const ASSIGNMENTS = new Set([
  ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.AmpersandEqualsToken,
]);

/** The name whose value `node` changes in place, if it changes one. */
function mutatedName(node: ts.Node): string | undefined {
  if (ts.isBinaryExpression(node) && ASSIGNMENTS.has(node.operatorToken.kind) && isAccess(node.left)) return rootName(node.left);
  if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && isAccess(node.operand) &&
    (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) return rootName(node.operand);
  if (ts.isDeleteExpression(node)) return rootName(node.expression);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MUTATING_METHODS.has(node.expression.name.text)) {
    return rootName(node.expression.expression);
  }
  return undefined;
}

/** The name of a g/y regular expression `node` runs with test/exec, if it does. */
function steppedRegex(node: ts.Node): string | undefined {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
  const method = node.expression.name.text;
  const target = node.expression.expression;
  return (method === 'test' || method === 'exec') && ts.isIdentifier(target) ? target.text : undefined;
}

/** Names a function-like node or block declares itself (parameters, its own const/let/var/functions). */
function ownNames(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  if (isFunctionLike(node)) for (const p of node.parameters) bind(p.name);
  const statements = ts.isBlock(node) || ts.isSourceFile(node) ? node.statements : [];
  for (const s of statements) {
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bind(d.name);
    if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) names.add(s.name.text);
  }
  if ((ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isForStatement(node)) && node.initializer && ts.isVariableDeclarationList(node.initializer)) {
    for (const d of node.initializer.declarations) bind(d.name);
  }
  if (ts.isCatchClause(node) && node.variableDeclaration) bind(node.variableDeclaration.name);
  return names;
}

/** The innermost function `node` is in, unless a scope on the way declares `name` (shadowing it). */
function enclosingFunction(node: ts.Node, name: string): ts.Node | undefined {
  let fn: ts.Node | undefined;
  for (let n = node.parent; n && !ts.isSourceFile(n); n = n.parent) {
    if (ownNames(n).has(name)) return undefined;
    if (fn === undefined && isFunctionLike(n)) fn = n;
  }
  return fn;
}

function functionLabel(fn: ts.Node): string {
  const named = fn as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  return 'a function';
}

const REASON = /Module-level because \S/;

/** A weak collection whose statement's comment says why it is module-level. */
function isExplainedWeak(statement: ts.VariableStatement, init: ts.Expression | undefined, text: string): boolean {
  if (init === undefined || !ts.isNewExpression(init) || !/^Weak(Map|Set)$/.test(init.expression.getText())) return false;
  const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
  return comments.some((r) => REASON.test(text.slice(r.pos, r.end)));
}

/** Top-level bindings: `let`/`var` names (state by themselves) and `const` names with their initialiser. */
function topLevel(source: ts.SourceFile): { lets: string[]; consts: Map<string, ts.Expression | undefined> } {
  const lets: string[] = [];
  const consts = new Map<string, ts.Expression | undefined>();
  for (const s of source.statements) {
    if (!ts.isVariableStatement(s)) continue;
    const isConst = (s.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of s.declarationList.declarations) {
      if (!ts.isIdentifier(d.name)) continue;
      if (!isConst) lets.push(d.name.text);
      else if (!isExplainedWeak(s, d.initializer, source.text)) consts.set(d.name.text, d.initializer);
    }
  }
  return { lets, consts };
}

function isSteppingRegex(init: ts.Expression | undefined): boolean {
  if (init === undefined) return false;
  if (ts.isRegularExpressionLiteral(init)) return /\/[a-z]*[gy][a-z]*$/.test(init.text);
  return ts.isNewExpression(init) && init.expression.getText() === 'RegExp' && init.arguments?.[1] !== undefined &&
    /[gy]/.test(init.arguments[1].getText());
}

/** Every piece of module-level mutable state in `file`. */
export function moduleStateIn(file: string, text: string = fs.readFileSync(file, 'utf8')): ModuleState[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const { lets, consts } = topLevel(source);
  const found = new Map<string, string>();
  for (const name of lets) found.set(name, 'let');
  const visit = (node: ts.Node): void => {
    const mutated = mutatedName(node);
    if (mutated !== undefined && consts.has(mutated) && !found.has(mutated)) {
      const fn = enclosingFunction(node, mutated);
      if (fn) found.set(mutated, `mutated by ${functionLabel(fn)}`);
    }
    const regex = steppedRegex(node);
    if (regex !== undefined && isSteppingRegex(consts.get(regex)) && !found.has(regex)) {
      const fn = enclosingFunction(node, regex);
      if (fn) found.set(regex, `global regex used by ${functionLabel(fn)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found].map(([name, why]) => ({ key: `${file} › ${name}`, why }));
}
