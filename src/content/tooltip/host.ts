import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ExplainedTerm } from '../../core/messages';
import type { ReadingWord } from '../../core/dictionary';
import { DictionaryCard, Tooltip, Unexplained, type FormulaDetails, type TooltipDisplay } from './Tooltip';
import css from './tooltip.css?inline';

/**
 * The one element the extension ever adds to a page: created on first show, with an open
 * shadow root holding the Preact tooltip. Re-attached if the page removes it.
 */
export class TooltipHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private mount: HTMLElement | undefined;
  /** The reader's display settings: which explanation(s) to show, and whether to show pinyin. */
  display: TooltipDisplay = { language: 'en', pinyin: true };

  get element(): HTMLElement | undefined {
    return this.host;
  }

  private ensure(): HTMLElement {
    if (!this.host) {
      this.host = document.createElement('tifa-lens-tooltip');
      this.root = this.host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = css;
      this.mount = document.createElement('div');
      this.mount.setAttribute('role', 'tooltip');
      this.root.append(style, this.mount);
    }
    if (!this.host.isConnected) document.documentElement.append(this.host);
    return this.host;
  }

  show(surface: string, term: ExplainedTerm | null | undefined, anchor: DOMRect, onAdd?: () => void): void {
    const host = this.ensure();
    host.style.visibility = 'hidden';
    host.style.display = 'block';
    render(h(Tooltip, { surface, term, onAdd, display: this.display }), this.mount!);
    void this.place(host, anchor);
  }

  /** The quieter card for formula-like text the glossary lacks. */
  showUnexplained(surface: string, details: FormulaDetails, anchor: DOMRect, onAdd: () => void): void {
    const host = this.ensure();
    host.style.visibility = 'hidden';
    host.style.display = 'block';
    render(h(Unexplained, { surface, details, onAdd }), this.mount!);
    void this.place(host, anchor);
  }

  /** The general dictionary's card: a reading word by word, or one word's senses. */
  showDictionary(surface: string, words: readonly ReadingWord[], anchor: DOMRect, onAdd?: () => void): void {
    const host = this.ensure();
    host.style.visibility = 'hidden';
    host.style.display = 'block';
    render(h(DictionaryCard, { surface, words, onAdd }), this.mount!);
    void this.place(host, anchor);
  }

  private async place(host: HTMLElement, anchor: DOMRect): Promise<void> {
    const reference = { getBoundingClientRect: () => anchor };
    const { x, y } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    host.style.visibility = 'visible';
  }

  hide(): void {
    if (this.host) this.host.style.display = 'none';
  }

  contains(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  destroy(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = undefined;
  }
}
