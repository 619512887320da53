import Callout from './Callout.astro';

/** Components every MDX page can use without importing them. */
export const mdxComponents = { Callout };
