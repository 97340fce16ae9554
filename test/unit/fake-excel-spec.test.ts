// The stand-in Excel vouches for the members its table lists (src/preview/fake-excel/spec.ts):
// each must exist in @types/office-js as that kind of member (property, navigation property,
// method), with the type it navigates to or returns, settable only where Office.js lets it be
// set, and with the requirement set its `[Api set: …]` annotation names for reading and for
// setting. So a test that passes on the stand-in cannot lean on a member real Excel lacks or
// has only from a newer set.

import * as path from 'node:path';
import { officeDeclarations, type OfficeDeclarations } from '../support/api-sets/declarations';
import { OFFICE_TYPES, SPECS, type MemberSpec } from '../../src/preview/fake-excel/spec';

const base = (version: string | undefined) => version ?? '1.1';

function problems(type: string, name: string, spec: MemberSpec, office: OfficeDeclarations): string[] {
  const officeType = OFFICE_TYPES[type] ?? `Excel.${type}`;
  const declared = office.member(officeType, name);
  const at = `${type}.${name} (${officeType}.${name})`;
  if (!declared) return [`${at}: not in @types/office-js`];
  const out: string[] = [];
  const readSet = declared.read?.set === 'ExcelApi' ? declared.read.version : declared.read ? `${declared.read.set} ${declared.read.version}` : undefined;
  if (readSet !== undefined && base(spec.since) !== readSet) out.push(`${at}: the table says ExcelApi ${base(spec.since)}, Office.js [Api set: ${declared.annotation}]`);
  if (spec.kind === 'method') {
    if (declared.kind !== 'method') out.push(`${at}: a method in the table, a property in Office.js`);
    const returns = spec.returns === undefined ? 'void' : OFFICE_TYPES[spec.returns]?.split('.')[1] ?? spec.returns;
    if (declared.typeName !== returns) out.push(`${at}: returns ${declared.typeName} in Office.js, ${returns} in the table`);
    return out;
  }
  if (declared.kind !== 'property') return [...out, `${at}: a property in the table, a method in Office.js`];
  if (spec.kind === 'nav') {
    const navType = OFFICE_TYPES[spec.type]?.split('.')[1] ?? spec.type;
    if (declared.typeName !== navType) out.push(`${at}: navigates to ${declared.typeName} in Office.js, ${navType} in the table`);
    return out;
  }
  if (spec.settable && declared.readonly) out.push(`${at}: settable in the table, read-only in Office.js`);
  if (spec.settable && declared.write && base(spec.setSince ?? spec.since) !== declared.write.version) {
    out.push(`${at}: the table lets it be set from ExcelApi ${base(spec.setSince ?? spec.since)}, Office.js [Api set: ${declared.annotation}]`);
  }
  return out;
}

describe("the stand-in's member table against @types/office-js", () => {
  let office: OfficeDeclarations;
  beforeAll(() => {
    office = officeDeclarations(path.join(__dirname, '..', '..', 'src', 'preview', 'fake-excel', 'spec.ts'));
  }, 300_000);

  it('lists only members Office.js has, of the same kind, type and requirement set', () => {
    const found = Object.entries(SPECS).flatMap(([type, members]) => Object.entries(members).flatMap(([name, spec]) => problems(type, name, spec, office)));
    expect(found).toEqual([]);
  });

  it('would catch a member Excel lacks, a wrong set, a wrong kind and a read-only property made settable', () => {
    const check = (type: string, name: string, spec: MemberSpec) => problems(type, name, spec, office).join('\n');
    expect(check('Range', 'autoFitEverything', { kind: 'method' })).toMatch(/not in @types\/office-js/);
    expect(check('Worksheet', 'tabColor', { kind: 'prop', settable: true })).toMatch(/table says ExcelApi 1\.1, Office\.js \[Api set: ExcelApi 1\.7\]/);
    expect(check('Worksheet', 'visibility', { kind: 'prop', settable: true })).toMatch(/set from ExcelApi 1\.1.*1\.2 for setting/);
    expect(check('Range', 'address', { kind: 'prop', settable: true })).toMatch(/read-only in Office\.js/);
    expect(check('Range', 'merge', { kind: 'prop', since: '1.2' })).toMatch(/a method in Office\.js/);
    expect(check('Worksheet', 'getRange', { kind: 'method', returns: 'RangeAreas' })).toMatch(/returns Range in Office\.js/);
  });
});
