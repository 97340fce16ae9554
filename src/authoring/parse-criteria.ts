// The tieu_chi sheet: section rows, criterion rows (each with its scoring rule on the same
// row) and sub-rule rows. A composite rule (best, sum, min, max, when) takes its sub-rules
// from the rule rows below it: depth 1 belongs to the criterion's rule, depth 2 to the
// nearest depth-1 sub-rule above, and so on — like an indented outline.

import type { RuleKind } from '../criteria/model';
import { RULE_KINDS } from '../rules/registry';
import { suggest } from '../util/suggest';
import { readCriterionRow, readSectionRow } from './criterion-rows';
import { childSlots, ROW_TYPE_ALIASES, ROW_TYPES, type ChildSlot, type RowType } from './format';
import type { SheetReader } from './reader';
import { readRuleRow, ruleKindOf, type RuleDraft } from './rule-cells';

type Draft = Record<string, unknown>;

export interface CriterionEntry {
  draft: Draft & { fields: unknown[] };
  path: string;
  row: number;
}

export interface CriteriaSheet {
  sections: Draft[];
  /** Criteria by code (the first one when a code repeats), for the truong sheet. */
  criteria: Map<string, CriterionEntry>;
}

interface OpenRule {
  draft: RuleDraft | undefined;
  path: string;
  row: number;
}

const SECTION_ONLY_BLANK = ['guidance', 'evidence', 'depth', 'rule', 'field', 'num', 'den', 'points', 'steps', 'items', 'choice_points', 'each', 'reference', 'conditions', 'label', 'not_applicable'];
const RULE_ONLY_BLANK = ['code', 'name', 'guidance', 'max', 'evidence', 'role', 'not_applicable'];

export function readCriteriaSheet(reader: SheetReader): CriteriaSheet {
  const sections: Draft[] = [];
  const criteria = new Map<string, CriterionEntry>();
  const composites: OpenRule[] = [];
  let section: Draft & { criteria: Draft[] } | undefined;
  let criterion: CriterionEntry | undefined;
  let open: OpenRule[] = [];

  const openRule = (draft: RuleDraft | undefined, path: string, row: number): OpenRule => {
    const entry = { draft, path, row };
    const kind = draft && ruleKindOf(draft.kind);
    const slots = kind ? childSlots(kind) : [];
    if (draft && slots.length > 0) {
      for (const slot of slots) if (slot.many) draft[slot.property] = [];
      composites.push(entry);
    }
    return entry;
  };

  for (const row of reader.table.rows) {
    const type = rowType(reader, row);
    if (type === 'section') {
      section = readSectionRow(reader, row, `sections[${sections.length}]`);
      sections.push(section);
      warnUnused(reader, row, SECTION_ONLY_BLANK, 'nhóm', 'section');
      criterion = undefined;
      open = [];
    } else if (type === 'criterion') {
      if (!section) {
        reader.issues.error(reader.at(row, 'type'), 'criterionOutsideSection', 'tiêu chí phải nằm dưới một dòng nhóm (type = section)', 'a criterion must come after a section row (type = section)');
        criterion = undefined;
        continue;
      }
      const path = `sections[${sections.length - 1}].criteria[${section.criteria.length}]`;
      const draft = readCriterionRow(reader, row, path);
      const code = draft.code as string | undefined;
      const rule = readRuleRow(reader, row, `${path}.rule`);
      if (rule) draft.rule = rule;
      warnUnused(reader, row, ['depth'], 'tiêu chí', 'criterion');
      section.criteria.push(draft);
      criterion = { draft, path, row };
      if (code !== undefined && !criteria.has(code)) criteria.set(code, criterion);
      open = [openRule(rule, `${path}.rule`, row)];
    } else if (type === 'rule') {
      const child = readSubRule(reader, row, criterion, open, openRule);
      if (child) open = child;
    }
  }
  for (const entry of composites) checkHasSubRules(reader, entry);
  return { sections, criteria };
}

/** Reads a sub-rule row into its parent; the open rules after it, or undefined when it has no parent. */
function readSubRule(
  reader: SheetReader,
  row: number,
  criterion: CriterionEntry | undefined,
  open: OpenRule[],
  openRule: (draft: RuleDraft | undefined, path: string, row: number) => OpenRule,
): OpenRule[] | undefined {
  const depthValue = reader.number(row, 'depth') ?? 1;
  if (!Number.isInteger(depthValue) || depthValue < 1) {
    reader.issues.error(reader.at(row, 'depth'), 'badDepth', `cột 'depth': cấp của quy tắc con phải là số nguyên từ 1 trở lên (đang là ${depthValue})`, `column 'depth': a sub-rule's depth must be a whole number from 1 (got ${depthValue})`);
    return undefined;
  }
  warnUnused(reader, row, RULE_ONLY_BLANK, 'quy tắc con', 'sub-rule');
  const parent = criterion ? open[depthValue - 1] : undefined;
  const parentKind = parent?.draft && ruleKindOf(parent.draft.kind);
  if (parent?.draft && !parentKind) return undefined; // the parent's unknown kind is reported already
  const slots = parentKind ? childSlots(parentKind) : [];
  if (!parent?.draft || !parentKind || slots.length === 0) {
    reportOrphan(reader, row, depthValue, criterion !== undefined, parent, parentKind);
    return undefined;
  }
  const slot = openSlot(parent.draft, slots);
  if (!slot) {
    // Only a kind whose sub-rules are all single ones can be full: today that is `when`.
    reader.issues.error(reader.at(row, 'rule'), 'tooManySubRules', `quy tắc 'when' (dòng ${parent.row + 1}) chỉ nhận một quy tắc con; hãy gộp các quy tắc con bằng 'sum' hoặc 'best'`, `a 'when' rule (row ${parent.row + 1}) takes exactly one sub-rule; combine them with 'sum' or 'best'`);
    return undefined;
  }
  const list = slot.many ? (parent.draft[slot.property] as unknown[]) : undefined;
  const path = list ? `${parent.path}.${slot.property}[${list.length}]` : `${parent.path}.${slot.property}`;
  const draft = readRuleRow(reader, row, path);
  if (list) list.push(draft ?? {});
  else parent.draft[slot.property] = draft ?? {};
  return [...open.slice(0, depthValue), openRule(draft, path, row)];
}

