// The criteria-set model: plain data, no behaviour. A criteria set (Bộ tiêu chí) is
// authored by the province as data (JSON built-ins, or a definition workbook) and
// everything else — scoring, formulas, forms, consolidation — is derived from it.

import type { Rule } from './rule-model';

export type { ChoicePoints, Condition, Operand, Rule, RuleKind, Step, SubindexItem, Tier } from './rule-model';

/**
 * Code of an agency group (nhóm đơn vị) a set is made for: [a-z][a-z0-9_]*, e.g. "so",
 * "huyen", "xa". Groups are data: a province names its own (see `Group`).
 */
export type GroupId = string;

/** The administrative level of a group's units: province agencies, district, commune/ward. */
export type GroupLevel = 'tinh' | 'huyen' | 'xa';
export const GROUP_LEVELS: readonly GroupLevel[] = ['tinh', 'huyen', 'xa'];

/** A group as a set names it: its code, Vietnamese name and level. */
export interface Group {
  code: GroupId;
  name: string;
  level: GroupLevel;
}

/** The kinds of value a unit enters. */
export type FieldType =
  | 'integer' // whole number, e.g. number of staff
  | 'decimal' // any number, e.g. bandwidth in Mbps
  | 'percent' // stored as a fraction 0..1 and shown as %, e.g. 0.85 = 85%
  | 'yesno' // "Có" / "Không"
  | 'choice' // one label of `choices`
  | 'count' // how many items the unit lists (whole number >= 0)
  | 'text' // free text (not scored)
  | 'date'; // a date (not scored), stored as an Excel serial day number

/** An option of a `choice` field. `label` is what the cell holds. */
export interface Choice {
  label: string;
}

/** One value the unit enters. Field ids are unique across the whole set. */
export interface InputField {
  /** Stable identifier, [a-z][a-z0-9_]*, unique in the set (e.g. "so_may_tinh"). */
  id: string;
  /** What to enter, in Vietnamese (e.g. "Số CBCCVC được trang bị máy tính"). */
  label: string;
  type: FieldType;
  /** Unit label shown after the value (e.g. "người", "Mbps"). */
  unit?: string;
  /** Inclusive bounds for numeric types (percent: fractions, 1 = 100%). */
  min?: number;
  max?: number;
  /** A missing required value is a problem (it still scores as blank = 0). */
  required: boolean;
  /** Options of a `choice` field, in display order. */
  choices?: Choice[];
  /** Extra guidance shown next to the field in the pane. */
  help?: string;
  /**
   * Cascade: how this field is derived from the consolidated forms of the units below
   * (e.g. a district's field "communes with a web portal" from its communes' forms).
   */
  aggregate?: Aggregate;
}

/** How a field is computed from lower-level units' forms (a district from its communes). */
export interface Aggregate {
  /** The (lower) group whose forms feed the field, by code, e.g. 'xa'. */
  fromGroup: GroupId;
  /**
   * count: units that submitted; countYes / shareYes: units (or their share, 0..1) whose `field`
   * is "Có"; sum / average: of the numeric `field`; averageTotal: of the units' totals.
   */
  op: 'count' | 'countYes' | 'shareYes' | 'sum' | 'average' | 'averageTotal';
  /** The lower-level field, for every op but count and averageTotal. */
  field?: string;
  /** countYes / shareYes: the labels that count (e.g. a choice field's options); default ["Có"]. */
  values?: string[];
}

/**
 * What a criterion's points do in its section: add (normal), add as a bonus above the
 * section's normal items, or deduct. In a section with a role, every criterion takes it.
 */
export type Role = 'bonus' | 'deduction';

/**
 * Where the set allows it, a unit may mark the criterion "Không áp dụng": its maximum then
 * leaves the total, which is rescaled to the full scale (rescale), or it gets fixed points.
 */
export type NotApplicable = { policy: 'rescale' } | { policy: 'fixed'; points: number };

export interface Criterion {
  /** Hierarchical code shown in the STT column: "1", "1.1", "1.1.a". Unique in the set. */
  code: string;
  name: string;
  /** Cách tính điểm: how it is scored, in words; absent = the sentence generated from the rule. */
  guidance?: string;
  /** Điểm tối đa. */
  max: number;
  /** Whether Tài liệu kiểm chứng (evidence) must be cited. */
  evidenceRequired: boolean;
  /** Values the unit enters for this criterion (may be empty for purely derived criteria). */
  fields: InputField[];
  rule: Rule;
  /** A bonus or deduction item of its section (absent: normal). */
  role?: Role;
  /** Whether and how a unit may mark it not applicable (absent: it always applies). */
  notApplicable?: NotApplicable;
}

