// A small Excel formula engine for the browser preview's stand-in Excel API: it parses
// and calculates the formulas the add-in writes, with Excel's semantics.

export { FormulaWorkbook, CIRCULAR_ERROR } from './workbook';
export type { CellInput, CellPosition, CellResult } from './workbook';
export { parseFormula, FormulaParseError, functionName } from './parser';
export type { Node, RefNode, BinaryOperator } from './ast';
export { evaluate, evaluateCell } from './evaluator';
export type { EvalContext } from './context';
export { functionNames } from './functions';
export { roundDecimal, formatFixed } from './decimal';
export type { RoundMode } from './decimal';
export { columnLetters, columnIndex, parseCellRef, formatCellRef, sheetPrefix } from './address';
export type { CellRef } from './address';
export { ERROR_CODES, err, isError } from './values';
export type { ErrorCode, FormulaError, Scalar, Value, Matrix, RangeValue } from './values';
