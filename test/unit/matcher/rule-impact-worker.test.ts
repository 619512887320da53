// The rule counts' worker: the pure handler, and the UI's client against a fake Worker that runs
// the real handler — latest request wins, one request at a time, short lists in place, errors.
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../src/lib/matching/types.ts';
import { DEFAULT_RULES } from '../../../src/lib/matcher/model.ts';
import { createProject } from '../../../src/lib/matcher/operations.ts';
import { createRuleImpactClient, type RuleImpactWorkerLike } from '../../../src/lib/matcher/rule-impact-client.ts';
import {
  createRuleImpactHandler,
  ruleImpactSetup,
  type RuleImpactRequest,
  type RuleImpactResponse,
} from '../../../src/lib/matcher/rule-impact-protocol.ts';
import { ruleImpact, type RuleImpactSetup } from '../../../src/lib/matcher/rule-impact.ts';

let counter = 0;
const project = createProject('Test', 'careerMentoring', { newId: () => `id${counter++}`, now: '2026-03-01T10:00:00.000Z' });
const setup = ruleImpactSetup({ ...project, mode: { kind: 'mentoring' }, rules: { ...DEFAULT_RULES } });
const people: Participant[] = [
  { id: 'boss', name: 'Boss', role: 'mentor', languages: ['nl'], department: 'IT' },
  { id: 'ann', name: 'Ann', role: 'mentee', managerId: 'boss', languages: ['nl'], department: 'IT' },
  { id: 'ed', name: 'Ed', role: 'mentor', languages: ['en'], department: 'HR' },
  { id: 'kim', name: 'Kim', role: 'mentee', languages: ['en'], department: 'HR' },
];
const withDepartments: RuleImpactSetup = { ...setup, rules: { ...setup.rules, differentDepartment: true } };

