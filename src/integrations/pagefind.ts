import type { AstroIntegration } from 'astro';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as pause } from 'node:timers/promises';
import * as pagefind from 'pagefind';

/** Files of the written index that are still empty. */
async function emptyFiles(folder: string): Promise<string[]> {
  const empty: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await stat(path)).size === 0) empty.push(path);
  }
  return empty;
}

/**
 * Builds the Pagefind index (one per <html lang>) right after Astro writes the site.
 * `writeFiles` can answer before the Pagefind service has finished writing every file, and
 * closing the service then leaves some empty (a CI build once shipped an empty
 * pagefind-entry.json, and search found nothing): the service stays open until no file is
 * empty, writing again if need be, and the build fails rather than ship a broken index.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mentorkit-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const output = `${site}/pagefind`;
        let empty: string[] = [];
        for (let attempt = 1; attempt <= 3; attempt++) {
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          for (let check = 0; check < 50; check++) {
            empty = await emptyFiles(output);
            if (empty.length === 0) break;
            await pause(100);
          }
          if (empty.length === 0) break;
          logger.warn(`Pagefind left ${empty.length} empty file(s); writing the index again (attempt ${attempt + 1})`);
        }
        if (empty.length > 0) throw new Error(`Pagefind wrote empty files: ${empty.join(', ')}`);
        logger.info(`Pagefind indexed ${added.page_count} pages`);
        await pagefind.close();
      },
    },
  };
}
