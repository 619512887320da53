// The shapes dictionaries are written in. No imports: every per-feature dictionary file
// depends on this module only, so nothing here can pull words into a bundle.

/** A message with a form per plural category; the formatter picks one by `params.count`. */
export interface PluralTemplates {
  readonly one: string;
  readonly other: string;
}

/** A dictionary value: one `{placeholder}` template, or one per plural category. */
export type Template = string | PluralTemplates;

/** One feature's messages in the reference language, Dutch. */
export type MessageTable = Readonly<Record<string, Template>>;

/** What another language must fill for a Dutch table: exactly its keys, a plural where Dutch has one. */
export type Translation<T extends MessageTable> = {
  readonly [K in keyof T]: T[K] extends string ? string : PluralTemplates;
};

/** `never` unless the two tables share a key; used to keep merged feature tables collision-free. */
export type SharedKeys<A, B> = Extract<keyof A, keyof B>;
