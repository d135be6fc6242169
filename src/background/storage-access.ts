// Content scripts run beside the page's own scripts; they need no storage (the background hands them
// their settings), so storage is closed to them where the browser can do that. Chrome (102+) can;
// Firefox has no setAccessLevel for local or sync, and there our content scripts simply never call storage.
interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

export function restrictStorageToExtension(): void {
  const storage = (globalThis as { chrome?: { storage?: Record<string, AccessLevelArea | undefined> } }).chrome
    ?.storage;
  for (const name of ['local', 'sync']) {
    const area = storage?.[name];
    if (typeof area?.setAccessLevel !== 'function') continue;
    area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  }
}
