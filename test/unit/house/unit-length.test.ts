// Short units: no function over 60 lines and no file over 300 lines in src/, unless a comment
// says why (test/support/unit-length.ts). Units written before this check are held to a
// baseline (unit-length-baseline.json) that may only shrink: a listed unit may not grow, a new
// one may not appear, and a unit brought within the limit must leave the list.
// Print the current figures: npx jest test/unit/house/unit-length --verbose=false (see the summary test).

import * as path from 'node:path';
import { sourceFiles } from '../../support/source-files';
import { MAX_FUNCTION_LINES, tooLongIn } from '../../support/unit-length';
import baseline from './unit-length-baseline.json';

const held = baseline as Record<string, number>;
const found = sourceFiles('src').flatMap((file) => tooLongIn(file.split(path.sep).join('/')));

describe('short units in src/', () => {
  it('has no function over 60 lines or file over 300 lines beyond the baseline, and none grown', () => {
    const beyond = found.filter((unit) => unit.lines > (held[unit.key] ?? 0));
    expect(beyond.map((u) => `${u.key}: ${u.lines} lines (allowed ${held[u.key] ?? 'none'})`)).toEqual([]);
  });

  it('lists in the baseline only units still too long (remove the line of a unit you shortened)', () => {
    const current = new Set(found.map((unit) => unit.key));
    expect(Object.keys(held).filter((key) => !current.has(key))).toEqual([]);
  });

  it('reports the counts', () => {
    const functions = found.filter((u) => u.key.includes(' › ')).length;
    const files = found.length - functions;
    console.log(`functions over ${MAX_FUNCTION_LINES} lines: ${functions}; files over 300 lines: ${files}`);
    expect(functions + files).toBe(Object.keys(held).length);
  });
});

describe('the length check', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');

  it('finds a planted function of 61 lines, and accepts one of 60', () => {
    expect(tooLongIn('src/planted.ts', `export function planted() {\n${body(59)}\n}\n`)).toEqual([{ key: 'src/planted.ts › planted', lines: 61 }]);
    expect(tooLongIn('src/planted.ts', `export function planted() {\n${body(58)}\n}\n`)).toEqual([]);
  });

  it('names arrow functions by their variable and accepts a stated reason', () => {
    const arrow = `const planted = () => {\n${body(60)}\n};\n`;
    expect(tooLongIn('src/planted.ts', arrow).map((u) => u.key)).toEqual(['src/planted.ts › planted']);
    expect(tooLongIn('src/planted.ts', `// Longer than 60 lines because the table reads best whole.\n${arrow}`)).toEqual([]);
  });

  it('finds a planted file of 301 lines unless its top comment says why', () => {
    const lines = Array.from({ length: 301 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(tooLongIn('src/planted.ts', lines)).toEqual([{ key: 'src/planted.ts', lines: 301 }]);
    expect(tooLongIn('src/planted.ts', `// Longer than 300 lines because it is one table.\n${lines}`)).toEqual([]);
  });
});
