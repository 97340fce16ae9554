// The criteria layer: the set model, its validation, versions, field lookups and the built-in sets.

export * from './model';
export { validateSet, errorsOf } from './validate';
export type { SetIssue, IssueSeverity } from './validate';
export { setVersion, canonicalJson, describeVersionMismatch } from './version';
export { allFields, fieldById, criterionOfField } from './fields';
export { ruleUpperBound } from './rule-bounds';
export { allRules, childRules } from './rule-tree';
export { LEGACY_GROUP_LEVELS, compareGroups, groupLevelOf, groupNameOf, groupOf, groupsOf } from './groups';
export { BUILTIN_SETS, findBuiltinSet, listBuiltinSets } from './builtin';
export type { BuiltinSummary } from './builtin';
