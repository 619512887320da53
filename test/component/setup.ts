import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { resetStorageService } from '../../src/stores/storage.ts';
// Islands render through translator(locale); the per-locale entries register words in the app, this in tests.
import '../../src/lib/i18n/all.ts';

// Each test starts with an empty browser: a fresh IndexedDB and a fresh storage service.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
  sessionStorage.clear();
  resetStorageService();
});
afterEach(() => cleanup());
