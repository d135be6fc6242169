// Timing marks for the bench and the end-to-end measurements. Page scripts can read performance
// entries, so a mark would tell any page that the extension is installed: production builds have none
// (__TIFA_MARKS__ is false there, and the bundler drops these calls).
/** `detail` carries counts for the bench (matches, registered ranges), never page text. */
export function mark(name: string, detail?: Record<string, number>): void {
  if (__TIFA_MARKS__) performance.mark(name, { detail });
}

export function measure(name: string, start: string, detail?: Record<string, number>): void {
  if (__TIFA_MARKS__) performance.measure(name, { start, detail });
}
