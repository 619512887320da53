// Runs bench/scipy_compare.py on the bench's own problems when python3 with scipy is
// installed, so scipy's and networkx's times print beside ours; says so and skips when not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PythonProblem {
  readonly name: string;
  readonly kind: 'assignment' | 'general';
  readonly rows: number;
  readonly cols: number;
  /** Mentor slots: each column is repeated this often (capacity). */
  readonly expand: number;
  /** Row-major, -1 = forbidden. */
  readonly score: Int32Array;
}

export interface PythonComparison {
  readonly results: Readonly<Record<string, { ms: number; total: number }>>;
  readonly summary: string;
}

export function compareWithPython(problems: readonly PythonProblem[]): PythonComparison {
  const dir = mkdtempSync(join(tmpdir(), 'mentorkit-bench-'));
  try {
    const manifest = problems.map((p, k) => {
      const file = join(dir, `problem-${k}.bin`);
      // Int32Array bytes are little-endian on every platform Node runs the bench on.
      writeFileSync(file, new Uint8Array(p.score.buffer, p.score.byteOffset, p.score.byteLength));
      return { name: p.name, kind: p.kind, rows: p.rows, cols: p.cols, expand: p.expand, file, runs: 3 };
    });
    const manifestFile = join(dir, 'manifest.json');
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const run = spawnSync('python3', [new URL('./scipy_compare.py', import.meta.url).pathname, manifestFile], { encoding: 'utf8' });
    if (run.error !== undefined || run.status !== 0) {
      const why = run.error?.message ?? run.stderr.trim().split('\n').at(-1) ?? `exit ${run.status}`;
      return { results: {}, summary: `scipy/networkx comparison skipped: ${why}` };
    }
    const out = JSON.parse(run.stdout) as { python: string; scipy: string; networkx: string | null; results: Record<string, { ms: number; total: number }> };
    const mismatches = problems.filter((p) => p.kind === 'assignment' && out.results[p.name] === undefined).map((p) => p.name);
    return {
      results: out.results,
      summary: `scipy/nx column: Python ${out.python}, scipy ${out.scipy} (linear_sum_assignment), networkx ${out.networkx ?? 'absent'} (max_weight_matching), same data, run after ours${mismatches.length > 0 ? `; missing: ${mismatches.join(', ')}` : ''}.`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
