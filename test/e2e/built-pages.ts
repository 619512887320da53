import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built page path ('/nl/…/'), read from dist so new pages are tested without listing them. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative('dist', directory)}/`.replace(/\/+/g, '/'));
    }
  };
  for (const locale of ['nl', 'en']) walk(join('dist', locale));
  return pages.filter((page) => !page.endsWith('/404/')).sort();
}
