// Small criteria sets and fields for the scoring tests.

import type { CriteriaSet, Criterion, FieldType, InputField, Rule, Section } from '../../../src/criteria/model';

export function field(id: string, type: FieldType, extra: Partial<InputField> = {}): InputField {
  return { id, label: `Nhãn ${id}`, type, required: false, ...extra };
}

export function criterion(code: string, max: number, rule: Rule, fields: InputField[] = [], extra: Partial<Criterion> = {}): Criterion {
  return { code, name: `Tiêu chí ${code}`, guidance: '', max, evidenceRequired: false, fields, rule, ...extra };
}

export function section(code: string, max: number, criteria: Criterion[]): Section {
  return { code, name: `Phần ${code}`, max, criteria };
}

export function criteriaSet(sections: Section[], extra: Partial<CriteriaSet> = {}): CriteriaSet {
  return {
    id: 'test-set',
    title: 'Bộ tiêu chí thử',
    year: 2018,
    province: 'Phú Thọ',
    legalBasis: { decision: '1609/QĐ-UBND', date: '2018-07-05', issuer: 'UBND tỉnh Phú Thọ' },
    group: 'xa',
    groupName: 'Xã, phường, thị trấn',
    formName: 'Phụ lục III',
    issuingBody: 'Sở Thông tin và Truyền thông',
    dataPeriod: { from: '2017-10-15', to: '2018-10-15' },
    maxTotal: sections.reduce((t, s) => t + s.max, 0),
    precision: 2,
    bands: [],
    generalFields: [],
    sections,
    checks: [],
    provenance: { official: [], reconstructed: [], note: '' },
    ...extra,
  };
}
