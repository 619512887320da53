import { createFromTemplate, type TemplateContext } from '../../../src/lib/agreements/templates.ts';
import { emptyCalendar, type Agreement, type CalendarSettings, type Frequency, type TemplateId } from '../../../src/lib/agreements/model.ts';

export const NOW = '2026-03-01T10:00:00.000Z';
export const LATER = '2026-03-02T10:00:00.000Z';

export function ids(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
}

export function context(overrides: Partial<TemplateContext> = {}): TemplateContext {
  return { newId: ids(), now: NOW, language: 'nl', today: '2026-03-02', ...overrides };
}

/** An agreement ready to sign: names filled in and one goal. */
export function ready(template: TemplateId = 'oneOnOne'): Agreement {
  const agreement = createFromTemplate(template, context());
  return {
    ...agreement,
    title: 'Sam en Noor',
    parties: agreement.parties.map((party, index) => ({ ...party, name: `Party ${index + 1}` })),
    sections: { ...agreement.sections, purpose: { purpose: 'Groeien', goals: [{ id: 'g1', text: 'Feedback geven', smartGoalId: null }] } },
  };
}

/**
 * Thursdays from 5 March to 5 November 2026, both daylight-saving changes inside (29 March,
 * 25 October); Hemelvaartsdag (14 May) is a Thursday that year.
 */
export function planned(frequency: Frequency = 'weekly', calendar: Partial<CalendarSettings> = {}): Agreement {
  const agreement = ready();
  return {
    ...agreement,
    sections: {
      ...agreement.sections,
      duration: { start: '2026-03-05', end: '2026-11-05', review: '2026-07-02' },
      meetings: { ...agreement.sections.meetings!, frequency, minutes: 60, place: 'Kantoor Utrecht' },
    },
    calendar: { ...emptyCalendar(), time: '19:00', ...calendar },
  };
}
