// Every Office.js member a set of source files reaches, found with the TypeScript compiler and
// its type checker: property reads and writes, method calls (the overload the compiler picked),
// enum members, members named by `load("a, b/c")`, keys of object literals typed as an Office.js
// type (options, rules), and `obj[key]` with literal keys. Each use carries the member's
// `[Api set: …]` requirement for that access and the capability gates that guard it.

import * as path from 'node:path';
import * as ts from 'typescript';
import { annotationOf, requirementOf, type Access, type SetRequirement } from './annotations';
import { gatesAt, type GateContext } from './gates';

export interface ApiUse {
  /** "Excel.Worksheet.tabColor", "Office.Context.officeTheme". */
  member: string;
  access: Access;
  /** The annotation's raw text, or undefined when the declaration has none. */
  annotation?: string;
  requirement?: SetRequirement;
  gates: string[];
  /** "src/excel/apply-sheet.ts:42". */
  where: string;
}

/** A load() argument the analysis cannot read (it must be a literal or a const of literals). */
export interface OpaqueLoad {
  where: string;
}

export interface UsageReport {
  uses: ApiUse[];
  opaqueLoads: OpaqueLoad[];
}

const root = path.join(__dirname, '..', '..', '..');
const isOfficeDeclaration = (decl: ts.Node) => /[\\/]@types[\\/]office-js[\\/]/.test(decl.getSourceFile().fileName);

export function compilerOptions(): ts.CompilerOptions {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/** "Excel.Range.format" for a member declared in office-js. */
function qualifiedName(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  return checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, '');
}

function accessOf(node: ts.Expression): Access {
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) return 'call';
  if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return 'write';
  return 'read';
}

/** The string constants an expression stands for: literals, arrays of them, consts holding them. */
function strings(expr: ts.Expression, checker: ts.TypeChecker): string[] | undefined {
  if (ts.isStringLiteralLike(expr)) return [expr.text];
  if (ts.isAsExpression(expr) || ts.isParenthesizedExpression(expr)) return strings(expr.expression, checker);
  if (ts.isArrayLiteralExpression(expr)) {
    const parts = expr.elements.map((e) => strings(e, checker));
    return parts.every((p) => p !== undefined) ? parts.flat() as string[] : undefined;
  }
  if (ts.isIdentifier(expr)) {
    const decl = checker.getSymbolAtLocation(expr)?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) return strings(decl.initializer, checker);
  }
  return undefined;
}

