// Timing marks for the bench and the end-to-end measurements. Page scripts can read performance
// entries, so a mark would tell any page that the extension is installed: production builds have none
// (__TIFA_MARKS__ is false there, and the bundler drops these calls).
export function mark(name: string): void {
  if (__TIFA_MARKS__) performance.mark(name);
}

export function measure(name: string, start: string): void {
  if (__TIFA_MARKS__) performance.measure(name, start);
}
