import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every HTML file below `directory`, at any depth. */
export function htmlFiles(directory: string, out: string[] = []): string[] {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) htmlFiles(path, out);
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** An integration that works on the finished site: `run` gets the output folder as a path. */
export function afterBuild(name: string, run: (site: string, logger: AstroIntegrationLogger) => void): AstroIntegration {
  return { name, hooks: { 'astro:build:done': ({ dir, logger }) => run(fileURLToPath(dir), logger) } };
}
