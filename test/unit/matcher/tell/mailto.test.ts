// Opening the introduction in the mail client: addresses from the list's e-mail column, a
// percent-encoded link, and a refusal past the safe length.
import { describe, expect, it } from 'vitest';
import { setColumnTarget } from '../../../../src/lib/matcher/import/headers.ts';
import { projectParticipants } from '../../../../src/lib/matcher/input.ts';
import { emailAddresses, isEmailAddress, MAILTO_LIMIT, mailtoLink } from '../../../../src/lib/matcher/tell/mailto.ts';
import { HEADERS, ROWS, sampleProject } from './project.ts';

describe('emailAddresses', () => {
  it('reads the e-mail column beside an id column, by participant id, skipping empty cells', () => {
    const project = sampleProject();
    expect(project.mapping!.columns[2]!.target).toEqual({ attribute: 'E-mail', as: 'text' });
    expect([...emailAddresses(project)]).toEqual([['1', 'renee.jansen@example.nl'], ['2', 'joel@example.nl'], ['4', 'sum@example.nl'], ['5', 'ana@example.nl']]);
  });

  it('reads it when it is the id (no id column), and when it is ignored', () => {
    const withoutId = sampleProject(ROWS.map((row) => row.slice(1)), HEADERS.slice(1));
    expect(withoutId.mapping!.columns[1]).toMatchObject({ target: 'id', source: 'email' });
    const ids = projectParticipants(withoutId).participants.map((person) => person.id);
    expect(ids).toEqual(['renee.jansen@example.nl', 'joel@example.nl', 'sum@example.nl', 'ana@example.nl']);
    expect([...emailAddresses(withoutId).keys()]).toEqual(ids);
    const fresh = sampleProject();
    const ignored = setColumnTarget(fresh.mapping!, 2, 'ignore');
    expect(emailAddresses({ ...fresh, mapping: ignored }).get('5')).toBe('ana@example.nl');
  });

  it('has none without a mapping or an e-mail column', () => {
    const project = sampleProject();
    expect(emailAddresses({ ...project, mapping: null }).size).toBe(0);
    expect(emailAddresses({ ...project, table: { ...project.table, headers: project.table.headers.map((h) => (h === 'E-mail' ? 'Opmerking' : h)) } }).size).toBe(0);
  });

  it('accepts plausible addresses only', () => {
    expect(['a@b.nl', 'renee.o\'neil+mentor@sub.example.co.uk'].every(isEmailAddress)).toBe(true);
    expect(['', 'a@b', 'a b@c.nl', 'a@b.nl; c@d.nl', 'Renée <r@x.nl>', '@x.nl'].some(isEmailAddress)).toBe(false);
  });
});

describe('mailtoLink', () => {
  const addresses = new Map([['1', 'renee.jansen@example.nl'], ['2', 'j&o?el%@example.nl']]);

  it('puts the addresses in the path and encodes subject and body, line breaks as CRLF', () => {
    const outcome = mailtoLink(['1', '2', '3'], addresses, 'Kennismaking: Renée & Joël', 'Beste Renée,\n\n• 100% raak?\r\nGroet');
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.url).toBe(
      'mailto:renee.jansen@example.nl,j%26o%3Fel%25@example.nl?subject=Kennismaking%3A%20Ren%C3%A9e%20%26%20Jo%C3%ABl&body=Beste%20Ren%C3%A9e%2C%0D%0A%0D%0A%E2%80%A2%20100%25%20raak%3F%0D%0AGroet',
    );
    expect(outcome.missing).toEqual(['3']);
    const url = new URL(outcome.url);
    expect(url.searchParams.get('subject')).toBe('Kennismaking: Renée & Joël');
    expect(url.searchParams.get('body')).toBe('Beste Renée,\r\n\r\n• 100% raak?\r\nGroet');
  });

  it('goes to nobody when no address is known, naming everyone missing', () => {
    const outcome = mailtoLink(['8', '9'], addresses, 'Hoi', 'Tekst');
    expect(outcome).toEqual({ kind: 'ok', url: 'mailto:?subject=Hoi&body=Tekst', missing: ['8', '9'] });
  });

  it('refuses a link past the safe length, so the page offers to copy instead', () => {
    const long = 'Een lange uitleg met accenten: é. '.repeat(80);
    const outcome = mailtoLink(['1', '2'], addresses, 'Kennismaking', long);
    expect(outcome.kind).toBe('tooLong');
    if (outcome.kind === 'tooLong') {
      expect(outcome.limit).toBe(MAILTO_LIMIT);
      expect(outcome.length).toBeGreaterThan(MAILTO_LIMIT);
    }
    const justFits = mailtoLink([], new Map(), '', 'x'.repeat(MAILTO_LIMIT - 'mailto:?subject=&body='.length));
    expect(justFits.kind).toBe('ok');
    expect(mailtoLink([], new Map(), '', 'x'.repeat(MAILTO_LIMIT - 'mailto:?subject=&body='.length + 1)).kind).toBe('tooLong');
  });
});
