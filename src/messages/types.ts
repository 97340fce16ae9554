// The catalogue's types. A text is a string literal whose {placeholders} name its parameters;
// `{name}` takes text or a number, `{name:format}` a value of that format (see format.ts).
// Parameter types are derived from the Vietnamese text, so a code's parameters are checked by
// the compiler wherever a message is made, and English must use the same placeholders.

import type { vi } from './texts/vi';

/** The formats a placeholder may name, with the value each takes. */
export interface FormatValues {
  /** A number, shown with the language's decimal mark (15 significant digits at most). */
  number: number;
  /** A fraction shown as a percentage: 0.85 -> "85%". */
  percent: number;
  /** An ISO date (YYYY-MM-DD) shown dd/mm/yyyy. */
  date: string;
  /** A moment (ISO timestamp or epoch ms) shown dd/mm/yyyy HH:mm in Vietnam's time (UTC+7). */
  datetime: string | number;
  /** Texts shown quoted and comma-separated. */
  list: readonly string[];
  /** Another message, rendered in the same language. */
  message: Message;
}
export type FormatName = keyof FormatValues;

/** Text or a number: numbers are shown as `number` is. */
export type PlainValue = string | number;

/** The placeholder names of a text: "{file} ở {cell:…}" -> "file" | "cell:…". */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type ValueOf<P extends string> = P extends `${string}:${infer F}` ? (F extends FormatName ? FormatValues[F] : never) : PlainValue;
type NameOf<P extends string> = P extends `${infer N}:${string}` ? N : P;

/** The parameters object of a text, e.g. { file: string | number; share: number }. */
export type ParamsOf<S extends string> = { [P in Placeholders<S> as NameOf<P>]: ValueOf<P> };

/** Every text by code, in Vietnamese: the catalogue's source of truth. */
export type Catalogue = typeof vi;
export type MessageCode = keyof Catalogue;
export type Params<C extends MessageCode> = ParamsOf<Catalogue[C]>;

/** The parameter argument(s) of a code: none when its text has no placeholder. */
export type ParamArgs<C extends MessageCode> = [keyof Params<C>] extends [never] ? [params?: Record<string, never>] : [params: Params<C>];

/** A message: a code and its parameters, rendered later in the reader's language. */
export type Message<C extends MessageCode = MessageCode> = C extends MessageCode ? { code: C; params: Params<C> } : never;

export type Language = 'vi' | 'en';

/** The texts of one language: every code, any string with the same placeholders. */
export type Texts = { readonly [C in MessageCode]: string };
