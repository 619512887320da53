import { registerMessages } from './index.ts';
import type { Locale } from './locales.ts';
import type { Dictionary } from './message.ts';
import { en } from './en/index.ts';
import { nl } from './nl/index.ts';

// Both languages, complete. For build-time code (Astro components and pages) and tests only:
// an island imports its own language's feature tables through its per-locale entry instead.

export const dictionaries: Readonly<Record<Locale, Dictionary>> = { nl, en };

registerMessages('nl', nl);
registerMessages('en', en);

export * from './index.ts';
