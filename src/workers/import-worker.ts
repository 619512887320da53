// Web Worker entry for reading a participant list: forwards messages to the pure handler.
// Usage: new Worker(new URL('../workers/import-worker.ts', import.meta.url), { type: 'module' }).
import { createImportWorkerHandler, type ImportRequest, type ImportResponse } from '../lib/matcher/import/worker-protocol.ts';

// The minimal part of DedicatedWorkerGlobalScope used here, so this file type-checks without the DOM lib.
interface WorkerScope {
  postMessage(message: ImportResponse): void;
  addEventListener(type: 'message', listener: (event: { data: ImportRequest }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createImportWorkerHandler((response) => scope.postMessage(response));
scope.addEventListener('message', (event) => void handle(event.data));
