import Callout from './Callout.astro';
import Table from './Table.astro';

/** Components every MDX page can use without importing them; `table` restyles Markdown tables. */
export const mdxComponents = { Callout, table: Table };
