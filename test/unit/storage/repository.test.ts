import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../../src/lib/storage/memory-backend.ts';
import { createRepository } from '../../../src/lib/storage/repository.ts';
import { StaleWriteError } from '../../../src/lib/storage/errors.ts';
import { recordKey } from '../../../src/lib/storage/envelope.ts';
import { sampleRecord } from './helpers.ts';

describe('repository', () => {
  it('returns the empty record at revision 0 when nothing is stored', async () => {
    const repository = createRepository(createMemoryBackend());
    expect(await repository.load(sampleRecord)).toEqual({ ok: true, data: { text: '', words: 0 }, revision: 0, savedAt: null, unbackedSince: null, repairs: [] });
  });

  it('saves with increasing revisions and loads what it saved', async () => {
    const repository = createRepository(createMemoryBackend(), () => new Date('2026-01-02T03:04:05Z'));
    const first = await repository.save(sampleRecord, { text: 'a', words: 1 }, 0);
    const second = await repository.save(sampleRecord, { text: 'a b', words: 2 }, first.revision);
    expect([first.revision, second.revision]).toEqual([1, 2]);
    expect(await repository.load(sampleRecord)).toEqual({
      ok: true,
      data: { text: 'a b', words: 2 },
      revision: 2,
      savedAt: '2026-01-02T03:04:05.000Z',
      unbackedSince: '2026-01-02T03:04:05.000Z',
      repairs: [],
    });
  });

  it('refuses a save based on an older revision and keeps the newer data', async () => {
    const repository = createRepository(createMemoryBackend());
    await repository.save(sampleRecord, { text: 'newer', words: 1 }, 0);
    await expect(repository.save(sampleRecord, { text: 'stale', words: 1 }, 0)).rejects.toBeInstanceOf(StaleWriteError);
    const loaded = await repository.load(sampleRecord);
    expect(loaded.ok && loaded.data.text).toBe('newer');
  });

  it('migrates old versions when reading', async () => {
    const backend = createMemoryBackend();
    await backend.writeMany([[recordKey('sample'), { kind: 'sample', version: 1, revision: 4, savedAt: '2026-01-01T00:00:00.000Z', data: { body: 'two words' } }]]);
    const loaded = await createRepository(backend).load(sampleRecord);
    expect(loaded).toMatchObject({ ok: true, data: { text: 'two words', words: 2 }, revision: 4 });
  });

  it('reports data from a newer version instead of guessing', async () => {
    const backend = createMemoryBackend();
    const newer = { kind: 'sample', version: 9, revision: 1, savedAt: '2026-01-01T00:00:00.000Z', data: {} };
    await backend.writeMany([[recordKey('sample'), newer]]);
    const repository = createRepository(backend);
    const loaded = await repository.load(sampleRecord);
    // The workbook still opens (empty), says why, and keeps the newer data aside instead of guessing.
    expect(loaded).toMatchObject({ ok: true, data: { text: '', words: 0 }, revision: 1 });
    expect(loaded.repairs).toEqual([
      { key: 'storage.repair.setAsideWhole', params: { detail: { key: 'storage.error.newerRecord', params: { found: 9, supported: 2 } } } },
    ]);
    expect((await repository.readSetAside('sample'))?.original).toEqual(newer);
  });

  it('reports damaged stored data, opens anyway and keeps the original', async () => {
    const backend = createMemoryBackend();
    await backend.writeMany([[recordKey('sample'), 'garbage']]);
    const repository = createRepository(backend);
    const loaded = await repository.load(sampleRecord);
    expect(loaded).toMatchObject({ ok: true, data: { text: '' }, repairs: [{ key: 'storage.repair.unreadable' }] });
    expect((await repository.readSetAside('sample'))?.original).toBe('garbage');
  });
});
