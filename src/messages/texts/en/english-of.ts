// The shape an English area file must have: exactly the codes of its Vietnamese area.
// (Same placeholders in both languages is checked over the whole catalogue in en/index.ts.)

export type EnglishOf<Vietnamese> = { readonly [Code in keyof Vietnamese]: string };
