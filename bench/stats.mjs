// Small helpers for the bench report: medians, number formatting, tables and JSON output.
import { writeFileSync } from 'node:fs';

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export const min = (values) => Math.min(...values.filter(Number.isFinite));
export const max = (values) => Math.max(...values.filter(Number.isFinite));

/** "12.3" with sensible precision for milliseconds. */
export function ms(x) {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export const mb = (bytes) => (bytes === null || !Number.isFinite(bytes) ? '–' : (bytes / 1e6).toFixed(2));
export const int = (x) => (x === null || !Number.isFinite(x) ? '–' : Math.round(x).toLocaleString('en-US'));

/** Median with the range of the runs: "12.3 (11.9–14.0)". */
export function spread(values, fmt = ms) {
  const m = median(values);
  if (m === null) return '–';
  const v = values.filter(Number.isFinite);
  return v.length > 1 ? `${fmt(m)} (${fmt(min(v))}–${fmt(max(v))})` : fmt(m);
}

/** A Markdown table (also readable as plain text in a terminal). */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '–')));
  const widths = header.map((_, i) => Math.max(3, ...all.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(all[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...all.slice(1).map(line)].join('\n');
}

/** Writes JSON formatted as the repository's Prettier config wants it, so `prettier --check .` passes. */
export async function writeJson(path, value) {
  const { format, resolveConfig } = await import('prettier');
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(value), { ...options, parser: 'json' }));
}
