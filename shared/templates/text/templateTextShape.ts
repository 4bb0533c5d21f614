import type { en } from './en.ts';

/** The same shape as the English words, every leaf a string: what each translation must provide. */
type Wording<T> = { readonly [K in keyof T]: T[K] extends string ? string : Wording<T[K]> };

/** The built-in templates' words in one language (apart from templateText.ts, which imports every language). */
export type TemplateText = Wording<typeof en>;
