import { describe, expect, it } from 'vitest';
import { fieldApplies } from '../../../src/lib/agreements/rules.ts';
import { addResponsibility, removeResponsibility, restoreResponsibility, updateResponsibility } from '../../../src/lib/agreements/operations/agreement.ts';
import { LIMITS } from '../../../src/lib/agreements/model.ts';
import { ids, LATER, ready } from './fixtures.ts';

describe('which fields apply', () => {
  it('shows the exceptions only when talks are confidential, and the other one only when chosen', () => {
    const off = { confidential: false, exceptions: ['other'], otherException: 'x' };
    expect(fieldApplies('confidentiality', 'confidential', off)).toBe(true);
    expect(fieldApplies('confidentiality', 'exceptions', off)).toBe(false);
    const on = { confidential: true, exceptions: ['safety'], otherException: '' };
    expect(fieldApplies('confidentiality', 'exceptions', on)).toBe(true);
    expect(fieldApplies('confidentiality', 'otherException', on)).toBe(false);
    expect(fieldApplies('confidentiality', 'otherException', { ...on, exceptions: ['other'] })).toBe(true);
    expect(fieldApplies('difficulties', 'mediatorName', { mediator: 'coordinator' })).toBe(true);
  });
});

describe('responsibilities', () => {
  it('adds, edits, removes and restores one, in place', () => {
    const start = ready();
    const added = addResponsibility(start, { newId: ids('r'), now: LATER });
    const items = added.sections.responsibilities!.items;
    const fresh = items.at(-1)!;
    expect(fresh).toEqual({ id: 'r-1', who: 'both', standard: null, text: '' });
    const edited = updateResponsibility(added, fresh.id, { who: 'mentee', text: 'Sends the topics a day ahead' }, LATER);
    expect(edited.sections.responsibilities!.items.at(-1)).toMatchObject({ who: 'mentee', text: 'Sends the topics a day ahead' });
    const first = items[0]!;
    const { agreement: without, removed } = removeResponsibility(edited, first.id, LATER);
    expect(without.sections.responsibilities!.items.map((item) => item.id)).not.toContain(first.id);
    const back = restoreResponsibility(without, removed!, LATER);
    expect(back.sections.responsibilities!.items).toEqual(edited.sections.responsibilities!.items);
    expect(restoreResponsibility(back, removed!, LATER)).toBe(back);
  });

  it('stops at the limit', () => {
    let agreement = ready();
    const newId = ids('r');
    for (let i = 0; i < LIMITS.responsibilities + 3; i += 1) agreement = addResponsibility(agreement, { newId, now: LATER });
    expect(agreement.sections.responsibilities!.items).toHaveLength(LIMITS.responsibilities);
  });
});
