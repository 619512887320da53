// Web Worker entry for the rule counts of the matcher's setup step: forwards messages to the pure handler.
// Usage: new Worker(new URL('../workers/rule-impact-worker.ts', import.meta.url), { type: 'module' }).
import { createRuleImpactHandler, type RuleImpactRequest, type RuleImpactResponse } from '../lib/matcher/rule-impact-protocol.ts';

// The minimal part of DedicatedWorkerGlobalScope used here, so this file type-checks without the DOM lib.
interface WorkerScope {
  postMessage(message: RuleImpactResponse): void;
  addEventListener(type: 'message', listener: (event: { data: RuleImpactRequest }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createRuleImpactHandler((response) => scope.postMessage(response));
scope.addEventListener('message', (event) => handle(event.data));
