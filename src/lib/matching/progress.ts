// Cooperative progress and cancellation. Solvers call `tick` from their outer loops; it
// throttles progress reports and throws CancelledError when the caller asked to stop.
import type { ProgressReport, RunOptions } from './types.ts';

export class CancelledError extends Error {
  constructor() {
    super('matching cancelled');
    this.name = 'CancelledError';
  }
}

export interface Control {
  tick(phase: ProgressReport['phase'], fraction: number): void;
}

const REPORT_EVERY_MS = 100;

export function createControl(options: RunOptions | undefined): Control {
  let last = -Infinity;
  let lastPhase = '';
  return {
    tick(phase, fraction) {
      if (options?.isCancelled?.() === true) throw new CancelledError();
      if (options?.onProgress === undefined) return;
      const now = Date.now();
      // Throttled, except that the start of each phase and each completion always get through.
      if (now - last < REPORT_EVERY_MS && fraction < 1 && phase === lastPhase) return;
      last = now;
      lastPhase = phase;
      options.onProgress({ phase, fraction: Math.min(1, Math.max(0, fraction)) });
    },
  };
}

export const silentControl: Control = { tick() {} };
