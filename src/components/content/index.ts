import Callout from './Callout.astro';
import CalloutPair from './CalloutPair.astro';
import Table from './Table.astro';

/**
 * Components every MDX page can use without importing them (`CalloutPair` sets two callouts side by side); `table` restyles Markdown tables.
 * The others are imported by the pages that draw with them. They are built on four generic parts:
 * `Figure` (frame and caption, opts out of prose), `CardGrid` and `Card`, and `Steps` (a numbered
 * track), plus the `.badge` marker; their styles are in src/styles/components.css.
 */
export const mdxComponents = { Callout, CalloutPair, table: Table };
