// The form module: a criteria set -> the Phụ lục sheet plan; a filled sheet -> inputs.
export type { CellPos, FormOptions, FormMap, FilledForm } from './api';
export { COL, HEADER_LABELS, KEY_PREFIX, formatKey, parseKey, type KeyFields } from './layout';
export { buildFormPlan, defaultSheetName, APP_ID, FORM_COLUMNS } from './plan';
export { filledFormPlan } from './filled';
export { findFormIdentity, readForm, type FormIdentity } from './read';
export { FormReadError, isFormReadError, type FormReadErrorCode } from './errors';
export {
  parseInputsJson,
  convertInput,
  describeInputsJson,
  JSON_VALUE_FORMS,
  type ParsedInputs,
  type InputsJsonError,
} from './inputs-json';
export { officialDate, FORM_TEXT } from './text';
export { scoreNumberFormat, fieldNumberFormat } from './styles';
