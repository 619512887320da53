import type { APIRoute } from 'astro';

/*
 * The site's address as a CSS string, for the print sheet to turn a link's path into a full address
 * (print.css). A stylesheet of its own because the address is configuration, known only at build
 * time, and the CSP allows no inline styles. Unlayered: nothing else sets the property, and a layer
 * statement in a file that may load first would reorder the site's layers.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(site ? `:root { --site-url: ${JSON.stringify(site.origin)}; }\n` : '', {
    headers: { 'content-type': 'text/css; charset=utf-8' },
  });
