// The pane's pure core — the built-in criteria sets, scoring, form plans and form reading — as one
// module that the pane loads with import(): it becomes its own chunk, so the pane's first paint
// does not wait for the criteria data and the engine.

export { findBuiltinSet, listBuiltinSets } from '../sets';
export { checkInputs } from '../scoring';
export { buildFormPlan } from '../form/plan';
export { readSheetAsForm } from './logic/load-form';
