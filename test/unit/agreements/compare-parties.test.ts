import { describe, expect, it } from 'vitest';
import { combine, compareDrafts } from '../../../src/lib/agreements/compare.ts';
import { LATER, ready } from './fixtures.ts';

describe('comparing the parties of two drafts', () => {
  it('lists a difference per party and field when both drafts have the same parties', () => {
    const mine = ready();
    const [mentor, mentee] = mine.parties;
    const theirs = {
      ...mine,
      parties: [
        { ...mentor!, name: 'Sam de Vries' },
        { ...mentee!, contact: 'noor@example.org' },
      ],
    };
    expect(compareDrafts(mine, theirs).differences.map((difference) => difference.key)).toEqual([
      `parties.${mentor!.id}.name`,
      `parties.${mentee!.id}.contact`,
    ]);
  });

  it('takes one party field from each side, and writes a name together', () => {
    const mine = { ...ready(), parties: ready().parties.map((party, index) => ({ ...party, contact: index === 0 ? 'sam@mine' : '' })) };
    const [mentor, mentee] = mine.parties;
    const theirs = { ...mine, parties: [{ ...mentor!, name: 'Sam (theirs)', contact: 'sam@theirs' }, { ...mentee!, name: 'Noor (theirs)' }] };
    const result = combine(
      mine,
      theirs,
      {
        [`parties.${mentor!.id}.name`]: { written: 'Sam de Vries' },
        [`parties.${mentor!.id}.contact`]: 'mine' as const,
        [`parties.${mentee!.id}.name`]: 'theirs' as const,
      },
      LATER,
    );
    expect(result.ok && result.agreement.parties.map((party) => [party.name, party.contact])).toEqual([
      ['Sam de Vries', 'sam@mine'],
      ['Noor (theirs)', ''],
    ]);
  });

  it('refuses a written name that is too long', () => {
    const mine = ready();
    const mentor = mine.parties[0]!;
    const theirs = { ...mine, parties: [{ ...mentor, name: 'Other' }, mine.parties[1]!] };
    const result = combine(mine, theirs, { [`parties.${mentor.id}.name`]: { written: 'x'.repeat(500) } }, LATER);
    expect(result).toEqual({ ok: false, undecided: [], invalid: [`parties.${mentor.id}.name`] });
  });

  it('compares the list as a whole when a party was added or removed', () => {
    const mine = ready();
    const theirs = { ...mine, parties: mine.parties.slice(0, 1) };
    expect(compareDrafts(mine, theirs).differences.map((difference) => difference.key)).toEqual(['parties']);
  });
});
