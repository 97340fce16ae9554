// The registry's type is the guard of "one file per rule kind": a kind module that lacks a
// part, a property of the model left undeclared, or a kind missing from the table must fail
// the type check. Proved on planted copies of the rules layer, compiled with TypeScript's API:
// an untouched copy compiles cleanly, and every broken one fails in the registry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../../../src');
const PARTS = ['kind', 'properties', 'guide', 'check', 'upperBound', 'compile', 'formula', 'sentence'] as const;

/** src/rules, src/criteria and src/util copied into `dir`, with `edit` applied to one file. */
function plant(dir: string, edit?: { file: string; change: (text: string) => string }): string {
  for (const layer of ['rules', 'criteria', 'util', 'messages']) fs.cpSync(path.join(SRC, layer), path.join(dir, layer), { recursive: true });
  if (edit) {
    const file = path.join(dir, edit.file);
    const before = fs.readFileSync(file, 'utf8');
    const after = edit.change(before);
    if (after === before) throw new Error(`the planted edit of ${edit.file} changed nothing`);
    fs.writeFileSync(file, after);
  }
  return path.join(dir, 'rules/registry.ts');
}

/** kinds/<kind>.ts exporting the module without one of its parts. */
function withoutPartOf(kind: string, part: string) {
  return {
    file: `rules/kinds/${kind}.ts`,
    change: (text: string) =>
      text.replace(`export const ${kind}: KindModule<'${kind}'> = {`, `const full: KindModule<'${kind}'> = {`) +
      `\nexport const ${kind} = (({ ${part}: _omitted, ...rest }) => rest)(full);\n`,
  };
}

const withoutPart = (part: string) => withoutPartOf('ratio', part);

interface Variant {
  name: string;
  edit?: { file: string; change: (text: string) => string };
  /** The file where the type check must fail. */
  failsIn?: string;
}

const variants: Variant[] = [
  { name: 'untouched' },
  ...PARTS.map((part) => ({ name: `ratio without ${part}`, edit: withoutPart(part), failsIn: 'rules/registry.ts' })),
  ...PARTS.map((part) => ({ name: `subindex without ${part}`, edit: withoutPartOf('subindex', part), failsIn: 'rules/registry.ts' })),
  {
    name: 'levels without the declaration of its property levels',
    edit: { file: 'rules/kinds/levels.ts', change: (text) => text.replace("  properties: { levels: { type: 'rules', required: true } },\n", '  properties: {},\n') },
    failsIn: 'rules/kinds/levels.ts',
  },
  {
    name: 'ratio without the declaration of its property den',
    edit: { file: 'rules/kinds/ratio.ts', change: (text) => text.replace("    den: { type: 'operand', required: true, column: 'den' },\n", '') },
    failsIn: 'rules/kinds/ratio.ts',
  },
  {
    name: 'deduct missing from the registry',
    edit: { file: 'rules/registry.ts', change: (text) => text.replace('  deduct,\n} satisfies Registry;', '} satisfies Registry;') },
    failsIn: 'rules/registry.ts',
  },
];

test('a kind without any one of its parts, or missing from the registry, fails the type check', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-kinds-'));
  try {
    const roots = variants.map((v, i) => ({ ...v, file: plant(path.join(root, `v${i}`), v.edit), dir: path.join(root, `v${i}`) }));
    const program = ts.createProgram(
      roots.map((r) => r.file),
      { strict: true, noEmit: true, target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, types: [] },
    );
    const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
    const errorsIn = (dir: string) => errors.filter((d) => d.file?.fileName.startsWith(dir + path.sep) || d.file?.fileName.startsWith(dir + '/'));
    const outcome = roots.map((r) => ({ name: r.name, errors: errorsIn(r.dir).map((d) => `${path.relative(r.dir, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 160)}`) }));
    expect(outcome[0]).toEqual({ name: 'untouched', errors: [] });
    roots.slice(1).forEach((broken, i) => {
      const where = outcome[i + 1].errors.map((e) => e.slice(0, e.indexOf(':')));
      expect({ name: broken.name, failsIn: where.includes(broken.failsIn!) ? broken.failsIn : where }).toEqual({ name: broken.name, failsIn: broken.failsIn });
    });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}, 180_000);
