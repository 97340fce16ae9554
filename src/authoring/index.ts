// Criteria authoring: a criteria set written as a definition workbook (the province's own
// format), read back into a checked set with every problem at its cell, and the inverse.

export { parseDefinition, isDefinitionWorkbook, definitionSheets, type DefinitionSource, type DefinitionResult } from './parse';
export { setToWorkbookPlan } from './export';
export { type AuthoringIssue, type CellRef, type Renderer, formatIssue, issueLocation, issueText } from './issues';
export { SHEETS } from './format';
export { blankDefinitionPlan } from './blank';
export { EXAMPLE_SET } from './example-set';
