// The coordinator's introduction texts in the project: stored clamped, one per language and
// kind, and read back strictly (bounded lengths, known languages and kinds, no duplicates).
import { describe, expect, it } from 'vitest';
import { INTRODUCTION_LIMITS, type MatchingProject } from '../../../../src/lib/matcher/model.ts';
import { setIntroductions } from '../../../../src/lib/matcher/operations.ts';
import { readProject } from '../../../../src/lib/matcher/validate.ts';
import { sampleProject } from './project.ts';

const NOW = '2025-03-04T09:00:00.000Z';
const roundTrip = (project: MatchingProject) => readProject(JSON.parse(JSON.stringify(project)), 0);

describe('introduction settings', () => {
  it('a project without them reads as before, with none', () => {
    const read = roundTrip(sampleProject());
    expect(read.ok && read.value.introductions).toBe(undefined);
  });

  it('are stored and read back as written', () => {
    const project = setIntroductions(
      sampleProject(),
      { signature: 'Sanne, coördinator', templates: [{ locale: 'en', kind: 'pair', subject: 'Hi {names}', body: 'Dear {names},\n{reasons}' }] },
      NOW,
    );
    expect(project.updatedAt).toBe(NOW);
    const read = roundTrip(project);
    expect(read.ok && read.value.introductions).toEqual({ signature: 'Sanne, coördinator', templates: [{ locale: 'en', kind: 'pair', subject: 'Hi {names}', body: 'Dear {names},\n{reasons}' }] });
  });

  it('are clamped to what the record holds and keep one template per language and kind', () => {
    const long = 'x'.repeat(INTRODUCTION_LIMITS.body + 50);
    const project = setIntroductions(
      sampleProject(),
      {
        signature: 's'.repeat(INTRODUCTION_LIMITS.signature + 1),
        templates: [
          { locale: 'nl', kind: 'group', subject: 'eerste', body: 'een' },
          { locale: 'nl', kind: 'group', subject: 'y'.repeat(INTRODUCTION_LIMITS.subject + 9), body: long },
        ],
      },
      NOW,
    );
    const settings = project.introductions!;
    expect(settings.signature).toHaveLength(INTRODUCTION_LIMITS.signature);
    expect(settings.templates).toHaveLength(1);
    expect(settings.templates[0]!.subject).toHaveLength(INTRODUCTION_LIMITS.subject);
    expect(settings.templates[0]!.body).toHaveLength(INTRODUCTION_LIMITS.body);
    expect(roundTrip(project).ok).toBe(true);
  });

  it('keep the chosen message language, and refuse one the app does not know', () => {
    const project = setIntroductions(sampleProject(), { signature: '', templates: [], language: 'en' }, NOW);
    const read = roundTrip(project);
    expect(read.ok && read.value.introductions).toEqual({ signature: '', templates: [], language: 'en' });
    expect(setIntroductions(sampleProject(), { signature: '', templates: [], language: 'fr' as never }, NOW).introductions).toEqual({ signature: '', templates: [] });
    const base = JSON.parse(JSON.stringify(project)) as { introductions: Record<string, unknown> };
    expect(readProject({ ...base, introductions: { ...base.introductions, language: 'fr' } }, 0).ok).toBe(false);
  });

  it('the same settings again change nothing', () => {
    const settings = { signature: 'Sanne', templates: [] };
    const once = setIntroductions(sampleProject(), settings, NOW);
    expect(setIntroductions(once, { ...settings }, '2025-03-05T09:00:00.000Z')).toBe(once);
  });

  it('refuse what the app never writes: too long, an unknown language or kind, a duplicate, a wrong type', () => {
    const base = JSON.parse(JSON.stringify(sampleProject())) as Record<string, unknown>;
    const withSettings = (introductions: unknown) => readProject({ ...base, introductions }, 0);
    const template = { locale: 'nl', kind: 'mentoring', subject: 'Hallo', body: 'Beste {mentor}' };
    expect(withSettings({ signature: 'x'.repeat(INTRODUCTION_LIMITS.signature + 1), templates: [] })).toMatchObject({ ok: false, error: { key: 'matcher.validation.textTooLong' } });
    expect(withSettings({ signature: '', templates: [{ ...template, body: 'x'.repeat(INTRODUCTION_LIMITS.body + 1) }] })).toMatchObject({
      ok: false,
      error: { key: 'matcher.validation.textTooLong', params: { path: 'projects[0].introductions.templates[0].body' } },
    });
    expect(withSettings({ signature: '', templates: [{ ...template, locale: 'de' }] })).toMatchObject({ ok: false, error: { key: 'matcher.validation.wrongType' } });
    expect(withSettings({ signature: '', templates: [{ ...template, kind: 'trio' }] })).toMatchObject({ ok: false, error: { key: 'matcher.validation.wrongType' } });
    expect(withSettings({ signature: '', templates: [template, template] })).toMatchObject({ ok: false, error: { key: 'matcher.validation.duplicateId' } });
    expect(withSettings({ signature: '', templates: Array.from({ length: 7 }, () => template) })).toMatchObject({ ok: false, error: { key: 'matcher.validation.tooMany' } });
    expect(withSettings({ signature: 3, templates: [] })).toMatchObject({ ok: false, error: { key: 'matcher.validation.wrongType' } });
    expect(withSettings('hallo')).toMatchObject({ ok: false });
  });

  it('drop properties the app does not know', () => {
    const base = JSON.parse(JSON.stringify(sampleProject())) as Record<string, unknown>;
    const read = readProject({ ...base, introductions: { signature: 'S', templates: [], extra: 1 } }, 0);
    expect(read.ok && read.value.introductions).toEqual({ signature: 'S', templates: [] });
  });
});
