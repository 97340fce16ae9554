import fc from 'fast-check';
import type { CriteriaSet } from '../../../src/criteria/model';
import { canonicalJson, setVersion } from '../../../src/criteria/version';
import { copyOf } from './helpers';

const IDS = ['phutho-2016-so', 'phutho-2016-huyen', 'phutho-2018-so', 'phutho-2018-huyen', 'phutho-2018-xa'];

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

type Leaf = { parent: Record<string, unknown> | unknown[]; key: string | number };

function leaves(value: unknown, out: Leaf[] = []): Leaf[] {
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    const k = Array.isArray(value) ? Number(key) : key;
    if (typeof child === 'object' && child !== null) leaves(child, out);
    else out.push({ parent: value as Record<string, unknown>, key: k });
  }
  return out;
}

function changeLeaf({ parent, key }: Leaf): void {
  const record = parent as Record<string | number, unknown>;
  const old = record[key];
  record[key] = typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : `${String(old)}.`;
}

describe('setVersion', () => {
  test('is 12 lower-case hex characters and differs between the built-in sets', () => {
    const versions = IDS.map((id) => setVersion(copyOf(id)));
    for (const version of versions) expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(new Set(versions).size).toBe(IDS.length);
  });

  test.each(IDS)('%s: the same version whatever the key order', (id) => {
    const set = copyOf(id);
    const reordered = reverseKeys(set) as CriteriaSet;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(set));
    expect(setVersion(reordered)).toBe(setVersion(set));
  });

  test('any change of content gives another version', () => {
    const sets = IDS.map(copyOf);
    const original = sets.map(setVersion);
    fc.assert(
      fc.property(fc.nat(IDS.length - 1), fc.nat(), (which, pick) => {
        const set = copyOf(IDS[which]);
        const all = leaves(set);
        changeLeaf(all[pick % all.length]);
        return setVersion(set) !== original[which];
      }),
      { numRuns: 60 },
    );
  });

  test('the order of criteria is content', () => {
    const set = copyOf('phutho-2018-xa');
    const version = setVersion(set);
    set.sections[0].criteria.reverse();
    expect(setVersion(set)).not.toBe(version);
  });
});

describe('canonicalJson', () => {
  test('sorts keys recursively and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  test('omits undefined properties as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });
});
