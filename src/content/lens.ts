import browser from 'webextension-polyfill';
import { Matcher } from '../core/matcher';
import { parseToContent, type ToContent } from '../core/messages';
import { Annotator, type TermHit } from './annotator';
import { highlights, unregisterHighlights } from './highlights';
import { watchHover } from './hover';
import { ask } from './messaging';
import { observeChanges } from './observe';
import { pageText, pageYear } from './page-context';
import { TooltipHost } from './tooltip/host';

const FLASH_MS = 1600;

/** The block element a changed node belongs to: re-annotating it re-joins split text. */
function blockRoot(node: Node): Node {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest('p, div, li, td, th, section, article, h1, h2, h3, h4, h5, h6, blockquote, dd, dt') ?? el ?? node;
}

/** One tab's lens: annotation, hover, and answers to the popup. Torn down with `stop`. */
export class Lens {
  private readonly tooltip = new TooltipHost();
  private annotator: Annotator | undefined;
  private controller: AbortController | undefined;
  private hoverSerial = 0;
  enabled = false;

  async start(): Promise<void> {
    if (this.controller) return;
    const controller = new AbortController();
    this.controller = controller;
    this.enabled = true;
    const signal = controller.signal;
    const patterns = await ask('patterns', {});
    if (signal.aborted) return;
    performance.mark('tifa-lens:start');
    const annotator = new Annotator(new Matcher(patterns), () => this.tooltip.element);
    this.annotator = annotator;
    await annotator.annotate(document.body, signal);
    if (signal.aborted) return;
    performance.measure('tifa-lens:annotate', 'tifa-lens:start');
    void this.report();

    watchHover(
      annotator,
      {
        show: (hit, rect) => void this.explain(hit, rect),
        hide: () => {
          highlights().active.clear();
          this.tooltip.hide();
        },
        isInTooltip: (e) => this.tooltip.contains(e),
      },
      signal,
    );
    observeChanges(
      document.body,
      (node) => node === this.tooltip.element,
      (roots) => void this.refresh(roots, signal),
      signal,
    );
  }

  stop(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.annotator?.clear();
    this.annotator = undefined;
    this.enabled = false;
    unregisterHighlights();
    this.tooltip.destroy();
    void ask('termsFound', { distinct: 0 }).catch(() => undefined);
  }

  private async refresh(roots: Node[], signal: AbortSignal): Promise<void> {
    const annotator = this.annotator;
    if (!annotator) return;
    const blocks = [...new Set(roots.map(blockRoot))].filter(
      (b, _, all) => b.isConnected && !all.some((other) => other !== b && other.contains(b)),
    );
    annotator.forget((hit) => {
      const node = hit.range.startContainer;
      return !node.isConnected || blocks.some((b) => b.contains(node));
    });
    for (const block of blocks) await annotator.annotate(block, signal);
    performance.mark('tifa-lens:refresh');
    void this.report();
  }

  private async report(): Promise<void> {
    const distinct = this.annotator?.pageTerms().length ?? 0;
    await ask('termsFound', { distinct }).catch(() => undefined);
  }

  private async explain(hit: TermHit, rect: DOMRect): Promise<void> {
    const serial = ++this.hoverSerial;
    const active = highlights().active;
    active.clear();
    active.add(hit.range);
    this.tooltip.show(hit.surface, undefined, rect);
    const context = { near: hit.near, page: pageText(this.annotator?.pageSample ?? ''), year: pageYear() };
    const term = await ask('explain', { id: hit.id, context }).catch(() => null);
    if (serial === this.hoverSerial) this.tooltip.show(hit.surface, term, rect);
  }

  /** Answers the popup. Unknown or malformed messages get no reply. */
  handle(raw: unknown): Promise<unknown> | undefined {
    const message = parseToContent(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'listTerms':
        return Promise.resolve(this.listTerms());
      case 'reveal':
        return Promise.resolve(this.reveal(message.params.id));
    }
  }

  private listTerms(): ToContent['listTerms']['reply'] {
    return { host: location.hostname, enabled: this.enabled, terms: this.annotator?.pageTerms() ?? [] };
  }

  private reveal(id: string): boolean {
    const hit = this.annotator?.sortedHits().find((h) => h.id === id);
    if (!hit) return false;
    const el = hit.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const flash = highlights().flash;
    flash.clear();
    flash.add(hit.range);
    setTimeout(() => flash.delete(hit.range), FLASH_MS);
    return true;
  }
}

export function listenForMessages(lens: Lens, signal: AbortSignal): void {
  const listener = (raw: unknown) => lens.handle(raw);
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
