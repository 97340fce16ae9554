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
import { msg, type Message } from '../messages';

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
      warnUnused(reader, row, SECTION_ONLY_BLANK, (column) => msg('authoring.unusedCell.section', { column }));
      criterion = undefined;
      open = [];
    } else if (type === 'criterion') {
      if (!section) {
        reader.issues.report('error', reader.at(row, 'type'), msg('authoring.criterionOutsideSection'));
        criterion = undefined;
        continue;
      }
      const path = `sections[${sections.length - 1}].criteria[${section.criteria.length}]`;
      const draft = readCriterionRow(reader, row, path);
      const code = draft.code as string | undefined;
      const rule = readRuleRow(reader, row, `${path}.rule`);
      if (rule) draft.rule = rule;
      warnUnused(reader, row, ['depth'], (column) => msg('authoring.unusedCell.criterion', { column }));
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
    reader.issues.report('error', reader.at(row, 'depth'), msg('authoring.badDepth', { depth: depthValue }));
    return undefined;
  }
  warnUnused(reader, row, RULE_ONLY_BLANK, (column) => msg('authoring.unusedCell.subRule', { column }));
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
    reader.issues.report('error', reader.at(row, 'rule'), msg('authoring.tooManySubRules', { row: parent.row + 1 }));
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
    reader.issues.report('error', at, msg('authoring.ruleWithoutParent'));
  } else if (!parent) {
    reader.issues.report('error', at, msg('authoring.ruleWithoutParent.depth', { depth, above: depth - 1 }));
  } else if (parentKind) {
    reader.issues.report('error', at, msg('authoring.ruleWithoutParent.kind', { kind: parentKind, row: parent.row + 1, kinds: compositeKinds() }));
  }
}

function checkHasSubRules(reader: SheetReader, entry: OpenRule): void {
  const draft = entry.draft!;
  const kind = ruleKindOf(draft.kind)!;
  const slots = childSlots(kind);
  const missing = slots.some((slot) => (slot.many ? (draft[slot.property] as unknown[]).length === 0 : draft[slot.property] === undefined));
  if (!missing) return;
  const exact = !slots.some((slot) => slot.many);
  reader.issues.report('error', reader.at(entry.row, 'rule'), exact ? msg('authoring.missingSubRules.one', { kind }) : msg('authoring.missingSubRules.many', { kind }));
}

function rowType(reader: SheetReader, row: number): RowType | undefined {
  const text = reader.text(row, 'type')?.toLowerCase();
  if (text === undefined) {
    if (reader.blank(row, 'code') && !reader.blank(row, 'rule')) return 'rule';
    reader.issues.report('error', reader.at(row, 'type'), msg('authoring.emptyCell.type'));
    return undefined;
  }
  const type = (ROW_TYPES as readonly string[]).includes(text) ? (text as RowType) : ROW_TYPE_ALIASES[text];
  if (type) return type;
  const guess = suggest(text, [...ROW_TYPES, ...Object.keys(ROW_TYPE_ALIASES)]);
  const resolved = guess && (ROW_TYPE_ALIASES[guess] ?? guess);
  reader.issues.report('error', reader.at(row, 'type'), resolved ? msg('authoring.unknownRowType.guess', { text, guess: resolved }) : msg('authoring.unknownRowType', { text }));
  return undefined;
}

function warnUnused(reader: SheetReader, row: number, keys: string[], unused: (column: string) => Message): void {
  for (const key of keys) {
    if (reader.blank(row, key)) continue;
    reader.issues.report('warning', reader.at(row, key), unused(key));
  }
}
