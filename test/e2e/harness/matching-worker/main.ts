// Test-only page script: the real store's worker client, driven from the e2e test
// through window.harness. Built by the test with Vite, never part of the site.
import { participants, CRITERIA } from '../../../../bench/data.ts';
import { matchingClient } from '../../../../src/stores/matching-worker.ts';

interface RunReport {
  kind: string;
  matches: number;
  progress: number;
  phases: string[];
  longTasks: number[];
  longTasksReceivingResult: number[];
  heartbeats: number;
  ms: number;
}

/**
 * Long main-thread tasks that began before `until`: the run itself. Receiving the finished
 * result (one structured clone of every match) comes after and is reported apart.
 */
function observeLongTasks(): { stop(until: number): { during: number[]; after: number[] } } {
  const entries: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) entries.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop(until) {
      for (const entry of observer.takeRecords()) entries.push({ start: entry.startTime, duration: entry.duration });
      observer.disconnect();
      return {
        during: entries.filter((entry) => entry.start < until).map((entry) => entry.duration),
        after: entries.filter((entry) => entry.start >= until).map((entry) => entry.duration),
      };
    },
  };
}

/** Half mentors, half mentees, the bench's synthetic people. */
function pool(count: number) {
  return participants(count, (i) => (i < count / 2 ? 'mentor' : 'mentee'), 5);
}

const harness = {
  async run(count: number): Promise<RunReport> {
    const people = pool(count);
    const phases: string[] = [];
    let progress = 0;
    // Timers keep firing only while the main thread is free: a count of them shows the
    // page stayed responsive beside the long-task observer.
    let heartbeats = 0;
    const timer = setInterval(() => heartbeats++, 20);
    const longTasks = observeLongTasks();
    const t0 = performance.now();
    let lastProgressAt = t0;
    const job = matchingClient().run({ participants: people, criteria: CRITERIA, mode: { kind: 'mentoring' } }, (p) => {
      progress++;
      lastProgressAt = performance.now();
      if (phases.at(-1) !== p.phase) phases.push(p.phase);
    });
    const outcome = await job.outcome;
    const ms = performance.now() - t0;
    clearInterval(timer);
    return {
      kind: outcome.kind,
      matches: outcome.kind === 'result' ? outcome.result.matches.length : -1,
      progress,
      phases,
      ...(({ during, after }) => ({ longTasks: during, longTasksReceivingResult: after }))(longTasks.stop(lastProgressAt)),
      heartbeats,
      ms,
    };
  },
  async cancelThenRun(count: number): Promise<{ cancelled: string; next: string; matches: number }> {
    const input = { participants: pool(count), criteria: CRITERIA, mode: { kind: 'mentoring' } } as const;
    const job = matchingClient().run(input);
    await new Promise((resolve) => setTimeout(resolve, 50));
    job.cancel();
    const cancelled = (await job.outcome).kind;
    const next = await matchingClient().run({ ...input, participants: pool(200) }).outcome;
    return { cancelled, next: next.kind, matches: next.kind === 'result' ? next.result.matches.length : -1 };
  },
};

(globalThis as unknown as { harness: typeof harness }).harness = harness;
document.getElementById('status')!.textContent = 'ready';
