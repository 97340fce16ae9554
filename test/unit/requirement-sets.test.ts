// Every Office.js member the adapter (src/excel), the pane (src/taskpane) and the ribbon's function
// file (src/commands) reach, read with the TypeScript compiler and its type checker, needs a
// requirement set that manifest.xml requires or that a capability gate of
// src/excel/requirements.ts guards where it is used. A planted fixture proves the analysis
// catches what it must. The stand-in Excel's member table is checked against the same
// declarations in fake-excel-spec.test.ts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareVersions } from '../support/api-sets/annotations';
import { collectApiUses, type ApiUse, type UsageReport } from '../support/api-sets/usage';
import { CAPABILITY_SETS } from '../../src/excel/requirements';
import { parseXml } from '../../scripts/manifest-checks';

const root = path.join(__dirname, '..', '..');
const sourcesUnder = (dir: string) =>
  (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(root, dir, f));
const fixture = path.join(root, 'test/fixtures/requirement-sets/planted.ts');

/** The requirement sets manifest.xml asks for: name -> minimum version. */
function manifestSets(): Map<string, string> {
  const doc = parseXml(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'));
  const sets = doc.children.find((c) => c.name === 'Requirements')?.children.find((c) => c.name === 'Sets');
  const fallback = sets?.attrs.DefaultMinVersion ?? '1.1';
  return new Map((sets?.children ?? []).filter((c) => c.name === 'Set').map((c) => [c.attrs.Name, c.attrs.MinVersion ?? fallback]));
}

const gateSets = CAPABILITY_SETS as Record<string, string>;

/** Why a use is not covered, or undefined when the manifest or one of its gates covers it. */
function violation(use: ApiUse, manifest: Map<string, string>): string | undefined {
  const need = use.requirement;
  if (!need) return undefined;
  const required = manifest.get(need.set);
  if (required && compareVersions(required, need.version) >= 0) return undefined;
  const covering = use.gates.filter((g) => need.set === 'ExcelApi' && gateSets[g] !== undefined && compareVersions(gateSets[g], need.version) >= 0);
  if (covering.length > 0) return undefined;
  const gates = use.gates.length ? `gated only by ${use.gates.map((g) => `${g} (${gateSets[g] ?? 'not a set'})`).join(', ')}` : 'no capability gate';
  return `${use.where}: ${use.member} (${use.access}) needs ${need.set} ${need.version}; manifest.xml requires ${required ? `${need.set} ${required}` : `no ${need.set}`}; ${gates}`;
}

describe('requirement sets of the Office.js members the add-in reaches', () => {
  let product: UsageReport;
  let planted: UsageReport;
  const manifest = manifestSets();

  beforeAll(() => {
    // One program for both: building it is the slow part (seconds on a busy machine).
    [product, planted] = collectApiUses([[...sourcesUnder('src/excel'), ...sourcesUnder('src/taskpane'), ...sourcesUnder('src/commands')], [fixture]]);
  }, 300_000);

  it('are covered by the manifest or by a capability gate where they are used', () => {
    expect(product.uses.map((u) => violation(u, manifest)).filter(Boolean)).toEqual([]);
    expect(product.opaqueLoads).toEqual([]);
  });

  it('were all found: the calls the adapter is known to make, with their sets and gates', () => {
    const find = (member: string, access: string) => product.uses.filter((u) => u.member === member && u.access === access);
    expect(manifest.get('ExcelApi')).toBe('1.7');
    expect(find('Excel.Range.formulas', 'write').length).toBeGreaterThan(0);
    expect(find('Excel.Worksheet.getRanges', 'call').every((u) => u.requirement?.version === '1.9' && u.gates.includes('rangeAreas'))).toBe(true);
    expect(find('Excel.PageLayout.orientation', 'write')[0]).toMatchObject({ requirement: { set: 'ExcelApi', version: '1.9' }, gates: ['pageLayout'] });
    expect(find('Excel.Runtime.enableEvents', 'write').every((u) => u.gates.includes('enableEvents'))).toBe(true);
    expect(find('Excel.Worksheet.visibility', 'write')[0].requirement).toEqual({ set: 'ExcelApi', version: '1.2' });
    expect(find('Excel.Worksheet.visibility', 'read')[0].requirement).toEqual({ set: 'ExcelApi', version: '1.1' });
    expect(find('Excel.Range.valueTypes', 'read').length).toBeGreaterThan(0); // named only in load(...)
    const inserts = find('Excel.Workbook.insertWorksheetsFromBase64', 'call');
    expect(inserts.length).toBe(1);
    expect(inserts[0]).toMatchObject({ requirement: { set: 'ExcelApi', version: '1.13' }, gates: ['insertWorksheets'] }); // gated through its caller
    expect(find('Office.onReady', 'call').map((u) => u.where.split(':')[0]).sort()).toEqual(['src/commands/commands.ts', 'src/taskpane/index.tsx']);
  });

  it('would fail on a planted violation, and on nothing else in the fixture', () => {
    const lines = fs.readFileSync(fixture, 'utf8').split('\n');
    const plantedLines = lines.flatMap((line, i) => (/\/\/ PLANTED/.test(line) ? [`test/fixtures/requirement-sets/planted.ts:${i + 1}`] : []));
    const reported = planted.uses.map((u) => violation(u, manifest)).filter((v): v is string => v !== undefined);
    expect(plantedLines.length).toBe(5);
    expect([...new Set(reported.map((v) => v.split(': ')[0]))].sort()).toEqual(plantedLines.sort());
    expect(reported.find((v) => v.includes('getSpillingToRange') && v.includes('gated only by validation (1.8)'))).toBeDefined();
    expect(reported.find((v) => v.includes('Excel.RunOptions.mergeUndoGroup') && v.includes('needs ExcelApi 1.20'))).toBeDefined();
  });
});
