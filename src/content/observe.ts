/**
 * Batches DOM changes: calls `onChange` with the changed roots at most once per `delayMs`. Returns a
 * function that adds another target (a shadow root found later) to the same observer.
 */
export function observeChanges(
  targets: Node[],
  isOurs: (node: Node) => boolean,
  onChange: (roots: Node[]) => void,
  signal: AbortSignal,
  delayMs = 200,
): (target: Node) => void {
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (isOurs(r.target)) continue;
      if (r.type === 'characterData') pending.add(r.target);
      for (const node of r.addedNodes) if (!isOurs(node)) pending.add(node);
      if (r.removedNodes.length) pending.add(r.target);
    }
    if (pending.size && !timer) {
      timer = setTimeout(() => {
        timer = undefined;
        const roots = [...pending];
        pending = new Set();
        onChange(roots);
      }, delayMs);
    }
  });
  const observe = (target: Node) => observer.observe(target, { childList: true, subtree: true, characterData: true });
  targets.forEach(observe);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return observe;
}
