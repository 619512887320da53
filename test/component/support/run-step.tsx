import { render, screen, waitFor } from '@testing-library/preact';
import { vi } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import type { Announce } from '../../../src/islands/ui/announce.ts';
import { createMatchingWorkerHandler, type WorkerRequest, type WorkerResponse } from '../../../src/lib/matching/protocol.ts';
import { createMatchingClient, type MatchingClient, type WorkerLike } from '../../../src/lib/matching/worker-client.ts';

/**
 * A worker that runs the real engine handler as soon as a job arrives and hands its responses
 * over when the test says so, one at a time: progress can be seen before the result.
 */
export class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  private readonly outbox: WorkerResponse[] = [];
  private readonly handle = createMatchingWorkerHandler((response) => this.outbox.push(structuredClone(response)));
  postMessage(message: WorkerRequest): void {
    this.handle(structuredClone(message));
  }
  terminate(): void {
    this.terminated = true;
  }
  get pending(): number {
    return this.outbox.length;
  }
  deliver(count = 1): void {
    for (const response of this.outbox.splice(0, count)) this.onmessage?.({ data: response });
  }
  deliverAll(): void {
    this.deliver(this.outbox.length);
  }
}

/** A matching client whose every worker is a FakeWorker, collected in `workers` as it is made. */
export function fakeMatchingClient(workers: FakeWorker[]): MatchingClient {
  return createMatchingClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
}

/**
 * The project's matching client on fake workers, mocked in for the module graph a test is about to
 * import fresh (call it after `vi.resetModules()`).
 */
export function mockMatchingWorker(): { client: MatchingClient; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const client = fakeMatchingClient(workers);
  vi.doMock('../../../src/stores/matching-worker.ts', () => ({ matchingClient: () => client }));
  return { client, workers };
}

/**
 * A fresh matcher store on the fake IndexedDB, the worker client on fake workers, a career
 * mentoring project with the given rows (none: an empty list), and the run step rendered with
 * the stored project on every change, as the workbook root does.
 */
export async function renderRunStep(locale: Locale, headers: readonly string[], rows: readonly (readonly string[])[] | null, options: { announce?: Announce } = {}) {
  vi.resetModules();
  const { workers } = mockMatchingWorker();
  // The module graph is fresh, so the words are registered again (the workbook's entry does this on the page).
  await import('../../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../../src/stores/matcher.ts');
  const runs = await import('../../../src/stores/matcher-run.ts');
  const { findProject } = await import('../../../src/lib/matcher/model.ts');
  const { suggestMapping } = await import('../../../src/lib/matcher/import/headers.ts');
  const { RunStep } = await import('../../../src/islands/matcher/result/RunStep.tsx');
  const { AnnounceContext } = await import('../../../src/islands/ui/announce.ts');
  let id = '';
  function Workbook() {
    const state = useStore(store.matcherDocument.$state);
    const project = findProject(state.data, id);
    const step = project ? <RunStep locale={locale} project={project} /> : <p>no project</p>;
    // The workbook root provides the toast; a test that reads the toasts passes its own.
    return options.announce ? <AnnounceContext.Provider value={options.announce}>{step}</AnnounceContext.Provider> : step;
  }
  const view = render(<Workbook />);
  await waitFor(() => {
    if (store.matcherDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  const project = store.createProject('Voorjaar 2026', 'careerMentoring')!;
  if (rows !== null) {
    store.importIntoProject(project.id, {
      headers: [...headers],
      rows,
      mapping: suggestMapping([...headers], rows),
      source: { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null },
    });
  }
  id = project.id;
  view.rerender(<Workbook />);
  await screen.findByRole('button', { name: /^(Calculate|Koppelingen berekenen|Opnieuw berekenen)/ });
  const stored = () => store.currentProject(id)!;
  const latestWorker = () => workers.at(-1)!;
  return { view, store, runs, stored, workers, latestWorker, rerender: () => view.rerender(<Workbook />) };
}
