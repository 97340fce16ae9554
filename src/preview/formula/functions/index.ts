// All worksheet functions the engine knows, by upper-case English name.

import { aggregateFunctions } from './aggregate';
import { conditionalFunctions } from './conditional';
import { dateFunctions } from './date';
import { infoFunctions } from './info';
import { logicalFunctions } from './logical';
import { lookupFunctions } from './lookup';
import { mathFunctions } from './math';
import { textFunctions } from './text';
import type { FormulaFunction } from './types';

const FUNCTIONS: ReadonlyMap<string, FormulaFunction> = new Map(
  Object.entries({
    ...aggregateFunctions,
    ...conditionalFunctions,
    ...dateFunctions,
    ...infoFunctions,
    ...logicalFunctions,
    ...lookupFunctions,
    ...mathFunctions,
    ...textFunctions,
  }),
);

export function lookupFunction(name: string): FormulaFunction | undefined {
  return FUNCTIONS.get(name);
}

export function functionNames(): string[] {
  return [...FUNCTIONS.keys()].sort();
}

export type { FormulaFunction } from './types';
