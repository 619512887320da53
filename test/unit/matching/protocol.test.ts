// The worker protocol handler is a pure function of messages, tested without a Worker.
import { describe, expect, it } from 'vitest';
import { createMatchingWorkerHandler, type MatchingInput, type WorkerResponse } from '../../../src/lib/matching/index.ts';

const input = (n: number): MatchingInput => ({
  participants: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}`, role: 'both' as const, languages: ['nl'], interests: [`i${i % 4}`] })),
  criteria: [{ kind: 'shared', weight: 1, property: 'interests' }],
  mode: { kind: 'peers' },
});

describe('worker protocol', () => {
  it('answers start with progress messages and one result', () => {
    const out: WorkerResponse[] = [];
    const handle = createMatchingWorkerHandler((r) => out.push(r));
    handle({ type: 'start', jobId: 'j1', input: input(300) });
    expect(out.at(-1)!.type).toBe('result');
    expect(out.filter((r) => r.type === 'result')).toHaveLength(1);
    expect(out.some((r) => r.type === 'progress')).toBe(true);
    expect(out.every((r) => r.jobId === 'j1')).toBe(true);
    const last = out.at(-1)!;
    if (last.type === 'result') expect(last.result.summary.matches).toBe(150);
    // The result is plain data: it survives structured cloning unchanged.
    expect(structuredClone(last)).toEqual(last);
  });

  it('cancels through a shared flag', () => {
    const out: WorkerResponse[] = [];
    const flag = new SharedArrayBuffer(4);
    Atomics.store(new Int32Array(flag), 0, 1);
    createMatchingWorkerHandler((r) => out.push(r))({ type: 'start', jobId: 'j2', input: input(50), cancelFlag: flag });
    const last = out.at(-1)!;
    expect(last.type).toBe('result');
    if (last.type === 'result') expect(last.result.status).toBe('cancelled');
  });

  it('cancels a job whose cancel arrived before it started', () => {
    const out: WorkerResponse[] = [];
    const handle = createMatchingWorkerHandler((r) => out.push(r));
    handle({ type: 'cancel', jobId: 'j3' });
    handle({ type: 'start', jobId: 'j3', input: input(10) });
    const last = out.at(-1)!;
    if (last.type === 'result') expect(last.result.status).toBe('cancelled');
    else throw new Error('expected a result');
  });

  it('answers malformed input with a result and data issues', () => {
    const out: WorkerResponse[] = [];
    const bad = { participants: [null, { id: 3, role: 'x' }], criteria: [{ kind: 'nope' }], mode: { kind: 'peers' } } as unknown as MatchingInput;
    createMatchingWorkerHandler((r) => out.push(r))({ type: 'start', jobId: 'j4', input: bad });
    const last = out.at(-1)!;
    if (last.type !== 'result') throw new Error('expected a result');
    expect(last.result.dataQuality.map((d) => d.message.key)).toEqual(expect.arrayContaining(['matching.data.invalidRole', 'matching.data.unknownCriterion']));
  });

  it('turns an unexpected exception into an error message', () => {
    const out: WorkerResponse[] = [];
    const exploding = {
      get participants(): never {
        throw new Error('boom');
      },
    } as unknown as MatchingInput;
    createMatchingWorkerHandler((r) => out.push(r))({ type: 'start', jobId: 'j5', input: exploding });
    expect(out.at(-1)).toEqual({ type: 'error', jobId: 'j5', error: 'boom' });
  });

  it('answers shortlist with progress messages and the shortlists of the requested size', () => {
    const out: WorkerResponse[] = [];
    createMatchingWorkerHandler((r) => out.push(r))({ type: 'shortlist', jobId: 's1', input: input(12), size: 2 });
    expect(out.some((r) => r.type === 'progress')).toBe(true);
    expect(out.every((r) => r.jobId === 's1')).toBe(true);
    const last = out.at(-1)!;
    if (last.type !== 'shortlists') throw new Error('expected shortlists');
    expect(last.result.status).toBe('ok');
    expect(last.result.size).toBe(2);
    expect(last.result.shortlists).toHaveLength(12);
    expect(last.result.shortlists.every((list) => list.candidates.length === 2)).toBe(true);
    expect(structuredClone(last)).toEqual(last);
  });

  it('cancels a shortlist whose cancel arrived first, and uses the default size without one', () => {
    const out: WorkerResponse[] = [];
    const handle = createMatchingWorkerHandler((r) => out.push(r));
    handle({ type: 'cancel', jobId: 's2' });
    handle({ type: 'shortlist', jobId: 's2', input: input(10) });
    const cancelled = out.at(-1)!;
    if (cancelled.type !== 'shortlists') throw new Error('expected shortlists');
    expect(cancelled.result.status).toBe('cancelled');
    handle({ type: 'shortlist', jobId: 's3', input: input(10) });
    const full = out.at(-1)!;
    if (full.type !== 'shortlists') throw new Error('expected shortlists');
    expect(full.result.size).toBe(5);
  });
});
