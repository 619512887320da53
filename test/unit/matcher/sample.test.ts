// The sample list reads like an imported file: every column recognised from the template's
// headers, no findings, 36 people in both languages with a three-level reporting tree. Run as the
// workbook runs it with the default programme (career mentoring), it shows the tool at its best:
// good matches on what mentees want to learn, and two or three people left over for different reasons.
import { describe, expect, it } from 'vitest';
import '../../../src/lib/i18n/all.ts';
import { translator } from '../../../src/lib/i18n/index.ts';
import { checkTable } from '../../../src/lib/matcher/import/check.ts';
import { suggestMapping } from '../../../src/lib/matcher/import/headers.ts';
import { TEMPLATE_FIELDS } from '../../../src/lib/matcher/import/templates.ts';
import { matchingInput, projectParticipants } from '../../../src/lib/matcher/input.ts';
import { createProject, importTable, tableFrom } from '../../../src/lib/matcher/operations.ts';
import { sampleTable } from '../../../src/lib/matcher/sample.ts';
import { runMatching } from '../../../src/lib/matching/index.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

const NOW = '2026-03-01T10:00:00.000Z';

/** What "try the sample data" does in a new project with the default programme, then a run. */
function sampleRun(locale: Locale) {
  let next = 0;
  const context = { newId: () => `id-${next++}`, now: NOW };
  const { headers, rows } = sampleTable(locale, translator(locale));
  const project = importTable(
    createProject('Sample', 'careerMentoring', context),
    tableFrom(headers, rows, undefined, context.newId),
    suggestMapping(headers, rows),
    { kind: 'sample', fileName: null, encoding: null, separator: null, sheet: null },
    NOW,
  );
  const { participants, issues } = projectParticipants(project);
  const result = runMatching(matchingInput(project, participants));
  if (result.status === 'cancelled' || !('matches' in result)) throw new Error(`the sample run did not solve: ${result.status}`);
  return { participants, issues, result };
}

describe('the sample data', () => {
  for (const locale of ['nl', 'en'] as const) {
    it(`is a clean list in ${locale}`, () => {
      const { headers, rows } = sampleTable(locale, translator(locale));
      const mapping = suggestMapping(headers, rows);
      expect(mapping.columns.map((choice) => choice.target)).toEqual([...TEMPLATE_FIELDS]);
      const { participants, issues } = checkTable({ headers, rows }, mapping);
      expect(issues).toEqual([]);
      expect(participants).toHaveLength(36);
      const roles = new Set(participants.map((person) => person.role));
      expect(roles).toEqual(new Set(['mentor', 'mentee', 'both']));
      // Three levels: the director, managers reporting to her, and people reporting to them.
      const managerOf = new Map(participants.map((person) => [person.id, person.managerId]));
      const depth = (id: string): number => (managerOf.get(id) ? 1 + depth(managerOf.get(id)!) : 0);
      expect(Math.max(...participants.map((person) => depth(person.id)))).toBe(3);
      expect(participants.filter((person) => (person.preferredPartners ?? []).length > 0).length).toBeGreaterThanOrEqual(5);
      expect(participants.every((person) => (person.languages ?? []).length > 0)).toBe(true);
    });
  }

  for (const locale of ['nl', 'en'] as const) {
    it(`makes a good career-mentoring run in ${locale}`, () => {
      const { participants, issues, result } = sampleRun(locale);
      expect(issues).toEqual([]); // no errors, and no warnings either: the sample needs none
      expect(result.status).toBe('ok');
      expect(result.dataQuality.filter((issue) => issue.severity === 'error')).toEqual([]);
      const { summary } = result;
      expect(summary.matched + summary.unmatched).toBe(36);
      expect(summary.unmatched).toBeGreaterThanOrEqual(2);
      expect(summary.unmatched).toBeLessThanOrEqual(3);
      expect(summary.meanScore).toBeGreaterThan(50);
      expect(result.matches.filter((match) => match.score > 70).length).toBeGreaterThanOrEqual(5);
      // Every mentee's mentor offers at least one thing the mentee wants to learn.
      const byId = new Map(participants.map((person) => [person.id, person]));
      for (const match of result.matches) {
        const mentor = byId.get(match.mentorId!)!;
        const mentee = byId.get(match.ids.find((id) => id !== match.mentorId)!)!;
        expect((mentee.skillsWanted ?? []).some((skill) => (mentor.skillsOffered ?? []).includes(skill)), `${mentor.name} → ${mentee.name}`).toBe(true);
      }
      // The people left over each show a different explanation.
      const explanations = result.unmatched.map((person) => `${person.reason}/${person.topRule ?? '-'}`);
      expect(new Set(explanations).size).toBe(explanations.length);
    });
  }

  it('gives the same result in both languages', () => {
    const outcome = (locale: Locale) => {
      const { result } = sampleRun(locale);
      return { matches: result.matches.map((match) => [match.ids, match.score]), unmatched: result.unmatched.map((person) => [person.id, person.reason]) };
    };
    expect(outcome('en')).toEqual(outcome('nl'));
  });

  it('speaks the page\'s language', () => {
    expect(sampleTable('nl', translator('nl')).rows[1]).toContain('Financiën');
    expect(sampleTable('en', translator('en')).rows[1]).toContain('Finance');
    expect(sampleTable('nl', translator('nl')).rows[11]![2]).toBe('beide');
  });
});
