// A result never contradicts its own status: `mode` names the mode that was solved, and is
// null (with nothing listed) when none was — no fallback mode the input never asked for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMatching, type MatchingInput, type MatchingResult, type Participant } from '../../../src/lib/matching/index.ts';
import { looseInputArb } from './arbitraries.ts';

const person = (id: string, role: Participant['role']): Participant => ({ id, name: id, role, languages: ['nl'] });
const keys = (r: MatchingResult): string[] => r.dataQuality.map((d) => d.message.key);
const people = [person('m1', 'mentor'), person('m2', 'mentor'), person('e1', 'mentee'), person('e2', 'mentee')];

function expectUnsolved(r: MatchingResult, status: 'dataError' | 'cancelled'): void {
  expect(r.status).toBe(status);
  expect(r.mode).toBeNull();
  expect(r.matches).toEqual([]);
  expect(r.unmatched).toEqual([]);
  expect(r.groupBound).toBeUndefined();
  expect(r.blockingPairs).toBeUndefined();
}

describe('result status', () => {
  it('without a mode: a data error that claims no mode', () => {
    const r = runMatching({ participants: people, criteria: [] } as unknown as MatchingInput);
    expectUnsolved(r, 'dataError');
    expect(keys(r)).toContain('matching.data.unknownMode');
    expect(r.summary.participants).toBe(4);
  });

  it('with an unknown mode or invalid group sizes: a data error that claims no mode', () => {
    const unknown = runMatching({ participants: people, criteria: [], mode: { kind: 'speedDating' } } as unknown as MatchingInput);
    expectUnsolved(unknown, 'dataError');
    const groups = runMatching({ participants: people, criteria: [], mode: { kind: 'groups', size: 3, minSize: 4 } });
    expectUnsolved(groups, 'dataError');
    expect(keys(groups)).toContain('matching.data.invalidGroupSize');
  });

  it('too large to solve: a data error that claims no mode', () => {
    const crowd = Array.from({ length: 3001 }, (_, i) => person(`p${i}`, 'both'));
    const r = runMatching({ participants: crowd, criteria: [], mode: { kind: 'peers' } });
    expectUnsolved(r, 'dataError');
    expect(keys(r)).toContain('matching.data.tooLarge');
  });

  it('groups larger than the whole pool: no groups and no crash (found by the property below)', () => {
    const r = runMatching({ participants: [], mode: { kind: 'groups', minSize: 2323267283572593, maxSize: 4392769770939464 } } as unknown as MatchingInput);
    expect('matches' in r ? r.matches : []).toEqual([]);
    const two = runMatching({
      participants: [{ id: 'a', name: 'A', role: 'both' }, { id: 'b', name: 'B', role: 'both' }],
      criteria: [],
      mode: { kind: 'groups', minSize: 3, size: 3, maxSize: 4 },
    } as unknown as MatchingInput);
    expect('matches' in two ? two.matches : []).toEqual([]);
  });

  it('cancelled: claims no mode', () => {
    const r = runMatching({ participants: people, criteria: [], mode: { kind: 'mentoring' } }, { isCancelled: () => true });
    expectUnsolved(r, 'cancelled');
  });

  it('duplicate ids: a data error from a mode that did run, for everyone else', () => {
    const r = runMatching({ participants: [...people, person('e2', 'mentee')], criteria: [], mode: { kind: 'mentoring' } });
    expect(r.status).toBe('dataError');
    expect(r.mode).toBe('mentoring');
    expect(r.matches.map((m) => m.ids[1])).toEqual(['e1']);
    expect(r.unmatched.map((u) => u.reason).sort()).toEqual(['duplicateId', 'outscored']);
  });

  it('on any input: ok only with a mode and no error, a mode only the one asked for, nothing listed without one', () => {
    fc.assert(
      fc.property(looseInputArb, (raw) => {
        const r = runMatching(raw as MatchingInput);
        const errors = r.dataQuality.filter((d) => d.severity === 'error').length;
        expect(r.status === 'dataError').toBe(errors > 0);
        if (r.mode === null) {
          expect(r.status).not.toBe('ok');
          expect([r.matches.length, r.unmatched.length]).toEqual([0, 0]);
        } else {
          expect(r.mode).toBe((raw as { mode: { kind: unknown } }).mode.kind);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is typed so that an unsolved result cannot carry a mode or matches', () => {
    const summary = runMatching({ participants: [], criteria: [], mode: { kind: 'peers' } }).summary;
    // @ts-expect-error a cancelled run solved no mode
    const claimsMode: MatchingResult = { status: 'cancelled', mode: 'peers', objective: 'total', matches: [], unmatched: [], summary, dataQuality: [] };
    const match = { ids: ['a', 'b'], score: 0, breakdown: [], locked: false, brokenRules: [] };
    // @ts-expect-error without a mode there are no matches
    const claimsMatches: MatchingResult = { status: 'dataError', mode: null, objective: 'total', matches: [match], unmatched: [], summary, dataQuality: [] };
    expect([claimsMode.status, claimsMatches.status]).toEqual(['cancelled', 'dataError']);
  });
});
