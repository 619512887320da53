import type { StorageBackend } from '../../../src/lib/storage/backend.ts';
import { createChangeChannel } from '../../../src/lib/storage/change-channel.ts';
import { createMemoryBackend } from '../../../src/lib/storage/memory-backend.ts';
import type { RecordType } from '../../../src/lib/storage/record-type.ts';
import { createStorageService, type StorageService } from '../../../src/lib/storage/service.ts';
import { invalid, isPlainObject, valid } from '../../../src/lib/storage/validation.ts';

/** A record type with a real migration history: v1 stored `{ body }`, v2 stores `{ text, words }`. */
export interface Sample {
  text: string;
  words: number;
}
export const sampleRecord: RecordType<Sample> = {
  kind: 'sample',
  version: 2,
  migrations: {
    1: (data) => {
      const body = isPlainObject(data) && typeof data['body'] === 'string' ? data['body'] : '';
      return { text: body, words: body.split(/\s+/).filter(Boolean).length };
    },
  },
  empty: () => ({ text: '', words: 0 }),
  validate: (data) =>
    isPlainObject(data) && typeof data['text'] === 'string' && typeof data['words'] === 'number'
      ? valid({ text: data['text'], words: data['words'] })
      : invalid({ key: 'storage.validation.notAnObject' }),
  describeContents: () => ({ key: 'note.contents' }),
  isEmpty: (data) => data.text === '',
};

/** Two "tabs": separate services over one shared backend and one shared change channel. */
export function twoTabs(backend: StorageBackend = createMemoryBackend()): [StorageService, StorageService] {
  const channel = createChangeChannel(false);
  const types = [sampleRecord as RecordType<unknown>];
  return [createStorageService(backend, types, { channel }), createStorageService(backend, types, { channel })];
}

export function failingBackend(error: Error): StorageBackend {
  const backend = createMemoryBackend();
  return { ...backend, update: async () => Promise.reject(error) };
}
