import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { MatcherDocument } from '../../src/lib/matcher/model.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';

/** A fresh module graph per test: a fresh store on the fresh fake IndexedDB from setup.ts. */
async function renderWorkbook(locale: Locale = 'en') {
  vi.resetModules();
  const { getStorageService } = await import('../../src/stores/storage.ts');
  const { matcherRecord } = await import('../../src/lib/matcher/record.ts');
  const { default: Workbook } = await (locale === 'nl' ? import('../../src/islands/MatcherWorkbook.nl.tsx') : import('../../src/islands/MatcherWorkbook.en.tsx'));
  const { matcherDocument } = await import('../../src/stores/matcher.ts');
  const view = render(<Workbook />);
  await waitFor(() => expect(view.container.querySelector('.matcher-workbook[data-phase="ready"]')).not.toBeNull());
  const stored = async (): Promise<MatcherDocument> => {
    await matcherDocument.flush();
    return (await (await getStorageService()).repository.load(matcherRecord)).data;
  };
  return { view, stored };
}

describe('matcher workbook', () => {
  it('says where the list lives, starts a project from a programme type, and keeps it', async () => {
    const { stored } = await renderWorkbook();
    expect(screen.getByText('The participant list stays on this device')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Your data/ }).getAttribute('href')).toBe('/en/your-data/');
    fireEvent.input(screen.getByLabelText('Project name'), { target: { value: 'Spring 2027' } });
    fireEvent.click(screen.getByRole('radio', { name: /Peer programme/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    await screen.findByText('The project “Spring 2027” has been created. Now import your participant list.');
    const doc = await stored();
    expect(doc.projects).toHaveLength(1);
    expect(doc.projects[0]!).toMatchObject({ title: 'Spring 2027', preset: 'peerProgramme', mode: { kind: 'peers' } });
    // The first step is open, with the steps to go to.
    expect(screen.getByRole('heading', { level: 2, name: /Participants/ })).toBeTruthy();
    const steps = screen.getByRole('navigation', { name: 'Steps' });
    expect(within(steps).getByRole('button', { name: /Participants/ }).getAttribute('aria-current')).toBe('step');
    fireEvent.click(within(steps).getByRole('button', { name: /Criteria and rules/ }));
    await screen.findByRole('heading', { level: 2, name: /Criteria and rules/ });
    expect(location.hash).toBe(`#project=${doc.projects[0]!.id}&step=criteria`);
  });

  it('names a project without a name after today, renames, copies and deletes with Undo', async () => {
    const { stored } = await renderWorkbook();
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    await screen.findByText(/has been created/);
    const title = screen.getByLabelText('Project name') as HTMLInputElement;
    expect(title.value).toMatch(/^Matching round /);
    fireEvent.input(title, { target: { value: 'Autumn round' } });
    await waitFor(async () => expect((await stored()).projects[0]!.title).toBe('Autumn round'));
    fireEvent.click(screen.getByRole('button', { name: 'Make a copy' }));
    await screen.findByText('A copy has been made: “Autumn round (copy)”. Results and decisions are not copied.');
    expect((await stored()).projects.map((project) => project.title)).toEqual(['Autumn round', 'Autumn round (copy)']);
    fireEvent.click(screen.getByRole('button', { name: 'Delete project' }));
    // It asks first; keeping it changes nothing.
    fireEvent.click(within(await screen.findByTestId('matcher-delete-confirm')).getByRole('button', { name: 'Keep it' }));
    expect((await stored()).projects).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Delete project' }));
    fireEvent.click(within(await screen.findByTestId('matcher-delete-confirm')).getByRole('button', { name: 'Yes, delete' }));
    await screen.findByText('The project “Autumn round (copy)” and its participant list have been deleted.');
    expect((await stored()).projects).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('The project “Autumn round (copy)” has been restored.');
    expect((await stored()).projects).toHaveLength(2);
    expect(within(screen.getByTestId('matcher-project-list')).getAllByRole('button')).toHaveLength(2);
  });

  it('shows the engine’s findings from the last run where the list is fixed', async () => {
    vi.resetModules();
    const { createMatchingWorkerHandler } = await import('../../src/lib/matching/protocol.ts');
    const { createMatchingClient } = await import('../../src/lib/matching/worker-client.ts');
    // A worker that answers at once, on the next microtask, with the real engine.
    const client = createMatchingClient(() => {
      const worker = {
        onmessage: null as ((event: { data: unknown }) => void) | null,
        onerror: null,
        handle: createMatchingWorkerHandler((response) => queueMicrotask(() => worker.onmessage?.({ data: structuredClone(response) }))),
        postMessage(message: Parameters<ReturnType<typeof createMatchingWorkerHandler>>[0]) {
          worker.handle(structuredClone(message));
        },
        terminate() {},
      };
      return worker as never;
    });
    vi.doMock('../../src/stores/matching-worker.ts', () => ({ matchingClient: () => client }));
    await import('../../src/lib/i18n/all.ts');
    const { default: Workbook } = await import('../../src/islands/MatcherWorkbook.en.tsx');
    const store = await import('../../src/stores/matcher.ts');
    const { suggestMapping } = await import('../../src/lib/matcher/import/headers.ts');
    const view = render(<Workbook />);
    await waitFor(() => expect(view.container.querySelector('.matcher-workbook[data-phase="ready"]')).not.toBeNull());
    const headers = ['Id', 'Name', 'Role', 'Languages', 'Capacity'];
    const rows = [['1', 'Anna Stone', 'mentor', 'English', '0'], ['2', 'Ben Lake', 'mentee', 'English', ''], ['3', 'Cleo Moss', 'mentor', 'English', '1']];
    const project = store.createProject('Findings', 'careerMentoring')!;
    store.importIntoProject(project.id, { headers, rows, mapping: suggestMapping(headers, rows), source: { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null } });
    view.rerender(<Workbook />);
    const steps = await screen.findByRole('navigation', { name: 'Steps' });
    expect(screen.queryByText('The calculation found these when it last ran. Fix them in the list above and calculate again.')).toBeNull();
    fireEvent.click(within(steps).getByRole('button', { name: /Match/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Calculate matches' }));
    await screen.findByTestId('result-match-list');
    fireEvent.click(within(steps).getByRole('button', { name: /Participants/ }));
    await screen.findByText('The calculation found these when it last ran. Fix them in the list above and calculate again.');
    expect(within(screen.getByTestId('result-quality-list')).getByText(/Anna Stone/)).toBeTruthy();
    vi.doUnmock('../../src/stores/matching-worker.ts');
  });

  it('speaks Dutch on the Dutch page', async () => {
    await renderWorkbook('nl');
    expect(screen.getByText('De deelnemerslijst blijft op dit apparaat')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Loopbaanmentoring/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Project maken' })).toBeTruthy();
  });
});
