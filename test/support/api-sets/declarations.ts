// Looking up Office.js classes and their members in @types/office-js with the type checker, for
// comparing the stand-in's member table (src/preview/fake-excel/spec.ts) with the real API.

import * as ts from 'typescript';
import { annotationOf, requirementOf, type SetRequirement } from './annotations';
import { compilerOptions } from './usage';

export interface DeclaredMember {
  kind: 'property' | 'method';
  readonly: boolean;
  /** Name of the property's type, or of the method's return type ("Range", "void", "ClientResult"). */
  typeName: string;
  read?: SetRequirement;
  write?: SetRequirement;
  annotation?: string;
}

export interface OfficeDeclarations {
  /** A member of "Excel.Worksheet" or "OfficeExtension.EventHandlers", or undefined. */
  member(typePath: string, name: string): DeclaredMember | undefined;
  hasType(typePath: string): boolean;
}

function typeName(type: ts.Type, checker: ts.TypeChecker): string {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  if (symbol) return symbol.getName();
  return checker.typeToString(type);
}

/** `rootFile`: any source file of the project (the program needs one to load the type declarations). */
export function officeDeclarations(rootFile: string): OfficeDeclarations {
  const program = ts.createProgram({ rootNames: [rootFile], options: { ...compilerOptions(), types: ['office-js'] } });
  const checker = program.getTypeChecker();
  const officeFile = program.getSourceFiles().find((f) => /[\\/]@types[\\/]office-js[\\/]index\.d\.ts$/.test(f.fileName));
  if (!officeFile) throw new Error('@types/office-js is not installed');
  const namespaces = new Map<string, ts.Symbol>();
  for (const statement of officeFile.statements) {
    if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
      const symbol = checker.getSymbolAtLocation(statement.name);
      if (symbol) namespaces.set(statement.name.text, symbol);
    }
  }
  const classOf = (typePath: string) => {
    const [ns, name] = typePath.split('.');
    const namespace = namespaces.get(ns);
    return namespace && checker.getExportsOfModule(namespace).find((s) => s.getName() === name);
  };
  return {
    hasType: (typePath) => classOf(typePath) !== undefined,
    member(typePath, name) {
      const cls = classOf(typePath);
      if (!cls) return undefined;
      const property = checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(cls), name);
      const decl = property?.valueDeclaration ?? property?.declarations?.[0];
      if (!property || !decl) return undefined;
      const annotation = annotationOf(decl);
      const requirement = (access: 'read' | 'write' | 'call') => (annotation === undefined ? undefined : requirementOf(annotation, access));
      if (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) {
        const signature = checker.getSignatureFromDeclaration(decl);
        const returned = signature ? typeName(checker.getReturnTypeOfSignature(signature), checker) : 'void';
        return { kind: 'method', readonly: true, typeName: returned, read: requirement('call'), annotation };
      }
      const isReadonly = (ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Readonly) !== 0;
      const type = checker.getTypeOfSymbolAtLocation(property, decl);
      return { kind: 'property', readonly: isReadonly, typeName: typeName(type, checker), read: requirement('read'), write: isReadonly ? undefined : requirement('write'), annotation };
    },
  };
}
