// The matching worker's handler on a Node worker thread, as src/workers/matching-worker.ts wires it
// in the browser: the bench times a run through it, structured clone of input and result included.
import { parentPort } from 'node:worker_threads';
import { createMatchingWorkerHandler, type WorkerRequest } from '../../src/lib/matching/index.ts';

const port = parentPort!;
const handle = createMatchingWorkerHandler((response) => port.postMessage(response));
port.on('message', (request: WorkerRequest) => handle(request));
