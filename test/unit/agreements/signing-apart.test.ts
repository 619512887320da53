import { describe, expect, it } from 'vitest';
import { setSignature, setTitle, takeSignatures } from '../../../src/lib/agreements/operations/agreement.ts';
import { LATER, NOW, ready } from './fixtures.ts';

describe('signing apart (takeSignatures)', () => {
  it("takes in the other party's signature under the same text", async () => {
    const mine = ready();
    const [mentor, mentee] = mine.parties;
    const theirs = await setSignature(structuredClone(mine), { partyId: mentee!.id, name: 'Noor', date: '2026-03-03' }, NOW);
    const signedHere = await setSignature(mine, { partyId: mentor!.id, name: 'Sam', date: '2026-03-02' }, NOW);
    const { agreement, added } = await takeSignatures(signedHere, theirs, LATER);
    expect(added.map((signature) => signature.name)).toEqual(['Noor']);
    expect(agreement.signatures.map((signature) => signature.name)).toEqual(['Sam', 'Noor']);
  });

  it('refuses a signature under another text, and a forged fingerprint', async () => {
    const mine = ready();
    const mentee = mine.parties[1]!;
    const otherText = await setSignature(setTitle(structuredClone(mine), 'Another title', NOW), { partyId: mentee.id, name: 'Noor', date: '2026-03-03' }, NOW);
    expect((await takeSignatures(mine, otherText, LATER)).added).toEqual([]);
    const forged = { signatures: [{ partyId: mentee.id, name: 'Noor', date: '2026-03-03', fingerprint: 'f'.repeat(64) }] };
    const result = await takeSignatures(mine, forged, LATER);
    expect(result.added).toEqual([]);
    expect(result.agreement).toBe(mine);
  });

  it('ignores parties that are not in this agreement and keeps a signature made here', async () => {
    const mine = ready();
    const mentor = mine.parties[0]!;
    const signedHere = await setSignature(mine, { partyId: mentor.id, name: 'Sam here', date: '2026-03-02' }, NOW);
    const theirs = await setSignature(structuredClone(mine), { partyId: mentor.id, name: 'Sam there', date: '2026-03-04' }, NOW);
    const stranger = { signatures: [{ ...theirs.signatures[0]!, partyId: 'nobody' }] };
    expect((await takeSignatures(signedHere, theirs, LATER)).agreement.signatures.map((signature) => signature.name)).toEqual(['Sam here']);
    expect((await takeSignatures(signedHere, stranger, LATER)).added).toEqual([]);
  });
});
