import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combine, compareDrafts } from '../../../src/lib/agreements/compare.ts';
import { canonicalJson, fingerprint, shortCode } from '../../../src/lib/agreements/fingerprint.ts';
import { setSignature, setTitle, updateSectionField } from '../../../src/lib/agreements/operations/agreement.ts';
import { decodeDraft, draftToFile, encodeDraft, MAX_FRAGMENT_LENGTH, parseDraftFile } from '../../../src/lib/agreements/share.ts';
import { TEMPLATE_IDS } from '../../../src/lib/agreements/model.ts';
import { createFromTemplate } from '../../../src/lib/agreements/templates.ts';
import { context, LATER, NOW, ready } from './fixtures.ts';

/** The same value with the keys of every object in a shuffled order. */
function shuffled(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffled(item, random));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  return Object.fromEntries(keys.map((key) => [key, shuffled((value as Record<string, unknown>)[key], random)]));
}

/** Every leaf of the agreed content, as a path. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [path];
}

function changedAt(value: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const old = target[last];
  target[last] = typeof old === 'string' ? `${old}x` : typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : 'x';
  return copy;
}

describe('fingerprint', () => {
  it('is a 64-digit hex SHA-256 with a short grouped code', async () => {
    const print = await fingerprint(ready());
    expect(print).toMatch(/^[0-9a-f]{64}$/);
    expect(shortCode(print)).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('ignores id, timestamps, signatures, history and archiving', async () => {
    const agreement = ready();
    const other = { ...agreement, id: 'other', archived: true, createdAt: LATER, updatedAt: LATER, history: [], signatures: [] };
    expect(await fingerprint(other)).toBe(await fingerprint(agreement));
  });

  it('is the same under any key order and changes when any agreed field changes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TEMPLATE_IDS), fc.integer(), fc.nat(), async (template, seed, pick) => {
        const agreement = { ...ready(template), ...createFromTemplate(template, context()), title: 'T' };
        let state = seed;
        const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
        const print = await fingerprint(agreement);
        expect(await fingerprint(shuffled(agreement, random) as typeof agreement)).toBe(print);
        const content = { title: agreement.title, template: agreement.template, language: agreement.language, parties: agreement.parties, sections: agreement.sections };
        const paths = leaves(content);
        const path = paths[pick % paths.length]!;
        expect(await fingerprint(changedAt(content, path) as typeof agreement)).not.toBe(print);
      }),
      { numRuns: 60 },
    );
  });
});

describe('sharing a draft in a link fragment', () => {
  it('round-trips any agreement (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TEMPLATE_IDS), fc.string({ maxLength: 200 }), fc.string({ maxLength: 300 }), async (template, title, note) => {
        let agreement = setTitle(createFromTemplate(template, context()), title, NOW);
        agreement = updateSectionField(agreement, 'feedback', 'note', note, NOW);
        const encoded = await encodeDraft(agreement);
        expect(encoded.ok).toBe(true);
        if (!encoded.ok) return;
        expect(encoded.fragment).toMatch(/^mka1\.[A-Za-z0-9_-]+$/);
        const decoded = await decodeDraft(`#${encoded.fragment}`);
        expect(decoded).toEqual({ ok: true, agreement: { ...agreement, history: [] } });
      }),
      { numRuns: 40 },
    );
  });

  it('says tooLong when the link would be too long, and the file still works', async () => {
    let agreement = ready();
    for (const field of ['purpose'] as const) agreement = updateSectionField(agreement, 'purpose', field, Array.from({ length: 2000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join(''), NOW);
    for (const section of ['network', 'feedback', 'difficulties', 'exit'] as const) {
      agreement = updateSectionField(agreement, section, 'note', Array.from({ length: 2000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 104729 + section.length) % 20000))).join(''), NOW);
    }
    const encoded = await encodeDraft(agreement);
    expect(encoded).toMatchObject({ ok: false, tooLong: true, max: MAX_FRAGMENT_LENGTH });
    expect(parseDraftFile(draftToFile(agreement))).toEqual({ ok: true, agreement: { ...agreement, history: [] } });
  });

  it('gives a clear message for what is not a draft, damaged, too large or newer', async () => {
    const encoded = await encodeDraft(ready());
    const fragment = encoded.ok ? encoded.fragment : '';
    const key = async (text: string) => {
      const decoded = await decodeDraft(text);
      return decoded.ok ? 'ok' : decoded.error.key;
    };
    expect(await key('hello')).toBe('agreements.share.notADraft');
    expect(await key('mka2.abcd')).toBe('agreements.share.newerVersion');
    expect(await key('mka1.!!!')).toBe('agreements.share.damaged');
    expect(await key(`${fragment.slice(0, -10)}AAAAAAAAAA`)).toBe('agreements.share.damaged');
    expect(await key(`mka1.${'A'.repeat(MAX_FRAGMENT_LENGTH * 2)}`)).toBe('agreements.share.tooLarge');
    // A small link that inflates to far more than any draft.
    const bomb = new Uint8Array(await new Response(new Blob([new Uint8Array(2_000_000)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    const bombText = btoa(String.fromCharCode(...bomb)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(await key(`mka1.${bombText}`)).toBe('agreements.share.tooLarge');
    expect(parseDraftFile('{"app":"mentorkit","type":"agreement-draft","version":9}')).toMatchObject({ ok: false, error: { key: 'agreements.share.newerVersion' } });
    expect(parseDraftFile('{"app":"mentorkit","type":"agreement-draft","version":1,"agreement":{}}')).toMatchObject({ ok: false, error: { key: 'agreements.share.damaged' } });
    expect(parseDraftFile('not json')).toMatchObject({ ok: false, error: { key: 'agreements.share.notADraft' } });
  });
});

describe('comparing and combining two drafts', () => {
  const base = ready();
  const mine = updateSectionField(setTitle(base, 'Mijn titel', NOW), 'meetings', 'minutes', 45, NOW);
  const { network: _network, ...withoutNetwork } = base.sections;
  const theirs = updateSectionField(updateSectionField({ ...base, sections: withoutNetwork }, 'meetings', 'minutes', 90, NOW), 'meetings', 'place', 'Kantine', NOW);

  it('lists the differing fields with both values, section by section', () => {
    const { sameAgreement, differences } = compareDrafts(mine, theirs);
    expect(sameAgreement).toBe(true);
    expect(differences.map((difference) => difference.key)).toEqual(['title', 'meetings.minutes', 'meetings.place', 'network.*']);
    expect(differences[1]).toMatchObject({ section: 'meetings', field: 'minutes', mine: 45, theirs: 90 });
    expect(compareDrafts(mine, mine).differences).toEqual([]);
  });

  it('combines the choices into one agreed version', () => {
    const result = combine(mine, theirs, { title: 'theirs', 'meetings.minutes': { written: 60 }, 'meetings.place': 'theirs', 'network.*': 'theirs' }, LATER);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.agreement).toMatchObject({ title: base.title, id: mine.id, updatedAt: LATER });
    expect(result.agreement.sections.meetings).toMatchObject({ minutes: 60, place: 'Kantine' });
    expect(result.agreement.sections.network).toBeUndefined();
    expect(compareDrafts(result.agreement, { ...theirs, sections: { ...theirs.sections, meetings: { ...theirs.sections.meetings!, minutes: 60 } } }).differences).toEqual([]);
    const kept = combine(mine, theirs, { title: 'mine', 'meetings.minutes': 'mine', 'meetings.place': 'mine', 'network.*': 'mine' }, LATER);
    expect(kept).toEqual({ ok: true, agreement: mine });
  });

  it('refuses while a difference is undecided or a written value is invalid', () => {
    expect(combine(mine, theirs, { title: 'mine', 'meetings.minutes': { written: 'lots' } }, LATER)).toEqual({
      ok: false, undecided: ['meetings.place', 'network.*'], invalid: ['meetings.minutes'],
    });
  });

  it('a signed version that the combination changes is unsigned, into history', async () => {
    let signed = mine;
    for (const party of mine.parties) signed = await setSignature(signed, { partyId: party.id, name: party.name, date: '2026-03-05' }, NOW);
    const result = combine(signed, theirs, { title: 'mine', 'meetings.minutes': 'theirs', 'meetings.place': 'mine', 'network.*': 'mine' }, LATER);
    expect(result.ok && result.agreement.signatures.length === 0 && result.agreement.history.length === 1).toBe(true);
  });
});
