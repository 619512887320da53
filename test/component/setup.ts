import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { resetStorageServiceForTests } from '../../src/lib/storage/service.ts';

// Each test starts with an empty browser: a fresh IndexedDB and a fresh storage service.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetStorageServiceForTests();
});
afterEach(() => cleanup());
