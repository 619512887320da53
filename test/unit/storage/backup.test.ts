import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../../src/lib/storage/memory-backend.ts';
import { MAX_BACKUP_BYTES } from '../../../src/lib/storage/backup.ts';
import { sampleRecord, twoTabs } from './helpers.ts';


async function serviceWith(text: string) {
  const [service] = twoTabs(createMemoryBackend());
  await service.repository.save(sampleRecord, { text, words: 1 }, 0);
  return service;
}

describe('backup export and import', () => {
  it('round-trips: export, delete everything, import brings it back', async () => {
    const service = await serviceWith('keep me');
    const { json, fileName } = await service.exportBackup(new Date('2026-11-23T10:00:00Z'));
    expect(fileName).toBe('mentorkit-backup-2026-11-23.json');
    await service.deleteAll();
    expect((await service.repository.load(sampleRecord)).ok && (await service.repository.readAll()).length).toBe(0);
    const result = await service.importBackup(json, json.length, 'replace');
    expect(result.ok && result.value.outcome).toEqual([{ key: 'backup.outcome.restored', params: { contents: { key: 'note.contents' } } }]);
    const loaded = await service.repository.load(sampleRecord);
    expect(loaded.ok && loaded.data.text).toBe('keep me');
  });

  const refusals: [string, string, number | undefined, string][] = [
    ['not JSON', '{"app": "mentorkit", ', undefined, 'backup.error.notJson'],
    ['another app', '{"app":"other","format":1,"records":[]}', undefined, 'backup.error.notBackup'],
    ['missing records', '{"app":"mentorkit","format":1}', undefined, 'backup.error.notBackup'],
    ['a newer format', '{"app":"mentorkit","format":7,"records":[]}', undefined, 'backup.error.newerFormat'],
    ['a fractional format', '{"app":"mentorkit","format":1.5,"records":[]}', undefined, 'backup.error.notBackup'],
    ['too large', '{}', MAX_BACKUP_BYTES + 1, 'backup.error.tooLarge'],
    [
      'an unknown record kind',
      '{"app":"mentorkit","format":1,"records":[{"kind":"spaceship","version":1,"revision":1,"savedAt":"2026-01-01T00:00:00Z","data":{}}]}',
      undefined,
      'backup.error.unknownRecord',
    ],
    [
      'a damaged record',
      '{"app":"mentorkit","format":1,"records":[{"kind":"sample","version":2,"revision":1,"savedAt":"2026-01-01T00:00:00Z","data":{"text":5}}]}',
      undefined,
      'backup.error.invalidRecord',
    ],
    [
      'a duplicated record kind',
      '{"app":"mentorkit","format":1,"records":[{"kind":"sample","version":2,"revision":1,"savedAt":"2026-01-01T00:00:00Z","data":{"text":"a","words":1}},{"kind":"sample","version":2,"revision":1,"savedAt":"2026-01-01T00:00:00Z","data":{"text":"b","words":1}}]}',
      undefined,
      'backup.error.duplicateRecord',
    ],
  ];

  it.each(refusals)('refuses %s and changes nothing', async (_name, text, size, key) => {
    const service = await serviceWith('original');
    const before = await service.repository.readAll();
    const result = await service.importBackup(text, size ?? text.length, 'replace');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.key).toBe(key);
    expect(await service.repository.readAll()).toEqual(before);
  });

  it('migrates old records inside a backup', async () => {
    const service = await serviceWith('x');
    const text = JSON.stringify({
      app: 'mentorkit',
      format: 1,
      records: [{ kind: 'sample', version: 1, revision: 3, savedAt: '2020-01-01T00:00:00Z', data: { body: 'old style note' } }],
    });
    expect((await service.importBackup(text, text.length, 'replace')).ok).toBe(true);
    const loaded = await service.repository.load(sampleRecord);
    expect(loaded.ok && loaded.data).toEqual({ text: 'old style note', words: 3 });
  });

  it('merge keeps the more recently saved side and bumps the revision past the local one', async () => {
    const service = await serviceWith('local, newer');
    const local = await service.repository.load(sampleRecord);
    const text = JSON.stringify({
      app: 'mentorkit',
      format: 1,
      records: [{ kind: 'sample', version: 2, revision: 1, savedAt: '2000-01-01T00:00:00Z', data: { text: 'old', words: 1 } }],
    });
    const result = await service.importBackup(text, text.length, 'merge');
    const merged = await service.repository.load(sampleRecord);
    expect(merged.ok && merged.data.text).toBe('local, newer');
    // The local side won: nothing is written, and the report says so instead of "restored".
    expect(merged.revision).toBe(local.revision);
    expect(result.ok && result.value.outcome).toEqual([{ key: 'backup.outcome.keptNewer', params: { contents: { key: 'note.contents' } } }]);
  });

  it('merge writes the backup side when it is newer, with a revision past the local one', async () => {
    const service = await serviceWith('local, older');
    const local = await service.repository.load(sampleRecord);
    const text = JSON.stringify({
      app: 'mentorkit',
      format: 1,
      records: [{ kind: 'sample', version: 2, revision: 1, savedAt: '2999-01-01T00:00:00Z', data: { text: 'from the backup', words: 3 } }],
    });
    await service.importBackup(text, text.length, 'merge');
    const merged = await service.repository.load(sampleRecord);
    expect(merged.data.text).toBe('from the backup');
    expect(merged.revision).toBeGreaterThan(local.revision);
  });

  it('accepts a backup with a byte-order mark, as some editors save it', async () => {
    const service = await serviceWith('saved by an editor that adds a BOM');
    const { json } = await service.exportBackup();
    await service.deleteAll();
    const result = await service.importBackup(`\uFEFF${json}`, json.length + 3, 'merge');
    expect(result.ok && result.value.outcome).toEqual([{ key: 'backup.outcome.restored', params: { contents: { key: 'note.contents' } } }]);
    const loaded = await service.repository.load(sampleRecord);
    expect(loaded.ok && loaded.data).toEqual({ text: 'saved by an editor that adds a BOM', words: 1 });
    expect(await service.repository.readAll()).toHaveLength(1);
  });

});
