// Consolidation: submitted files -> identified, checked, recomputed submissions -> the
// master's state (roster, log, units, appraisals) -> standings per group -> the master
// workbook plan; and the master's sheets read back into its state. Pure TypeScript.

export type * from './types';
export { readSubmission, readSubmissions } from './intake';
export type { SubmittedFile, SubmissionOptions } from './submission';
export { mergeSubmissions, emptyMaster, dataVersionOf } from './merge';
export { groupStandings, groupCohortBest, orderedUnits, type GroupStanding, type UnitStanding } from './standings';
export { cascadeInputs } from './cascade';
export { lastYearIndex, lastYearOf, withLastYear, type LastYear, type LastYearIndex, type PreviousResult } from './previous';
export { cleanName, unitKey, looseUnitKey, nameIndex, type NameIndex } from './names';
export {
  BUILTIN_ROSTERS, builtinRoster, builtinRostersFor, findBuiltinRoster, rosterGroup, rosterFromGrid, ROSTER_HEADERS,
  type RosterFile, type RosterUnit, type RosterRead, type RosterProblem,
} from './rosters';
export { masterPlan, masterSheets, checkMasterSize, changedSheets } from './master/plan';
export { readMasterState, readMasterBook, type MasterRead } from './master/read';
export { acceptUnlisted, unlistedUnits, type Accepted } from './accept';
export { tellingText, vietnameseText } from './telling';
export { unitIdOf } from './identity';
export { SHEET as MASTER_SHEET, summarySheetName, publishSheetName, summaryColumns } from './master/layout';
export { flagSummary } from './master/summary';
