// Criteria sets as the product takes them in: checked (structure, then meaning through the
// rule kinds' registry) and the built-in sets, each checked when it loads.

export { validateSet, errorsOf } from './validate';
export type { SetIssue, IssueSeverity } from './validate';
export { BUILTIN_SETS, findBuiltinSet, listBuiltinSets } from './builtin';
export type { BuiltinSummary } from './builtin';