export interface Section {
  /** Roman or arabic code shown in the STT column ("I", "II" or "1"). Unique in the set. */
  code: string;
  name: string;
  /**
   * Maximum of the section: its normal criteria are capped at it. A bonus or deduction section
   * caps its items at it and is not part of maxTotal.
   */
  max: number;
  criteria: Criterion[];
  /** A section of total-level bonus items or deductions (absent: a normal section). */
  role?: Role;
  /** Cap of the bonus criteria of a normal section (absent: their maxima add up). */
  bonusMax?: number;
}

/** A band (xếp loại) or level: totals >= `min` (and below the next band) get `label`. */
export interface Band {
  label: string;
  min: number;
}

/** A consistency check between two numeric fields, e.g. staff with a computer <= staff. */
export interface Check {
  left: string;
  op: '<=' | '>=' | '<' | '>' | '=';
  right: string;
  /** Vietnamese message shown when the check fails. */
  message: string;
  /**
   * Codes of the criteria that score 0 while the check fails (invalid data earns nothing).
   * Absent: the criteria whose rules read the `left` field.
   */
  voids?: string[];
}

/** Where the facts of a set come from. */
export interface Provenance {
  /** Facts taken from public sources, each with its source. */
  official: string[];
  /** Parts that were reconstructed and must be checked against the official annex. */
  reconstructed: string[];
  /** Free-text note shown to users (Vietnamese). */
  note: string;
}

export interface LegalBasis {
  /** e.g. "1609/QĐ-UBND" */
  decision: string;
  /** ISO date, e.g. "2018-07-05" */
  date: string;
  /** Issuing body, e.g. "UBND tỉnh Phú Thọ" */
  issuer: string;
}

export interface Period {
  from: string; // ISO date
  to: string; // ISO date
}

export interface CriteriaSet {
  /** e.g. "phutho-2018-xa": [a-z0-9-]+ */
  id: string;
  title: string;
  year: number;
  province: string;
  legalBasis: LegalBasis;
  /** Guidance letter that issued the form, if known. */
  guidanceLetter?: LegalBasis;
  /** Code of the group the set's forms are for (see `Group`). */
  group: GroupId;
  /** Vietnamese name of the group, e.g. "Sở, ban, ngành". */
  groupName: string;
  /**
   * Level of the group's units. Optional only for the codes "so" (tinh), "huyen" and "xa",
   * whose level sets written before groups were data imply (see criteria/groups.ts).
   */
  groupLevel?: GroupLevel;
  /** e.g. "Phụ lục I" */
  formName: string;
  /** The body that receives and compiles the forms, e.g. "Sở Thông tin và Truyền thông". */
  issuingBody: string;
  dataPeriod: Period;
  /** ISO date by which the form must be sent. */
  deadline?: string;
  /** Where and how to send the form. */
  sendTo?: string;
  /** Maximum total. Equals the sum of the maxima of the normal sections (bonus and deduction sections apart). */
  maxTotal: number;
  /** How far above maxTotal a total with bonus points may go (required when the set has bonus points). */
  maxBonus?: number;
  /** Decimals of points, sub-totals and totals (Excel ROUND). */
  precision: number;
  /** Bands ordered from the highest `min` down; the last has min 0. May be empty. */
  bands: Band[];
  /** General-information fields (unit name, address, staff...). Rules may use numeric ones. */
  generalFields: InputField[];
  sections: Section[];
  checks: Check[];
  provenance: Provenance;
}

/** Values a unit entered, by field id. Blank cells are absent or null. */
export type InputValue = number | string | boolean | null;
export type Inputs = Record<string, InputValue>;

/** What a unit picks in a criterion's "Không áp dụng" cell (where the set allows it). */
export const NOT_APPLICABLE = 'Không áp dụng';
/** The label of that cell's row on the form and in the pane. */
export const NOT_APPLICABLE_LABEL = 'Tiêu chí không áp dụng với đơn vị (chọn “Không áp dụng” nếu đúng)';

/** Field ids every set's general block is expected to have (name and staff are used widely). */
export const UNIT_NAME_FIELD = 'ten_don_vi';
