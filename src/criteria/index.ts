// The criteria layer: the set model, versions and field lookups. Checks of a set (which need
// the rule kinds) and the built-in sets live above the rules layer, in src/sets.

export * from './model';
export { setVersion, canonicalJson } from './version';
export { allFields, fieldById, criterionOfField, criterionFields, notApplicableField, notApplicableId } from './fields';
export { roleOf, isNormalSection, normalCriteriaMax, hasBonus, rescalesForNotApplicable, type EffectiveRole } from './roles';
export { LEGACY_GROUP_LEVELS, compareGroups, groupLevelOf, groupNameOf, groupOf, groupsOf } from './groups';
