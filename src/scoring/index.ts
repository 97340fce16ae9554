// Public API of the scoring core: rules -> points, rules -> Excel formulas (same semantics),
// input problems, bands and ranks.

export type * from './types';
export { scorePoints, scoreSet } from './engine';
export { evaluateRule } from '../rules/evaluate';
export { stepsFromHighest } from '../rules/kinds/steps';
export { criterionPoints } from './criterion';
export { checkInputs } from './problems';
export { VOID_TEXT_PREFIX } from './voids';
export { criterionVoid, criterionVoidText } from './compiled-set';
export { excelRound } from './round';
export { numberOf, isYes, textEquals, choiceIndex, atLeast, atMost, YES, NO } from '../rules/cell';
export { bandFor, bandsFromHighest } from './band';
export { competitionRanks } from './rank';
export { cohortFields, provisionalBest, cohortBestLookup, isProvisional, type CohortField } from './cohort';
export {
  compileRule,
  criterionFormula,
  sectionFormula,
  totalFormula,
  bandFormula,
  provisionalBestFormula,
  scoreCellFormula,
  voidFormula,
  canBeVoided,
  voidTextFormula,
  rankFormula,
  formulaNumber,
  formulaString,
  type FormulaContext,
} from './formula';
