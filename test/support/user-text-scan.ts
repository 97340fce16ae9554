// Finds text a user could see that is written outside the message catalogue: string and template
// literals with Vietnamese letters (anywhere), English prose where a user would read it (errors,
// terminal output, labels, JSX), and letters in JSX text. Type-level literals and module paths
// are not text. This is a heuristic by design: a false alarm is fixed by moving the text into
// the catalogue, or, for the workbook's own Vietnamese text, by listing the file as workbook text.

import * as fs from 'node:fs';
import ts from 'typescript';

export interface UserText {
  file: string;
  line: number;
  text: string;
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
const PROSE = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;
const SINK_CALL = /(^|\.)(out|err|log|warn|error|info|write|say)$/;
const SINK_NAMES = new Set([
  'message', 'messageEn', 'label', 'title', 'hint', 'description', 'summary', 'details', 'usage',
  'aria-label', 'placeholder', 'alt', 'content', 'header', 'validationMessage', 'text',
]);

function isTypeLevel(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n) && !ts.isExpressionWithTypeArguments(n)) return true;
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isExternalModuleReference(n)) return true;
  }
  return false;
}

function nameOf(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return `${nameOf(node.expression) ?? ''}.${node.name.text}`;
  return undefined;
}

/** True when the literal flows (through +, templates, conditionals, brackets) into a place users read. */
function reachesUser(node: ts.Node): boolean {
  let n: ts.Node = node;
  for (let parent = n.parent; parent; n = parent, parent = parent.parent) {
    if (ts.isThrowStatement(parent)) return true;
    if (ts.isNewExpression(parent)) return /Error$/.test(nameOf(parent.expression) ?? '');
    if (ts.isCallExpression(parent)) {
      if (parent.expression === n) return false;
      if (SINK_CALL.test(nameOf(parent.expression) ?? '')) return true;
      if (!/^(String|concat|join)$|\.(concat|join)$/.test(nameOf(parent.expression) ?? '')) return false;
      continue;
    }
    if (ts.isJsxAttribute(parent)) return SINK_NAMES.has(parent.name.getText());
    if (ts.isJsxExpression(parent) && parent.parent && (ts.isJsxElement(parent.parent) || ts.isJsxFragment(parent.parent))) return true;
    if (ts.isPropertyAssignment(parent)) return parent.initializer === n && SINK_NAMES.has(nameOf(parent.name) ?? '');
    if (ts.isBinaryExpression(parent) || ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent)) continue;
    if (ts.isConditionalExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isArrayLiteralExpression(parent)) continue;
    if (ts.isReturnStatement(parent) || ts.isArrowFunction(parent)) return false;
    return false;
  }
  return false;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return undefined;
}

/** A word: two letters or more (any letter a user could read). */
/** A bare identifier or code ('duplicateKey', 'xlsx.notZip'): program data, the same in every language. */
const IDENTIFIER = /^[A-Za-z_][\w.-]*$/;
const WORD = /[A-Za-zÀ-ỹ]{2,}/;

function classify(node: ts.Node, vietnameseAllowed: boolean, strict: boolean): string | undefined {
  if (ts.isJsxText(node)) return WORD.test(node.text) ? node.text.trim() : undefined;
  const text = literalText(node);
  if (text === undefined || isTypeLevel(node)) return undefined;
  if (VIETNAMESE.test(text)) return vietnameseAllowed ? undefined : text;
  const shown = strict ? WORD.test(text) && !IDENTIFIER.test(text) : PROSE.test(text);
  return shown && reachesUser(node) ? text : undefined;
}

/**
 * Every piece of user text in `file` written outside the catalogue. `strict` (areas already
 * migrated) counts any word that reaches the user, not only prose of three words or more.
 */
export function userTextOutsideCatalogue(file: string, vietnameseAllowed: boolean, strict = false, text = fs.readFileSync(file, 'utf8')): UserText[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: UserText[] = [];
  const visit = (node: ts.Node): void => {
    const piece = classify(node, vietnameseAllowed, strict);
    if (piece !== undefined) found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: piece.slice(0, 80) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