class Collector {
  readonly uses: ApiUse[] = [];
  readonly opaqueLoads: OpaqueLoad[] = [];
  private readonly references = new Map<ts.Symbol, ts.Node[]>();
  private readonly gateContext: GateContext;

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly files: readonly ts.SourceFile[],
    capabilityInterface: string,
  ) {
    for (const file of files) this.indexReferences(file);
    this.gateContext = {
      checker,
      referencesTo: (symbol) => this.references.get(symbol) ?? [],
      flagOf: (expr) => {
        if (!ts.isPropertyAccessExpression(expr)) return undefined;
        const decl = checker.getSymbolAtLocation(expr.name)?.valueDeclaration;
        const owner = decl?.parent;
        return owner && ts.isInterfaceDeclaration(owner) && owner.name.text === capabilityInterface && path.resolve(decl.getSourceFile().fileName).endsWith(path.join('src', 'excel', 'requirements.ts'))
          ? expr.name.text
          : undefined;
      },
    };
  }

  private indexReferences(file: ts.SourceFile): void {
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) && !ts.isImportSpecifier(node.parent) && !ts.isImportClause(node.parent) && !ts.isExportSpecifier(node.parent)) {
        let symbol = this.checker.getSymbolAtLocation(node);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
        if (symbol) this.references.set(symbol, [...(this.references.get(symbol) ?? []), node]);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  run(): void {
    for (const file of this.files) {
      const visit = (node: ts.Node) => {
        this.inspect(node);
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
  }

  private inspect(node: ts.Node): void {
    if (ts.isPropertyAccessExpression(node)) {
      const access = accessOf(node);
      const call = access === 'call' ? (node.parent as ts.CallExpression) : undefined;
      const signature = call ? this.checker.getResolvedSignature(call)?.declaration : undefined;
      this.record(this.checker.getSymbolAtLocation(node.name), access, node, signature);
      if (call && node.name.text === 'load') this.loadArguments(node.expression, call);
    } else if (ts.isElementAccessExpression(node)) {
      const keyType = this.checker.getTypeAtLocation(node.argumentExpression);
      const objectType = this.checker.getTypeAtLocation(node.expression);
      for (const key of keyType.isUnion() ? keyType.types : [keyType]) {
        if (key.isStringLiteral()) this.record(this.checker.getPropertyOfType(objectType, key.value), accessOf(node), node);
      }
    } else if (ts.isObjectLiteralExpression(node)) {
      this.objectLiteral(node);
    }
  }

  /** Keys of an object literal whose contextual type is (or includes) an Office.js type. */
  private objectLiteral(node: ts.ObjectLiteralExpression): void {
    const contextual = this.checker.getContextualType(node);
    if (!contextual) return;
    const candidates = contextual.isUnion() ? contextual.types : [contextual];
    for (const property of node.properties) {
      if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
      const name = property.name.text;
      for (const type of candidates) this.record(this.checker.getPropertyOfType(type, name), 'write', property);
    }
  }

  /** `x.load("a, b/c")`: each named member, walking paths through navigation properties and items. */
  private loadArguments(receiver: ts.Expression, call: ts.CallExpression): void {
    const type = this.checker.getTypeAtLocation(receiver);
    if (!type.getProperties().some((p) => p.declarations?.some(isOfficeDeclaration))) return;
    for (const arg of call.arguments) {
      const names = strings(arg, this.checker);
      if (!names) {
        this.opaqueLoads.push({ where: this.where(arg) });
        continue;
      }
      for (const item of names.flatMap((n) => n.split(',')).map((n) => n.trim()).filter(Boolean)) this.loadPath(type, item.split('/'), arg);
    }
  }

  private loadPath(type: ts.Type, segments: string[], at: ts.Node): void {
    let current: ts.Type | undefined = type;
    for (const segment of segments) {
      if (!current) return;
      const property: ts.Symbol | undefined = this.checker.getPropertyOfType(current, segment);
      if (!property) {
        this.opaqueLoads.push({ where: `${this.where(at)} (no member "${segment}")` });
        return;
      }
      if (segment !== 'items') this.record(property, 'read', at);
      const propertyType = this.checker.getTypeOfSymbolAtLocation(property, at);
      current = segment === 'items' ? this.checker.getIndexTypeOfType(propertyType, ts.IndexKind.Number) : propertyType;
    }
  }

  private record(symbol: ts.Symbol | undefined, access: Access, at: ts.Node, signature?: ts.Declaration): void {
    const declaration = signature ?? symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    if (!symbol || !declaration || !isOfficeDeclaration(declaration)) return;
    if (symbol.flags & (ts.SymbolFlags.Namespace | ts.SymbolFlags.Module | ts.SymbolFlags.Enum)) return;
    const annotation = annotationOf(declaration);
    this.uses.push({
      member: qualifiedName(symbol, this.checker),
      access,
      annotation,
      requirement: annotation === undefined ? undefined : requirementOf(annotation, access),
      gates: [...gatesAt(at, this.gateContext)],
      where: this.where(at),
    });
  }

  private where(node: ts.Node): string {
    const file = node.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    return `${path.relative(root, file.fileName).split(path.sep).join('/')}:${line}`;
  }
}

/**
 * Every Office.js use in each group of files (absolute paths), with its requirement and gates.
 * One program serves all groups (building it is the slow part).
 */
export function collectApiUses(groups: readonly (readonly string[])[], capabilityInterface = 'Capabilities'): UsageReport[] {
  // Only the Office.js declarations are needed besides the DOM: not jest's or node's.
  const options = { ...compilerOptions(), types: ['office-js'] };
  const program = ts.createProgram({ rootNames: groups.flat(), options });
  const checker = program.getTypeChecker();
  return groups.map((files) => {
    const wanted = new Set(files.map((f) => path.resolve(f)));
    const sources = program.getSourceFiles().filter((f) => wanted.has(path.resolve(f.fileName)));
    const collector = new Collector(checker, sources, capabilityInterface);
    collector.run();
    return { uses: collector.uses, opaqueLoads: collector.opaqueLoads };
  });
}
