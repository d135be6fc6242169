import browser from 'webextension-polyfill';

/** Hosts where the reader turned annotation off; kept in storage.local and shared with the popup. */
export const DISABLED_HOSTS_KEY = 'disabledHosts';

export async function isHostDisabled(host: string): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(DISABLED_HOSTS_KEY);
    const hosts: unknown = stored[DISABLED_HOSTS_KEY];
    return Array.isArray(hosts) && hosts.includes(host);
  } catch {
    return false; // storage unavailable: behave as by default rather than break
  }
}

export function onHostSettingChange(host: string, callback: (disabled: boolean) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[DISABLED_HOSTS_KEY];
    if (area !== 'local' || !change) return;
    const hosts: unknown = change.newValue;
    callback(Array.isArray(hosts) && hosts.includes(host));
  });
}
