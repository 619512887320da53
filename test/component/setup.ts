import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { resetStorageService } from '../../src/stores/storage.ts';
// Islands render through translator(locale); the per-locale entries register words in the app, this in tests.
import '../../src/lib/i18n/all.ts';

// findBy… and waitFor wait on a condition; on a loaded two-core machine (CI runs every test file
// at once) a second is not always enough for IndexedDB and a render, so they wait up to five.
configure({ asyncUtilTimeout: 5_000 });

// Each test starts with an empty browser: a fresh IndexedDB and a fresh storage service.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
  sessionStorage.clear();
  resetStorageService();
});
afterEach(() => cleanup());
