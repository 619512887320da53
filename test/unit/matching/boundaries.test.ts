// The folder's shape, checked: no import cycle in the engine (type-only imports included),
// and solvers/ stays below RunContext — solvers get numbers and arrays, never the input.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = normalize(join(dirname(fileURLToPath(import.meta.url)), '../../../src/lib/matching'));
const SOLVERS_MAY_IMPORT = ['progress.ts', 'score.ts', 'types.ts'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const graph = new Map(
  sources(ROOT).map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?from '(\.[^']+)'/gms)].map((m) => normalize(join(dirname(file), m[1]!)));
    return [relative(ROOT, file), targets.map((t) => relative(ROOT, t)).filter((t) => !t.startsWith('..'))];
  }),
);

describe('matching engine boundaries', () => {
  it('has no import cycle', () => {
    const cycles: string[][] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('keeps solvers/ below the run context', () => {
    const solvers = [...graph].filter(([file]) => file.startsWith('solvers/'));
    expect(solvers.length).toBeGreaterThan(0);
    for (const [file, targets] of solvers)
      for (const target of targets) expect([file, target.startsWith('solvers/') || SOLVERS_MAY_IMPORT.includes(target)]).toEqual([file, true]);
  });
});