/** Delivers messages on demand (`flush`), as a real worker would between tasks; posts are cloned as a real one would. */
class FakeWorker implements RuleImpactWorkerLike {
  onmessage: RuleImpactWorkerLike['onmessage'] = null;
  onerror: RuleImpactWorkerLike['onerror'] = null;
  terminated = false;
  readonly received: RuleImpactRequest[] = [];
  private readonly outbox: RuleImpactResponse[] = [];
  private readonly handle = createRuleImpactHandler((response) => this.outbox.push(response));
  postMessage(message: RuleImpactRequest): void {
    if (this.terminated) throw new Error('terminated worker used');
    this.received.push(structuredClone(message));
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Counts the requests received so far and delivers the answers. */
  flush(): void {
    for (const request of this.received.splice(0)) this.handle(request);
    for (const response of this.outbox.splice(0)) this.onmessage?.({ data: structuredClone(response) });
  }
}

function setupClient(inPlaceBelow = 0) {
  const workers: FakeWorker[] = [];
  const client = createRuleImpactClient(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    { inPlaceBelow },
  );
  return { client, workers };
}

describe('rule impact handler', () => {
  it('answers a count with what ruleImpact counts, under the same request id', () => {
    const responses: RuleImpactResponse[] = [];
    createRuleImpactHandler((response) => responses.push(response))({ type: 'count', requestId: 7, setup, participants: people });
    expect(responses).toEqual([{ type: 'counted', requestId: 7, impact: ruleImpact(setup, people) }]);
  });

  it('answers null for a mode the engine would not run, and an error for input it cannot read', () => {
    const responses: RuleImpactResponse[] = [];
    const handle = createRuleImpactHandler((response) => responses.push(response));
    handle({ type: 'count', requestId: 1, setup: { ...setup, mode: { kind: 'groups', size: 1 } }, participants: people });
    handle({ type: 'count', requestId: 2, setup: { ...setup, review: null as unknown as RuleImpactSetup['review'] }, participants: people });
    expect(responses[0]).toEqual({ type: 'counted', requestId: 1, impact: null });
    expect(responses[1]).toMatchObject({ type: 'error', requestId: 2 });
    expect(responses[1]!.type === 'error' && responses[1]!.error.length > 0).toBe(true);
  });

  it('sends only what the counts read of a project, not its table', () => {
    expect(Object.keys(ruleImpactSetup(project)).sort()).toEqual(['allowRepeats', 'mode', 'review', 'rounds', 'rules']);
  });
});

describe('rule impact client', () => {
  it('counts in the worker and keeps it for the next count', async () => {
    const { client, workers } = setupClient();
    const counted = client.count(setup, people);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received).toMatchObject([{ type: 'count', setup, participants: people }]);
    workers[0]!.flush();
    expect(await counted).toEqual({ kind: 'counted', impact: ruleImpact(setup, people) });
    const next = client.count(withDepartments, people);
    expect(workers).toHaveLength(1);
    workers[0]!.flush();
    expect(await next).toEqual({ kind: 'counted', impact: ruleImpact(withDepartments, people) });
  });

  it('lets the latest request win: older ones are superseded, the worker gets one at a time, and the newest waits its turn', async () => {
    const { client, workers } = setupClient();
    const first = client.count(setup, people);
    const second = client.count({ ...setup, rules: { ...setup.rules, sharedLanguage: false } }, people);
    const third = client.count(withDepartments, people);
    // The first is being counted; the second never reaches the worker; the third waits.
    expect(await first).toEqual({ kind: 'superseded' });
    expect(await second).toEqual({ kind: 'superseded' });
    const worker = workers[0]!;
    expect(worker.received.map((request) => request.setup)).toEqual([setup]);
    worker.flush();
    // The first's answer only frees the worker; the third goes out then, to the same worker.
    expect(worker.terminated).toBe(false);
    expect(worker.received.map((request) => request.setup)).toEqual([withDepartments]);
    worker.flush();
    expect(await third).toEqual({ kind: 'counted', impact: ruleImpact(withDepartments, people) });
    expect(workers).toHaveLength(1);
  });

  it('ignores an answer to a request it did not send', async () => {
    const { client, workers } = setupClient();
    const counted = client.count(setup, people);
    workers[0]!.onmessage?.({ data: { type: 'counted', requestId: 999, impact: null } });
    let settled = false;
    void counted.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    workers[0]!.flush();
    expect(await counted).toEqual({ kind: 'counted', impact: ruleImpact(setup, people) });
  });

  it('counts short lists in place, without a worker, and supersedes a count still in the worker', async () => {
    const { client, workers } = setupClient(3);
    const long = client.count(setup, people);
    expect(await client.count(setup, people.slice(0, 2))).toEqual({ kind: 'counted', impact: ruleImpact(setup, people.slice(0, 2)) });
    expect(await long).toEqual({ kind: 'superseded' });
    expect(workers).toHaveLength(1);
    const inPlaceOnly = setupClient(3);
    await inPlaceOnly.client.count(setup, people.slice(0, 1));
    expect(inPlaceOnly.workers).toHaveLength(0);
  });

  it('reports a count that throws in the worker as an error, and counts the next one', async () => {
    const { client, workers } = setupClient();
    const broken = client.count({ ...setup, review: null as unknown as RuleImpactSetup['review'] }, people);
    workers[0]!.flush();
    const outcome = await broken;
    expect(outcome.kind).toBe('error');
    const next = client.count(setup, people);
    workers[0]!.flush();
    expect((await next).kind).toBe('counted');
  });

  it('reports a worker that fails as an error, drops it, and sends the waiting request to a fresh one', async () => {
    const { client, workers } = setupClient();
    const first = client.count(setup, people);
    workers[0]!.onerror?.({ message: 'script failed to load' });
    expect(await first).toEqual({ kind: 'error', error: 'script failed to load' });
    expect(workers[0]!.terminated).toBe(true);

    const sent = client.count(setup, people);
    const waiting = client.count(withDepartments, people);
    workers[1]!.onerror?.({});
    expect(await sent).toEqual({ kind: 'superseded' });
    expect(workers).toHaveLength(3);
    workers[2]!.flush();
    expect(await waiting).toEqual({ kind: 'counted', impact: ruleImpact(withDepartments, people) });
  });

  it('reports input the worker cannot be sent as an error', async () => {
    const { client } = setupClient();
    const unclonable = [{ ...people[0]!, name: (() => 'x') as unknown as string }];
    expect((await client.count(setup, unclonable)).kind).toBe('error');
  });

  it('dispose terminates the worker and supersedes what is pending; a later count starts a new one', async () => {
    const { client, workers } = setupClient();
    const first = client.count(setup, people);
    const waiting = client.count(withDepartments, people);
    client.dispose();
    expect(await first).toEqual({ kind: 'superseded' });
    expect(await waiting).toEqual({ kind: 'superseded' });
    expect(workers[0]!.terminated).toBe(true);
    const next = client.count(setup, people);
    expect(workers).toHaveLength(2);
    workers[1]!.flush();
    expect((await next).kind).toBe('counted');
  });
});
