// The criteria-set model: plain data, no behaviour. A criteria set (Bộ tiêu chí) is
// authored by the province as data (JSON built-ins, or a definition workbook) and
// everything else — scoring, formulas, forms, consolidation — is derived from it.

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

/** An operand of a rule: an input field, or a constant. */
export type Operand = { field: string } | { value: number };

/** One threshold of a `steps` rule: when the value is >= `atLeast`, score `points`. */
export interface Step {
  atLeast: number;
  points: number;
}

/** One item of a `tiers` rule: a yes/no field that adds `points` when "Có". */
export interface Tier {
  field: string;
  points: number;
}

/** Points for one label of a `choice` field. Labels not listed score 0. */
export interface ChoicePoints {
  label: string;
  points: number;
}

/**
 * A scoring rule: a typed tree, evaluated by the engine and compiled to an Excel
 * formula with the same semantics. Never evaluated with eval.
 *
 * Blank and text cells count as 0 (Excel's N()). The result of the top-level rule
 * is clamped to [0, criterion max] and rounded to the set's precision (Excel ROUND).
 */
export type Rule =
  /** clamp(num / den, 0, 1) × points (points defaults to the criterion max); den <= 0 gives 0. */
  | { kind: 'ratio'; num: Operand; den: Operand; points?: number }
  /** The points of the highest step whose threshold the value reaches; else 0. */
  | { kind: 'steps'; of: Operand; steps: Step[] }
  /** `points` when the yes/no field is "Có", else 0. */
  | { kind: 'yesno'; field: string; points: number }
  /** Sum of the points of every yes/no item that is "Có", at most `cap` when given. */
  | { kind: 'tiers'; items: Tier[]; cap?: number }
  /** Points by the label chosen (e.g. by role: chairman full, deputy half). */
  | { kind: 'choice'; field: string; points: ChoicePoints[] }
  /** `each` points per item counted, between 0 and `cap`. */
  | { kind: 'count'; field: string; each: number; cap: number }
  /** The best of several ways of scoring (the case that gives the most points). */
  | { kind: 'best'; cases: Rule[] }
  /** Sum / smallest / largest of sub-rules; `sum` may be capped. */
  | { kind: 'sum'; of: Rule[]; cap?: number }
  | { kind: 'min'; of: Rule[] }
  | { kind: 'max'; of: Rule[] }
  /** `then` only when the yes/no field is "Có" (e.g. "+5 if the data centre meets standard A"). */
  | { kind: 'when'; field: string; then: Rule }
  /**
   * Normalised to the best unit: clamp(value / best, 0, 1) × points, where best is the
   * largest value among the units compared. Provisional in a unit's own form (best =
   * max(own value, `reference`)), final at consolidation (best = the group's largest).
   */
  | { kind: 'cohort'; field: string; points?: number; reference?: number };

/** The kinds of rule; each has its module in src/rules/kinds (listed in src/rules/registry.ts). */
export type RuleKind = Rule['kind'];

export interface Criterion {
  /** Hierarchical code shown in the STT column: "1", "1.1", "1.1.a". Unique in the set. */
  code: string;
  name: string;
  /** Cách tính điểm: how it is scored, in words. */
  guidance: string;
  /** Điểm tối đa. */
  max: number;
  /** Whether Tài liệu kiểm chứng (evidence) must be cited. */
  evidenceRequired: boolean;
  /** Values the unit enters for this criterion (may be empty for purely derived criteria). */
  fields: InputField[];
  rule: Rule;
}

export interface Section {
  /** Roman or arabic code shown in the STT column ("I", "II" or "1"). Unique in the set. */
  code: string;
  name: string;
  /** Maximum of the section. The sub-total is capped at it. */
  max: number;
  criteria: Criterion[];
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
  /** Maximum total. Equals the sum of section maxima. */
  maxTotal: number;
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

/** Field ids every set's general block is expected to have (name and staff are used widely). */
export const UNIT_NAME_FIELD = 'ten_don_vi';
