// A storage area in memory for the store tests; every store function takes its area as a parameter.
import type { StorageAreaLike } from '../../src/storage/settings-store';

/** A storage area in memory, with a quota on the size of what it holds, like storage.local's QUOTA_BYTES. */
export function fakeArea(quota = Infinity, failGet = false) {
  const data = new Map<string, unknown>();
  const area: StorageAreaLike & { data: Map<string, unknown> } = {
    data,
    get: (keys) => {
      if (failGet) return Promise.reject(new Error('storage.sync is not available'));
      const list = typeof keys === 'string' ? [keys] : keys;
      return Promise.resolve(
        Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
      );
    },
    set: (items) => {
      const next = new Map([...data, ...Object.entries(items)]);
      const size = JSON.stringify([...next]).length;
      if (size > quota) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      return Promise.resolve();
    },
    remove: (keys) => {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
      return Promise.resolve();
    },
  };
  return area;
}
