// No module-level mutable state in src/ (test/support/module-state.ts says what counts): one
// call must not leave behind something the next call sees — a shared cache, a counter, a
// pending promise, a regular expression's lastIndex. State belongs to an object the caller
// owns (a reader, a lexer, a React hook). A WeakMap memo may stay, with its reason stated.

import * as path from 'node:path';
import { sourceFiles } from '../../support/source-files';
import { moduleStateIn } from '../../support/module-state';

describe('module-level state in src/', () => {
  it('has none', () => {
    const found = sourceFiles('src').flatMap((file) => moduleStateIn(file.split(path.sep).join('/')));
    expect(found.map((s) => `${s.key}: ${s.why}`)).toEqual([]);
  });
});

describe('the module-state check', () => {
  const keys = (text: string) => moduleStateIn('src/planted.ts', text).map((s) => `${s.key}: ${s.why}`);

  it('finds a planted top-level let, and a mutated top-level Map, array or object', () => {
    expect(keys('let count = 0;\nexport function next() { return ++count; }\n')).toEqual(['src/planted.ts › count: let']);
    expect(keys('const memo = new Map<string, number>();\nexport function get(k: string) { memo.set(k, 1); }\n'))
      .toEqual(['src/planted.ts › memo: mutated by get']);
    expect(keys('const seen: string[] = [];\nexport const note = (s: string) => { seen.push(s); };\n'))
      .toEqual(['src/planted.ts › seen: mutated by note']);
    expect(keys('const state = { n: 0 };\nexport function bump() { state.n += 1; }\n')).toEqual(['src/planted.ts › state: mutated by bump']);
    expect(keys('const by = { list: [] as number[] };\nclass A { m() { by.list.push(1); } }\n')).toEqual(['src/planted.ts › by: mutated by m']);
  });

  it('finds a sticky or global regular expression stepped by test/exec', () => {
    expect(keys('const WORD = /\\w+/y;\nexport function word(s: string) { WORD.lastIndex = 0; return WORD.exec(s); }\n'))
      .toEqual(['src/planted.ts › WORD: mutated by word']);
    expect(keys('const ANY = /a/g;\nexport const has = (s: string) => ANY.test(s);\n')).toEqual(['src/planted.ts › ANY: global regex used by has']);
    expect(keys('const ANY = /a/g;\nexport const strip = (s: string) => s.replace(ANY, "");\n')).toEqual([]);
  });

  it('accepts set-up while loading, shadowing locals, read-only tables and an explained WeakMap', () => {
    expect(keys('const table: Record<string, number> = {};\ntable.a = 1;\nexport const get = (k: string) => table[k];\n')).toEqual([]);
    expect(keys('const memo = new Map();\nexport function f(memo: Map<string, number>) { memo.set("a", 1); }\n')).toEqual([]);
    const weak = 'const memo = new WeakMap<object, number>();\nexport function f(o: object) { memo.set(o, 1); }\n';
    expect(keys(weak)).toEqual(['src/planted.ts › memo: mutated by f']);
    expect(keys(`// Module-level because it is a memo of a value derived from its key.\n${weak}`)).toEqual([]);
    expect(keys(`// Module-level because it is a memo.\nconst memo = new Map<object, number>();\nexport function f(o: object) { memo.set(o, 1); }\n`))
      .toEqual(['src/planted.ts › memo: mutated by f']);
  });
});
