// The page's side of the import worker (worker-protocol.ts): one read at a time, the latest
// wins. A new read stops the one still running by terminating the worker (a parse is
// synchronous, so a message would only be read after it finished); the next read starts a
// fresh worker. The worker is made by the caller (src/stores/matcher-import.ts), so this file
// needs no DOM and is tested with a fake.
import type { Message } from '../../i18n/message.ts';
import type { ColumnMapping } from './headers.ts';
import { asPasteMessage } from './paste-wording.ts';
import type { ImportRequest, ImportResponse, ReadTable } from './worker-protocol.ts';

/** The part of a DOM Worker the client uses. */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest, transfer?: ArrayBuffer[]): void;
  terminate(): void;
  onmessage: ((event: { readonly data: ImportResponse }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
}

/** Never a rejection: the page shows each outcome its own way. */
export type ImportOutcome =
  | { readonly kind: 'result'; readonly table: ReadTable }
  | { readonly kind: 'error'; readonly error: Message }
  | { readonly kind: 'cancelled' };

export interface FileToRead {
  readonly fileName: string;
  /** Transferred to the worker: unusable here afterwards. */
  readonly bytes: ArrayBuffer;
  readonly sheet?: string;
  readonly headerRow?: number;
  readonly stored?: ColumnMapping | null;
}

export interface ImportClient {
  readFile(file: FileToRead): Promise<ImportOutcome>;
  readText(text: string, stored?: ColumnMapping | null): Promise<ImportOutcome>;
  readonly busy: boolean;
  /** Cancels a read in progress and terminates the worker. */
  dispose(): void;
}

export function createImportClient(createWorker: () => ImportWorkerLike): ImportClient {
  let worker: ImportWorkerLike | null = null;
  let pending: { readonly jobId: string; readonly settle: (outcome: ImportOutcome) => void } | null = null;
  let counter = 0;

  const stopWorker = () => {
    if (worker === null) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    worker = null;
  };
  const finish = (outcome: ImportOutcome) => {
    const job = pending;
    pending = null;
    job?.settle(outcome);
  };
  const cancelPending = () => {
    if (pending === null) return;
    stopWorker();
    finish({ kind: 'cancelled' });
  };
  const ensureWorker = (): ImportWorkerLike => {
    if (worker !== null) return worker;
    const w = createWorker();
    w.onmessage = ({ data }) => {
      if (pending === null || data.jobId !== pending.jobId) return;
      finish(data.type === 'result' ? { kind: 'result', table: data.table } : { kind: 'error', error: data.error });
    };
    w.onerror = () => {
      // A worker that failed to load or threw outside a read is not used again.
      stopWorker();
      finish({ kind: 'error', error: { key: 'matcher.import.file.failed' } });
    };
    worker = w;
    return w;
  };
  const start = (request: ImportRequest, transfer: ArrayBuffer[]): Promise<ImportOutcome> => {
    const outcome = new Promise<ImportOutcome>((settle) => {
      // A paste hears of a paste, also when the worker itself failed.
      pending = { jobId: request.jobId, settle: request.type === 'text' ? (done) => settle(done.kind === 'error' ? { ...done, error: asPasteMessage(done.error) } : done) : settle };
    });
    try {
      ensureWorker().postMessage(request, transfer);
    } catch {
      stopWorker();
      finish({ kind: 'error', error: { key: 'matcher.import.file.failed' } });
    }
    return outcome;
  };

  return {
    readFile(file) {
      cancelPending();
      const request: ImportRequest = { type: 'file', jobId: `read-${++counter}`, ...file };
      return start(request, [file.bytes]);
    },
    readText(text, stored) {
      cancelPending();
      return start({ type: 'text', jobId: `read-${++counter}`, text, stored: stored ?? null }, []);
    },
    get busy() {
      return pending !== null;
    },
    dispose() {
      cancelPending();
      stopWorker();
    },
  };
}
