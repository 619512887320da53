// Mentorkit matching engine — the one entry point for the worker, the bench and the tests.
// Pure TypeScript: no DOM, runs in a Web Worker and in Node. See docs/matching.md.
export { runMatching } from './engine.ts';
export { labelParam, message, type MatchingMessage, type MatchingMessageKey, type MessageParams } from './messages.ts';
export { createMatchingWorkerHandler, type WorkerRequest, type WorkerResponse } from './protocol.ts';
export { CancelledError } from './progress.ts';
export { SCORE_SCALE } from './score.ts';
export type * from './types.ts';
export { rematch, type ExitReason, type RematchChange, type RematchRequest, type RematchResult } from './rematch.ts';
export { createWhatIf, type WhatIf, type WhatIfChange, type WhatIfMatch, type WhatIfOutcome } from './what-if.ts';
export { runShortlist, DEFAULT_SHORTLIST_SIZE, SHORTLIST_TIE_RANGE } from './shortlist.ts';
export { TOP_CRITERION_FACTOR } from './top-criterion.ts';
