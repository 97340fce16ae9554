// The message catalogue: every text a user can see is a code with Vietnamese and English text and
// typed parameters. Core code makes messages and throws LocalizedError; surfaces render them.
// Rendering needs the texts: `texts.ts` (both languages, Node) or `load-texts.ts` (the pane).

export type { FormatName, FormatValues, Language, Message, MessageCode, ParamArgs, Params, Texts } from './types';
export { msg, isMessage } from './message';
export { LocalizedError, isLocalizedError } from './localized-error';
export { rendererFor } from './render';
export { formatDate, formatDateTime, formatList, formatNumber, formatPercent } from './format';
