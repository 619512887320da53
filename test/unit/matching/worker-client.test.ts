// The UI's worker client against a fake Worker that runs the real handler: progress and
// result, cancellation (terminate, then a fresh worker), errors, and stale messages.
import { describe, expect, it } from 'vitest';
import { createMatchingWorkerHandler, type WorkerRequest, type WorkerResponse } from '../../../src/lib/matching/protocol.ts';
import { createMatchingClient, type WorkerLike } from '../../../src/lib/matching/worker-client.ts';
import type { MatchingInput, ProgressReport } from '../../../src/lib/matching/types.ts';

/** Delivers messages on demand (`flush`), as a real worker would between tasks. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  readonly received: WorkerRequest[] = [];
  private readonly outbox: WorkerResponse[] = [];
  private readonly handle = createMatchingWorkerHandler((r) => this.outbox.push(r));
  postMessage(message: WorkerRequest): void {
    if (this.terminated) throw new Error('terminated worker used');
    structuredClone(message);
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Runs the jobs received so far and delivers their responses. */
  flush(): void {
    for (const request of this.received.splice(0)) this.handle(request);
    for (const response of this.outbox.splice(0)) this.onmessage?.({ data: structuredClone(response) });
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createMatchingClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

const input: MatchingInput = {
  participants: [
    { id: 'a', name: 'A', role: 'mentor', languages: ['nl'] },
    { id: 'b', name: 'B', role: 'mentee', languages: ['nl'] },
  ],
  criteria: [{ kind: 'shared', weight: 1, property: 'languages' }],
  mode: { kind: 'mentoring' },
};

describe('matching worker client', () => {
  it('starts a job, reports progress and resolves with the result', async () => {
    const { client, workers } = setup();
    const progress: ProgressReport[] = [];
    const job = client.run(input, (p) => progress.push(p));
    expect(client.busy).toBe(true);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received[0]).toMatchObject({ type: 'start', jobId: job.jobId });
    workers[0]!.flush();
    const outcome = await job.outcome;
    expect(outcome.kind).toBe('result');
    if (outcome.kind === 'result') expect(outcome.result.matches.map((m) => m.ids)).toEqual([['a', 'b']]);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual({ phase: 'explain', fraction: 1 });
    expect(client.busy).toBe(false);
    // The worker is kept for the next job.
    client.run(input);
    expect(workers).toHaveLength(1);
  });

  it('cancel terminates the worker at once, and the next run gets a fresh one', async () => {
    const { client, workers } = setup();
    const job = client.run(input);
    job.cancel();
    expect(await job.outcome).toEqual({ kind: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    expect(client.busy).toBe(false);
    const next = client.run(input);
    expect(workers).toHaveLength(2);
    workers[1]!.flush();
    expect((await next.outcome).kind).toBe('result');
    job.cancel(); // cancelling a finished job does nothing
    expect(workers[1]!.terminated).toBe(false);
  });

  it('a new run cancels the one still running', async () => {
    const { client, workers } = setup();
    const first = client.run(input);
    const second = client.run(input);
    expect(await first.outcome).toEqual({ kind: 'cancelled' });
    workers[1]!.flush();
    expect((await second.outcome).kind).toBe('result');
  });

  it('ignores messages of another job', async () => {
    const { client, workers } = setup();
    const job = client.run(input);
    workers[0]!.onmessage?.({ data: { type: 'error', jobId: 'job-999', error: 'stale' } });
    expect(client.busy).toBe(true);
    workers[0]!.flush();
    expect((await job.outcome).kind).toBe('result');
  });

  it('reports an error response, and a worker that fails, then recovers with a new worker', async () => {
    const { client, workers } = setup();
    const job = client.run(input);
    workers[0]!.onmessage?.({ data: { type: 'error', jobId: job.jobId, error: 'boom' } });
    expect(await job.outcome).toEqual({ kind: 'error', error: 'boom' });

    const crashed = client.run(input);
    workers[0]!.onerror?.({ message: 'script failed' });
    expect(await crashed.outcome).toEqual({ kind: 'error', error: 'script failed' });
    expect(workers[0]!.terminated).toBe(true);
    const again = client.run(input);
    expect(workers).toHaveLength(2);
    workers[1]!.flush();
    expect((await again.outcome).kind).toBe('result');
  });

  it('input that cannot be sent to a worker is an error, not an exception', async () => {
    const { client } = setup();
    const job = client.run({ ...input, participants: [{ id: 'x', name: 'X', role: 'mentor', f: () => 1 } as never] });
    expect((await job.outcome).kind).toBe('error');
    expect(client.busy).toBe(false);
  });

  it('dispose cancels the running job and terminates the worker', async () => {
    const { client, workers } = setup();
    const job = client.run(input);
    client.dispose();
    expect(await job.outcome).toEqual({ kind: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('runs a shortlist job with progress, and a run started after it cancels it', async () => {
    const { client, workers } = setup();
    const progress: ProgressReport[] = [];
    const job = client.shortlist(input, 3, (p) => progress.push(p));
    expect(workers[0]!.received[0]).toMatchObject({ type: 'shortlist', jobId: job.jobId, size: 3 });
    workers[0]!.flush();
    const outcome = await job.outcome;
    if (outcome.kind !== 'result') throw new Error('expected a result');
    expect(outcome.result.size).toBe(3);
    expect(outcome.result.shortlists.find((list) => list.id === 'b')!.candidates.map((c) => c.id)).toEqual(['a']);
    expect(progress.length).toBeGreaterThan(0);
    expect(client.busy).toBe(false);

    const shortlist = client.shortlist(input);
    expect(workers[0]!.received[0]).not.toHaveProperty('size');
    const run = client.run(input);
    expect(await shortlist.outcome).toEqual({ kind: 'cancelled' });
    workers[1]!.flush();
    expect((await run.outcome).kind).toBe('result');
  });
});
