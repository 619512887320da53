// Mentorkit matching engine — the one entry point for the worker, the bench and the tests.
// Pure TypeScript: no DOM, runs in a Web Worker and in Node. See docs/matching.md.
export { runMatching } from './engine.ts';
export { formatMatchingMessage, type MatchingTemplates } from './format-message.ts';
export { MATCHING_MESSAGE_KEYS, type MatchingMessage, type MatchingMessageKey, type MessageParams } from './messages.ts';
export { matchingMessagesEn } from './messages.en.ts';
export { matchingMessagesNl } from './messages.nl.ts';
export { createMatchingWorkerHandler, type WorkerRequest, type WorkerResponse } from './protocol.ts';
export { CancelledError } from './progress.ts';
export { SCORE_SCALE } from './score.ts';
export type * from './types.ts';
