// Excel's decimal ROUND lives with the rules (a `deduct` rule rounds its parts); scoring and
// consolidation keep importing it from here.
export { decimalRound, excelRound } from '../rules/round';
