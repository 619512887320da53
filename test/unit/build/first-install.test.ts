// Issue 14, finding 12: a newcomer's first `npm ci` printed ~50 EBADENGINE warnings and a notice
// about install scripts "not yet covered", which read as if Node 24 were missing. What silences
// them is configuration; this keeps it in place. (The build's own "no warnings" is enforced by
// scripts/e2e.mjs, which fails when `npm run build` prints one.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const npmrc = Object.fromEntries(
  readFileSync('.npmrc', 'utf8')
    .split('\n')
    .filter((line) => /^\s*[\w-]+\s*=/.test(line))
    .map((line) => line.split('=').map((part) => part.trim()) as [string, string]),
);
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean>; devDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };

describe('a first install prints only what matters', () => {
  it('shows npm errors only, and never stops on the engine range of a system Node', () => {
    expect(npmrc['loglevel']).toBe('error');
    expect(npmrc['engine-strict']).toBe('false');
  });

  it('approves every package in the lock file that runs an install script, so npm lists none as not yet covered', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path && entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect(manifest.allowScripts?.[name], name).toBe(true);
  });

  it('brings its own Node 24, which is what makes the engine warnings harmless', () => {
    expect(manifest.devDependencies?.['node']).toMatch(/^\^?24\./);
  });

  it('says in the README what a first install and build print', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toMatch(/### What a first install and build print/);
    expect(readme).toMatch(/EBADENGINE/);
    expect(readme).toMatch(/--loglevel=warn/);
  });
});
