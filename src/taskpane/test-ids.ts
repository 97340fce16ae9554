// Every test id of the pane in one registry: the browser tests and the components import these.

export const TestIds = {
  pane: 'pane',
  header: 'header',
  languageSwitch: 'language-switch',
  refresh: 'refresh',
  requirementsBar: 'requirements-bar',
  errorBar: 'error-bar',
  skippedBar: 'skipped-bar',
  loading: 'loading',
  tabs: 'tabs',
  tabEntry: 'tab-entry',
  tabOverview: 'tab-overview',
  tabFinish: 'tab-finish',
  // Start
  startView: 'start-view',
  yearPicker: 'year-picker',
  groupPicker: 'group-picker',
  setSummary: 'set-summary',
  createForm: 'create-form',
  replaceSheet: 'replace-sheet',
  creating: 'creating',
  // Guided entry
  entryView: 'entry-view',
  stepHeading: 'step-heading',
  stepPosition: 'step-position',
  criterionPoints: 'criterion-points',
  voidReason: 'void-reason',
  previous: 'previous',
  next: 'next',
  evidence: 'evidence',
  note: 'note',
  versionBar: 'version-bar',
  // Overview
  overviewView: 'overview-view',
  total: 'total',
  band: 'band',
  progress: 'progress',
  // Finish
  finishView: 'finish-view',
  problemList: 'problem-list',
  voidedList: 'voided-list',
  checkOk: 'check-ok',
  deadline: 'deadline',
  deadlineNotice: 'deadline-notice',
  printInfo: 'print-info',
  // Consolidation
  consolidationEntry: 'consolidation-entry',
  consolidationView: 'consolidation-view',
  consolidationBack: 'consolidation-back',
  consolidationRefresh: 'consolidation-refresh',
  masterSetup: 'master-setup',
  rosterPicker: 'roster-picker',
  rosterSheet: 'roster-sheet',
  setUpMaster: 'set-up-master',
  masterSummary: 'master-summary',
  acceptYear: 'accept-year',
  acceptGroup: 'accept-group',
  pickFiles: 'pick-files',
  fileInput: 'file-input',
  mergeSheets: 'merge-sheets',
  importProgress: 'import-progress',
  cancelImport: 'cancel-import',
  inPaneNotice: 'in-pane-notice',
  importResults: 'import-results',
  resultsSummary: 'results-summary',
  notSubmitted: 'not-submitted',
  rankingRank: 'ranking-rank',
  rankingTotal: 'ranking-total',
  rankingPrevious: 'ranking-previous',
  unlisted: 'unlisted',
  acceptAllUnlisted: 'accept-all-unlisted',
} as const;

/** The input of a field (general or criterion field), by field id. */
export const fieldTestId = (fieldId: string): string => `field-${fieldId}`;
/** The inline problem text under a field, by field id. */
export const fieldReadingTestId = (fieldId: string): string => `field-reading-${fieldId}`;
export const fieldProblemTestId = (fieldId: string): string => `field-problem-${fieldId}`;
/** A yes/no or choice option of a field. */
export const optionTestId = (fieldId: string, label: string): string => `option-${fieldId}-${label}`;
/** A section's row in the overview, by section code. */
export const sectionTestId = (code: string): string => `section-${code}`;
/** A section's sub-total in the overview. */
export const subtotalTestId = (code: string): string => `subtotal-${code}`;
/** A criterion's jump link in the overview, by criterion code (or the general step). */
export const jumpTestId = (step: string): string => `jump-${step}`;
/** A problem's jump link in the finish view, by its position. */
export const problemTestId = (index: number): string => `problem-${index}`;
/** A voided criterion's jump link in the finish view, by criterion code. */
export const voidedTestId = (code: string): string => `voided-${code}`;
/** A group's ranking table, by group id. */
export const rankingTestId = (group: string): string => `ranking-${group}`;
/** A unit's row in its group's ranking table, by the unit's sheet name. */
export const unlistedUnitTestId = (name: string): string => `unlisted-${name}`;
export const rankingRowTestId = (sheet: string): string => `ranking-row-${sheet}`;
/** One file's line in the import results, by its position. */
export const importResultTestId = (index: number): string => `import-result-${index}`;
