// The pipeline: sanitise and build the context → solve the chosen mode → explain → summarise.
import { createContext, type RunContext } from './context.ts';
import { labelParam, message } from './messages.ts';
import { TooLargeError, type ModeOutcome } from './outcome.ts';
import { runPeers, runTwoSided } from './pair-modes.ts';
import { runGroups } from './groups.ts';
import { CancelledError, createControl } from './progress.ts';
import { solvedResult, unsolvedResult } from './result.ts';
import type { CleanMode } from './sanitise.ts';
import { runStable } from './stable.ts';
import type { MatchingInput, MatchingResult, RunOptions } from './types.ts';

/** Never throws on bad input: whatever is wrong with it is in `dataQuality`. */
export function runMatching(input: MatchingInput, options?: RunOptions): MatchingResult {
  const control = createControl(options);
  const ctx = createContext(input, control);
  try {
    control.tick('prepare', 0);
    const mode = ctx.input.mode;
    // sanitise.ts has reported why there is no mode; a fallback mode would be a result the input never asked for.
    if (mode === null) return unsolvedResult(ctx, 'dataError');
    const outcome = solveMode(ctx, mode);
    control.tick('explain', 0);
    const result = solvedResult(ctx, mode.kind, outcome);
    control.tick('explain', 1);
    return result;
  } catch (error) {
    if (error instanceof CancelledError) return unsolvedResult(ctx, 'cancelled');
    if (error instanceof TooLargeError) {
      ctx.issues.push({ severity: 'error', ids: [], message: message('data.tooLarge', { size: error.size, limit: error.limit, unit: labelParam(`data.tooLargeUnit.${error.unit}`) }) });
      return unsolvedResult(ctx, 'dataError');
    }
    throw error;
  }
}

function solveMode(ctx: RunContext, mode: CleanMode): ModeOutcome {
  switch (mode.kind) {
    case 'mentoring':
      return runTwoSided(ctx, mode.bothRoleSide, true);
    case 'reciprocal':
      return runTwoSided(ctx, mode.bothRoleSide, false);
    case 'peers':
      return runPeers(ctx);
    case 'groups':
      return runGroups(ctx, mode);
    case 'stable':
      return runStable(ctx, mode.bothRoleSide);
  }
}
