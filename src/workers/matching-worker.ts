// Web Worker entry for the matching engine: forwards messages to the pure handler.
// Usage: new Worker(new URL('../workers/matching-worker.ts', import.meta.url), { type: 'module' }).
import { createMatchingWorkerHandler, type WorkerRequest, type WorkerResponse } from '../lib/matching/index.ts';

// The minimal part of DedicatedWorkerGlobalScope used here, so this file type-checks without the DOM lib.
interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerRequest }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createMatchingWorkerHandler((response) => scope.postMessage(response));
scope.addEventListener('message', (event) => handle(event.data));
