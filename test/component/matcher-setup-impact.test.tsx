// The rule counts through the worker: "Counting…" while a count is out, the counts from before a
// change kept on screen but dimmed, a stale answer never shown, and a failed count reported. The
// worker client runs on fake workers (happy-dom has no Worker), every list counted in the worker.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { MatchingProject, RuleSettings } from '../../src/lib/matcher/model.ts';
import { createRuleImpactClient, type RuleImpactClient, type RuleImpactWorkerLike } from '../../src/lib/matcher/rule-impact-client.ts';
import { createRuleImpactHandler, type RuleImpactRequest, type RuleImpactResponse } from '../../src/lib/matcher/rule-impact-protocol.ts';

const HEADERS = ['Id', 'Naam', 'Rol', 'Afdeling', 'Leidinggevende', 'Talen'];
const ROWS = [
  ['1', 'Renée', 'mentor', 'IT', '', 'nl, en'],
  ['2', 'Joël', 'mentee', 'IT', '1', 'nl'],
  ['3', 'Zoë', 'mentor', 'HR', '', 'en'],
  ['4', 'Anaïs', 'mentee', 'HR', '3', 'nl'],
  ['5', 'Sam', 'mentee', 'IT', '', 'en'],
];

/** Answers only when told to (`flush`), so the test sees the step while a count is out. */
class FakeWorker implements RuleImpactWorkerLike {
  onmessage: RuleImpactWorkerLike['onmessage'] = null;
  onerror: RuleImpactWorkerLike['onerror'] = null;
  readonly received: RuleImpactRequest[] = [];
  private readonly handle = createRuleImpactHandler((response) => this.deliver(response));
  private delivered: RuleImpactResponse[] = [];
  postMessage(message: RuleImpactRequest): void {
    this.received.push(structuredClone(message));
  }
  terminate(): void {}
  private deliver(response: RuleImpactResponse): void {
    this.delivered.push(response);
  }
  flush(): void {
    for (const request of this.received.splice(0)) this.handle(request);
    for (const response of this.delivered.splice(0)) this.onmessage?.({ data: structuredClone(response) });
  }
}

async function renderRules() {
  vi.resetModules();
  const workers: FakeWorker[] = [];
  const client = createRuleImpactClient(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    { inPlaceBelow: 0 },
  );
  // The rule settings of every count the step asks for, in order.
  const asked: RuleSettings[] = [];
  const counting: RuleImpactClient = { count: (setup, participants) => (asked.push(setup.rules), client.count(setup, participants)), dispose: () => client.dispose() };
  vi.doMock('../../src/stores/rule-impact-worker.ts', () => ({ ruleImpactClient: () => counting }));
  await import('../../src/lib/i18n/all.ts');
  const { useStore } = await import('@nanostores/preact');
  const store = await import('../../src/stores/matcher.ts');
  const { suggestMapping } = await import('../../src/lib/matcher/import/headers.ts');
  const { RulesSection } = await import('../../src/islands/matcher/setup/RulesSection.tsx');
  let id = '';
  function Workbook() {
    const state = useStore(store.matcherDocument.$state);
    const project = state.data.projects.find((candidate) => candidate.id === id);
    return project ? <RulesSection locale="en" project={project} /> : <p>no project</p>;
  }
  const view = render(<Workbook />);
  await waitFor(() => {
    if (store.matcherDocument.$state.get().phase !== 'ready') throw new Error('still loading');
  });
  const created = store.createProject('Spring round', 'careerMentoring')!;
  store.importIntoProject(created.id, {
    headers: HEADERS,
    rows: ROWS,
    mapping: suggestMapping(HEADERS, ROWS),
    source: { kind: 'paste', fileName: null, encoding: null, separator: null, sheet: null },
  });
  id = created.id;
  view.rerender(<Workbook />);
  await screen.findByRole('heading', { name: 'Matches that must never happen' });
  const stored = (): MatchingProject => store.currentProject(id)!;
  /** The one worker, once the step has sent it a count. */
  const worker = async (): Promise<FakeWorker> => {
    await waitFor(() => expect(workers.at(-1)?.received.length).toBeGreaterThan(0));
    return workers.at(-1)!;
  };
  return { stored, worker, workers, asked };
}

const summary = () => screen.getByTestId('rule-summary');

describe('RulesSection with the worker', () => {
  it('says it is counting, keeps the old counts dimmed meanwhile, and shows only the newest answer', async () => {
    const { stored, worker, workers, asked } = await renderRules();
    // The first count: nothing to show yet but the word.
    await waitFor(() => expect(summary().textContent).toBe('Counting…'));
    expect(summary().getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByTestId('rule-impact-noReportingLine')).toBeNull();
    (await worker()).flush();
    const reporting = await screen.findByTestId('rule-impact-noReportingLine');
    expect(reporting.textContent).toBe('This rule rules out 2 pairs; 1 person is left with nobody.');
    expect(reporting.classList.contains('matcher-setup__stale')).toBe(false);
    expect(summary().getAttribute('aria-busy')).toBe('false');

    // Two changes in a row: the old counts stay, dimmed, under "Counting…"; the checkbox follows at once.
    const department = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Always a different department' });
    fireEvent.click(department);
    await waitFor(() => expect(stored().rules.differentDepartment).toBe(true));
    expect(department.checked).toBe(true);
    await waitFor(() => expect(within(summary()).getByText('Counting…')).toBeTruthy());
    expect(screen.getByTestId('rule-impact-differentDepartment').textContent).toMatch(/^Switched on, it would rule out 3 pairs; /);
    expect(screen.getByTestId('rule-impact-differentDepartment').classList.contains('matcher-setup__stale')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'A shared language' }));
    await waitFor(() => expect(stored().rules.sharedLanguage).toBe(false));
    await waitFor(() => expect(asked).toHaveLength(3));

    // The answer to the first change comes, but is stale: still counting, the newest request goes out.
    const busy = await worker();
    expect(busy.received.map((request) => request.setup.rules.sharedLanguage)).toEqual([true]);
    busy.flush();
    expect(within(summary()).getByText('Counting…')).toBeTruthy();
    expect(screen.getByTestId('rule-impact-differentDepartment').textContent).toMatch(/^Switched on, it would rule out 3 pairs; /);
    expect(busy.received.map((request) => request.setup.rules)).toEqual([stored().rules]);
    busy.flush();
    await waitFor(() => expect(screen.getByTestId('rule-impact-differentDepartment').textContent).toMatch(/^This rule rules out 3 pairs; /));
    expect(screen.getByTestId('rule-impact-sharedLanguage').textContent).toMatch(/^Switched on, it would rule out /);
    expect(screen.getByTestId('rule-impact-differentDepartment').classList.contains('matcher-setup__stale')).toBe(false);
    expect(within(summary()).queryByText('Counting…')).toBeNull();
    expect(workers).toHaveLength(1);
  });

  it('reports a worker that fails, and counts again after the next change', async () => {
    const { worker, workers } = await renderRules();
    (await worker()).onerror?.({ message: 'script failed to load' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Counting failed.');
    expect(within(alert).getByText('script failed to load')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Always a different department' }));
    await waitFor(() => expect(workers).toHaveLength(2));
    (await worker()).flush();
    await waitFor(() => expect(screen.getByTestId('rule-impact-differentDepartment').textContent).toMatch(/^This rule rules out 3 pairs; /));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