/** The slot the next sub-rule row fills: the first single slot still empty, else the list. */
function openSlot(draft: RuleDraft, slots: ChildSlot[]): ChildSlot | undefined {
  return slots.find((slot) => slot.many || draft[slot.property] === undefined);
}

/** Kinds that take sub-rules, for messages: "best, sum, min, max, when". */
function compositeKinds(): string {
  return RULE_KINDS.filter((kind) => childSlots(kind).length > 0).join(', ');
}

function reportOrphan(reader: SheetReader, row: number, depth: number, inCriterion: boolean, parent: OpenRule | undefined, parentKind: RuleKind | undefined): void {
  const at = reader.at(row, inCriterion ? 'depth' : 'type');
  if (!inCriterion) {
    reader.issues.error(at, 'ruleWithoutParent', 'quy tắc con phải nằm dưới một dòng tiêu chí (type = criterion)', 'a sub-rule must come after a criterion row (type = criterion)');
  } else if (!parent) {
    reader.issues.error(at, 'ruleWithoutParent', `quy tắc con cấp ${depth} không có quy tắc cấp ${depth - 1} ở trên để chứa nó`, `a sub-rule of depth ${depth} has no rule of depth ${depth - 1} above it to belong to`);
  } else if (parentKind) {
    reader.issues.error(at, 'ruleWithoutParent', `quy tắc '${parentKind}' ở dòng ${parent.row + 1} không nhận quy tắc con (các quy tắc có quy tắc con: ${compositeKinds()})`, `the '${parentKind}' rule on row ${parent.row + 1} takes no sub-rules (the rules that do: ${compositeKinds()})`);
  }
}

function checkHasSubRules(reader: SheetReader, entry: OpenRule): void {
  const draft = entry.draft!;
  const kind = ruleKindOf(draft.kind)!;
  const slots = childSlots(kind);
  const missing = slots.some((slot) => (slot.many ? (draft[slot.property] as unknown[]).length === 0 : draft[slot.property] === undefined));
  if (!missing) return;
  const exact = !slots.some((slot) => slot.many);
  const count = exact ? 'đúng một' : 'ít nhất một';
  const countEn = exact ? 'exactly one' : 'at least one';
  reader.issues.error(reader.at(entry.row, 'rule'), 'missingSubRules', `quy tắc '${kind}' cần ${count} dòng quy tắc con ngay bên dưới (type = rule)`, `a '${kind}' rule needs ${countEn} sub-rule row right below it (type = rule)`);
}

function rowType(reader: SheetReader, row: number): RowType | undefined {
  const text = reader.text(row, 'type')?.toLowerCase();
  if (text === undefined) {
    if (reader.blank(row, 'code') && !reader.blank(row, 'rule')) return 'rule';
    reader.issues.error(reader.at(row, 'type'), 'emptyCell', `cột 'type' không được để trống (section, criterion hoặc rule)`, `column 'type' must not be empty (section, criterion or rule)`);
    return undefined;
  }
  const type = (ROW_TYPES as readonly string[]).includes(text) ? (text as RowType) : ROW_TYPE_ALIASES[text];
  if (type) return type;
  const guess = suggest(text, [...ROW_TYPES, ...Object.keys(ROW_TYPE_ALIASES)]);
  const resolved = guess && (ROW_TYPE_ALIASES[guess] ?? guess);
  const hintVi = resolved ? ` — có phải '${resolved}'?` : ' (dùng section, criterion hoặc rule)';
  const hintEn = resolved ? `, did you mean '${resolved}'?` : ' (use section, criterion or rule)';
  reader.issues.error(reader.at(row, 'type'), 'unknownRowType', `loại dòng '${text}' không tồn tại${hintVi}`, `unknown row type '${text}'${hintEn}`);
  return undefined;
}

function warnUnused(reader: SheetReader, row: number, keys: string[], whatVi: string, whatEn: string): void {
  for (const key of keys) {
    if (reader.blank(row, key)) continue;
    reader.issues.warning(reader.at(row, key), 'unusedCell', `dòng ${whatVi} không dùng cột '${key}'; giá trị sẽ bị bỏ qua`, `a ${whatEn} row does not use column '${key}'; the value is ignored`);
  }
}
