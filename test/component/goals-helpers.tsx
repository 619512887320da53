import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { vi } from 'vitest';
import type { GoalsDocument } from '../../src/lib/goals/index.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';

/**
 * The goals store is a module singleton that starts once; each test gets a fresh copy of the
 * module graph (so a fresh store on the fresh fake IndexedDB from setup.ts).
 */
export async function renderWorkbook(locale: Locale = 'en', seed?: GoalsDocument) {
  vi.resetModules();
  const { getStorageService } = await import('../../src/stores/storage.ts');
  const { goalsRecord } = await import('../../src/lib/goals/record.ts');
  if (seed) await (await getStorageService()).repository.save(goalsRecord, seed, 0);
  // The page's entry: it registers its language's words, as on the built page.
  const { default: GoalsWorkbook } = await (locale === 'nl' ? import('../../src/islands/GoalsWorkbook.nl.tsx') : import('../../src/islands/GoalsWorkbook.en.tsx'));
  const { goalsDocument } = await import('../../src/stores/goals.ts');
  const view = render(<GoalsWorkbook />);
  await waitFor(() => {
    if (goalsDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  const stored = async (): Promise<GoalsDocument> => {
    await goalsDocument.flush();
    const loaded = await (await getStorageService()).repository.load(goalsRecord);
    if (!loaded.ok) throw new Error('not stored');
    return loaded.data;
  };
  return { view, goalsDocument, stored };
}

export function type(element: HTMLElement, value: string): void {
  fireEvent.input(element, { target: { value } });
}

export function field<T extends HTMLElement = HTMLInputElement>(label: string | RegExp): T {
  return screen.getByLabelText(label) as T;
}

/** Adds a goal through the "new goal" form, as a user would. */
export function addGoal(title: string, locale: Locale = 'en'): void {
  type(field(locale === 'en' ? 'Title of a new goal' : 'Titel van een nieuw doel'), title);
  fireEvent.click(screen.getByRole('button', { name: locale === 'en' ? 'Add goal' : 'Doel toevoegen' }));
}

export function addStep(text: string, due?: string): void {
  type(field('New step'), text);
  if (due) type(field('Due (optional)'), due);
  // Enter in the field submits its form.
  fireEvent.submit(field('New step').closest('form')!);
}

export function verdict(letter: string): string {
  return document.querySelector(`[data-testid="smart-summary"] [data-letter="${letter}"]`)?.getAttribute('data-status') ?? '';
}

/** Opens the goal's "More actions" menu, as a user would, and returns the action button. */
export function goalAction(name: string | RegExp, locale: Locale = 'en'): HTMLElement {
  const toggle = screen.getByRole('button', { name: locale === 'en' ? 'More actions' : 'Meer acties' });
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return screen.getByRole('button', { name });
}
