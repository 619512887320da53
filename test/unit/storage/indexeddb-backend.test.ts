import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { probeIndexedDb } from '../../../src/lib/storage/indexeddb-backend.ts';
import { createRepository } from '../../../src/lib/storage/repository.ts';
import { StaleWriteError } from '../../../src/lib/storage/errors.ts';
import { sampleRecord } from './helpers.ts';

describe('IndexedDB backend', () => {
  it('is found by the probe and hides the probe key', async () => {
    const backend = await probeIndexedDb();
    expect(backend?.kind).toBe('indexeddb');
    expect(await backend!.entries()).toEqual([]);
  });

  it('is found by every tab when several pages probe at the same moment', async () => {
    // Tabs opened together used to overwrite each other's probe token and fall back to memory.
    const backends = await Promise.all(Array.from({ length: 6 }, () => probeIndexedDb()));
    expect(backends.map((backend) => backend?.kind)).toEqual(Array(6).fill('indexeddb'));
    expect(await backends[0]!.entries()).toEqual([]);
  });

  it('does compare-and-set inside one transaction', async () => {
    const backend = (await probeIndexedDb())!;
    const repository = createRepository(backend);
    await repository.save(sampleRecord, { text: 'one', words: 1 }, 0);
    await expect(repository.save(sampleRecord, { text: 'stale', words: 1 }, 0)).rejects.toBeInstanceOf(StaleWriteError);
    const loaded = await repository.load(sampleRecord);
    expect(loaded.ok && loaded.data.text).toBe('one');
  });

  it('writeMany puts and deletes in one transaction', async () => {
    const backend = (await probeIndexedDb())!;
    await backend.clear();
    await backend.writeMany([['a', 1], ['b', 2]]);
    await backend.writeMany([['c', 3]], ['a', 'b']);
    expect(await backend.entries()).toEqual([['c', 3]]);
    await backend.clear();
  });
});
