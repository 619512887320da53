// npm run bench (part) — a matcher workbook run in a worker: 2 000 participants posted to the
// matching worker's handler on a worker thread, timed until the result is back on this thread,
// beside the same run in this thread (the difference is the price of the worker: cloning the
// input and the result). Medians of a few runs.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MatchingInput, WorkerResponse } from '../src/lib/matching/index.ts';
import { runMatching } from '../src/lib/matching/index.ts';
import { CRITERIA, participants } from './data.ts';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const input: MatchingInput = {
  participants: participants(2000, (i) => (i < 1000 ? 'mentor' : 'mentee'), 11),
  criteria: CRITERIA,
  rules: { noReportingLine: true, sharedLanguage: true },
  mode: { kind: 'mentoring' },
};

const worker = new Worker(new URL('./worker/matching-thread.ts', import.meta.url));
let jobs = 0;
function runInWorker(): Promise<{ ms: number; matches: number }> {
  const jobId = `bench-${++jobs}`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const listener = (response: WorkerResponse) => {
      if (response.jobId !== jobId || response.type === 'progress') return;
      worker.off('message', listener);
      if (response.type === 'error') reject(new Error(response.error));
      else if (response.type === 'result') resolve({ ms: performance.now() - started, matches: response.result.matches.length });
    };
    worker.on('message', listener);
    worker.postMessage({ type: 'start', jobId, input });
  });
}

await runInWorker(); // warm-up: the worker compiles the engine once
const inWorker: number[] = [];
const inThread: number[] = [];
let matches = 0;
for (let run = 0; run < RUNS; run++) {
  const viaWorker = await runInWorker();
  inWorker.push(viaWorker.ms);
  const started = performance.now();
  const result = runMatching(input);
  inThread.push(performance.now() - started);
  if (result.matches.length !== viaWorker.matches) throw new Error('the worker and this thread disagree');
  matches = viaWorker.matches;
}
await worker.terminate();

const worker2 = median(inWorker);
const thread = median(inThread);
console.log('');
console.log(`Matcher run in a worker (Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}): 2 000 participants (1 000 mentors, 1 000 mentees), ${matches} matches`);
console.log(`  in the worker, post to result received   ${worker2.toFixed(0).padStart(6)} ms`);
console.log(`  the same run on this thread              ${thread.toFixed(0).padStart(6)} ms`);
console.log(`  ratio worker / this thread               ${(worker2 / thread).toFixed(2).padStart(6)}×  (the clone of input and result)`);
