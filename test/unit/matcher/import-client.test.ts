// The page's import client against a fake Worker that runs the real handler: a read and its
// result, the bytes transferred, the latest read winning (the older one cancelled, its worker
// terminated), a worker that fails to load, and a message that cannot be sent.
import { describe, expect, it } from 'vitest';
import { createImportClient, type ImportWorkerLike } from '../../../src/lib/matcher/import/client.ts';
import { createImportWorkerHandler, type ImportRequest, type ImportResponse } from '../../../src/lib/matcher/import/worker-protocol.ts';

class FakeWorker implements ImportWorkerLike {
  onmessage: ImportWorkerLike['onmessage'] = null;
  onerror: ImportWorkerLike['onerror'] = null;
  terminated = false;
  readonly received: { message: ImportRequest; transfer: ArrayBuffer[] }[] = [];
  private readonly outbox: ImportResponse[] = [];
  private readonly handle = createImportWorkerHandler((response) => this.outbox.push(response));
  postMessage(message: ImportRequest, transfer: ArrayBuffer[] = []): void {
    if (this.terminated) throw new Error('terminated worker used');
    // As the browser does: the message is cloned, and transferred buffers are detached here.
    this.received.push({ message: structuredClone(message, { transfer }), transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Runs the reads received so far and delivers their answers. */
  async flush(): Promise<void> {
    for (const { message } of this.received.splice(0)) await this.handle(message);
    for (const response of this.outbox.splice(0)) this.onmessage?.({ data: structuredClone(response) });
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createImportClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { client, workers };
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('the import client', () => {
  it('sends the file\'s bytes by transfer and resolves with the table', async () => {
    const { client, workers } = setup();
    const buffer = bytes('Naam;Rol\r\nAnouk;mentor\r\n');
    const reading = client.readFile({ fileName: 'lijst.csv', bytes: buffer });
    expect(client.busy).toBe(true);
    expect(buffer.byteLength).toBe(0);
    expect(workers[0]!.received[0]!.message).toMatchObject({ type: 'file', fileName: 'lijst.csv' });
    await workers[0]!.flush();
    const outcome = await reading;
    expect(outcome.kind).toBe('result');
    if (outcome.kind === 'result') expect(outcome.table).toMatchObject({ kind: 'csv', headers: ['Naam', 'Rol'], rows: [['Anouk', 'mentor']], separator: ';' });
    expect(client.busy).toBe(false);
    // The worker stays for the next read.
    client.readText('Naam\nBas\n');
    expect(workers).toHaveLength(1);
  });

  it('hands a refusal back as its message', async () => {
    const { client, workers } = setup();
    const reading = client.readFile({ fileName: 'leeg.csv', bytes: new ArrayBuffer(0) });
    await workers[0]!.flush();
    expect(await reading).toEqual({ kind: 'error', error: { key: 'matcher.import.parse.empty' } });
  });

  it('a new read cancels the one still running: its worker is terminated and a fresh one reads', async () => {
    const { client, workers } = setup();
    const first = client.readText('Naam\nA\n');
    const second = client.readText('Naam\nB\n');
    expect(await first).toEqual({ kind: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    await workers[1]!.flush();
    const outcome = await second;
    expect(outcome.kind === 'result' && outcome.table.rows).toEqual([['B']]);
  });

  it('a worker that fails to load gives the read an error and is not used again', async () => {
    const { client, workers } = setup();
    const reading = client.readText('Naam\nA\n');
    workers[0]!.onerror?.({ message: 'script failed' });
    // It was a paste: the failure is worded as one.
    expect(await reading).toEqual({ kind: 'error', error: { key: 'matcher.import.paste.failed' } });
    expect(workers[0]!.terminated).toBe(true);
    client.readText('Naam\nA\n');
    expect(workers).toHaveLength(2);
  });

  it('ignores an answer to an older read, and dispose cancels', async () => {
    const { client, workers } = setup();
    const reading = client.readText('Naam\nA\n');
    workers[0]!.onmessage?.({ data: { type: 'error', jobId: 'someone-else', error: { key: 'matcher.import.parse.empty' } } });
    expect(client.busy).toBe(true);
    client.dispose();
    expect(await reading).toEqual({ kind: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('a message that cannot be sent is an error, not a hang', async () => {
    const { client } = setup();
    const buffer = bytes('Naam\nA\n');
    structuredClone(buffer, { transfer: [buffer] });
    // A detached buffer cannot be transferred again.
    expect(await client.readFile({ fileName: 'x.csv', bytes: buffer })).toEqual({ kind: 'error', error: { key: 'matcher.import.file.failed' } });
    expect(client.busy).toBe(false);
  });
});
