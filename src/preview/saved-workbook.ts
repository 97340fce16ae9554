// The preview's memory across reloads: the stand-in workbook as .xlsx bytes (FakeExcel.toXlsx,
// a few hundred kB for a 30-unit master, well within what a browser gives IndexedDB, unlike
// localStorage's 5 MB of text) with its active sheet and selection, kept in IndexedDB under one
// key. A file the user opens is stored the same way and the page reloads onto it, as Excel opens
// a file in a new window with a fresh add-in.

const DB_NAME = 'egov-scorecard-preview';
const STORE = 'workbook';
const KEY = 'current';

export interface SavedWorkbook {
  bytes: Uint8Array;
  /** The file's name when it was opened from disk (the download keeps it). */
  fileName?: string;
  /** Just opened from disk: the page says so once. */
  opened?: boolean;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
}

function request<T>(make: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(STORE, mode);
      const req = make(tx.objectStore(STORE));
      tx.oncomplete = () => {
        db.close();
        resolve(req.result);
      };
      tx.onerror = tx.onabort = () => {
        db.close();
        reject(tx.error ?? req.error);
      };
    };
  });
}

export function loadSaved(): Promise<SavedWorkbook | undefined> {
  return request((store) => store.get(KEY) as IDBRequest<SavedWorkbook | undefined>, 'readonly');
}

export async function storeSaved(saved: SavedWorkbook): Promise<void> {
  await request((store) => store.put(saved, KEY), 'readwrite');
}

export async function clearSaved(): Promise<void> {
  await request((store) => store.delete(KEY), 'readwrite');
}
