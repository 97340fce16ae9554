// Which capability gates guard a node: the flags of `Capabilities` (src/excel/requirements.ts)
// known to be true wherever the node runs. Recognised, walking up from the node:
//   if (caps.x) <node>          caps.x ? <node> : …        caps.x && <node>
//   if (!caps.x) <node> else …  !caps.x ? … : <node>       !caps.x || <node>
//   if (!caps.x) { …; return | throw }  followed, in the same block, by <node>
//   a named function or method all of whose references are guarded by caps.x.
// Conditions combine with && (both true) and with a negated || (both false). Anything else
// (a flag copied into a variable, a guard in a caller through an object field) is not a gate:
// write the gate where the call is.

import * as ts from 'typescript';

export interface GateContext {
  checker: ts.TypeChecker;
  /** The capability flag a property access names, or undefined when it is not one. */
  flagOf(node: ts.Expression): string | undefined;
  /** Identifiers referring to a symbol, in every analysed file. */
  referencesTo(symbol: ts.Symbol): ts.Node[];
}

/** Flags known true when `expr` is truthy (`when` = true) or falsy (`when` = false). */
function implied(expr: ts.Expression, when: boolean, ctx: GateContext): string[] {
  if (ts.isParenthesizedExpression(expr)) return implied(expr.expression, when, ctx);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) return implied(expr.operand, !when, ctx);
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if ((op === ts.SyntaxKind.AmpersandAmpersandToken && when) || (op === ts.SyntaxKind.BarBarToken && !when)) {
      return [...implied(expr.left, when, ctx), ...implied(expr.right, when, ctx)];
    }
    return [];
  }
  const flag = when ? ctx.flagOf(expr) : undefined;
  return flag ? [flag] : [];
}

/** True when a statement always leaves its block (return or throw, possibly in braces). */
function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) return statement.statements.length > 0 && exits(statement.statements[statement.statements.length - 1]);
  return false;
}

/** Flags established by what contains `child` directly in `parent`. */
function gatesFromParent(child: ts.Node, parent: ts.Node, ctx: GateContext): string[] {
  if (ts.isIfStatement(parent) && child !== parent.expression) return implied(parent.expression, child === parent.thenStatement, ctx);
  if (ts.isConditionalExpression(parent) && child !== parent.condition) return implied(parent.condition, child === parent.whenTrue, ctx);
  if (ts.isBinaryExpression(parent) && child === parent.right) {
    const op = parent.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return implied(parent.left, true, ctx);
    if (op === ts.SyntaxKind.BarBarToken) return implied(parent.left, false, ctx);
  }
  if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
    const before = parent.statements.slice(0, parent.statements.indexOf(child as ts.Statement));
    return before.flatMap((s) => (ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement) ? implied(s.expression, false, ctx) : []));
  }
  return [];
}

/** The symbol of a named function or method (declaration, `const f = () => …`, `f: () => …`). */
function namedFunction(node: ts.Node, checker: ts.TypeChecker): ts.Symbol | undefined {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return checker.getSymbolAtLocation(node.name);
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) {
    return checker.getSymbolAtLocation(node.parent.name);
  }
  return undefined;
}

/** The capability flags that guard `node` (see the file comment). */
export function gatesAt(node: ts.Node, ctx: GateContext, visiting = new Set<ts.Node>()): Set<string> {
  const gates = new Set<string>();
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    for (const flag of gatesFromParent(child, parent, ctx)) gates.add(flag);
    const fn = namedFunction(parent, ctx.checker);
    if (!fn) continue;
    if (visiting.has(parent)) return gates; // recursion: no gate comes from a cycle
    visiting.add(parent);
    const references = ctx.referencesTo(fn).filter((ref) => !isDeclarationName(ref));
    if (references.length > 0) {
      const perReference = references.map((ref) => gatesAt(ref, ctx, new Set(visiting)));
      for (const flag of perReference[0]) if (perReference.every((g) => g.has(flag))) gates.add(flag);
    }
    return gates;
  }
  return gates;
}

function isDeclarationName(node: ts.Node): boolean {
  const parent = node.parent;
  return (ts.isFunctionDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isVariableDeclaration(parent)) && parent.name === node;
}
