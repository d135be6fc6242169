import { computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';
import browser from 'webextension-polyfill';
import { CONNECT, parseFromCard, type ShowCard } from '../core/card-protocol';

/** The card's own page; web-accessible so that it can be framed here (see manifest.json). */
export const CARD_PAGE = 'src/card/index.html';

/** Styles of the frame element, inside our closed shadow root: the page's styles cannot reach it. */
const FRAME_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; display: block; }
iframe { display: block; border: 0; padding: 0; margin: 0; width: 0; height: 0; background: transparent;
  border-radius: 10px; box-shadow: 0 8px 24px rgb(0 0 0 / 0.18); color-scheme: light dark; }
`;

let frameSheet: CSSStyleSheet | undefined;

/**
 * A constructed sheet, which a page's CSP (style-src) does not block, unlike a <style> element; where a
 * browser refuses constructed sheets, a <style> element is the fallback.
 */
function adoptFrameStyle(root: ShadowRoot): void {
  try {
    frameSheet ??= new CSSStyleSheet();
    frameSheet.replaceSync(FRAME_CSS);
    root.adoptedStyleSheets = [frameSheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = FRAME_CSS;
    root.append(style);
  }
}

/** Out of sight and out of the pointer's way, but still laid out (see `ensure`). */
function conceal(host: HTMLElement): void {
  host.style.visibility = 'hidden';
  host.style.pointerEvents = 'none';
}

export interface CardEvents {
  /** The pointer entered (true) or left (false) the card, at `at` (Date.now() in the card). */
  pointer(inside: boolean, at: number): void;
  /** Escape was pressed inside the card. */
  escape(): void;
}

export type CardRequest = Omit<ShowCard, 'kind' | 'serial' | 'maxWidth'>;

/** The card's widest; the first view is laid out to stay within 400 × 380 CSS px. */
const CARD_MAX_WIDTH = 400;
/** Between the card and the term, and between the card and the viewport's edges. */
const GAP = 6;
const EDGE = 8;

/**
 * The one element the extension adds to a page, and only while annotating: a plain <div> (a name no
 * page can define as a custom element) with a closed shadow root holding an <iframe> of the card page.
 * The page sees the element and its size and place, never its content. Re-attached if the page removes it.
 */
export class CardHost {
  private host: HTMLElement | undefined;
  private frame: HTMLIFrameElement | undefined;
  private port: MessagePort | undefined;
  private ready: Promise<MessagePort> | undefined;
  private serial = 0;
  private anchor: DOMRect | undefined;
  /** The side chosen when the card first showed: it keeps it when More makes it grow (see `place`). */
  private placement: Placement | undefined;
  /** Focus the card once it is placed: it was opened from the keyboard. */
  private focusOnShow = false;

  constructor(private readonly events: CardEvents) {}

  get element(): HTMLElement | undefined {
    return this.host;
  }

  private ensure(): Promise<MessagePort> {
    if (!this.host || !this.frame) {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'closed' });
      const frame = document.createElement('iframe');
      frame.title = 'Tifa Lens';
      // The source is set before the frame enters the document, so the only load is the card's own.
      frame.src = browser.runtime.getURL(CARD_PAGE);
      adoptFrameStyle(root);
      root.append(frame);
      this.host = host;
      this.frame = frame;
      const channel = new MessageChannel();
      channel.port1.onmessage = (e: MessageEvent) => this.received(e.data);
      this.ready = new Promise((resolve) => {
        frame.addEventListener(
          'load',
          () => {
            // '*' because an extension URL's origin serialises differently across browsers; the frame
            // sits in our closed root and only ever holds the card page, so nothing else can receive this.
            frame.contentWindow?.postMessage(CONNECT, '*', [channel.port2]);
            this.port = channel.port1;
            resolve(channel.port1);
          },
          { once: true },
        );
      });
      // Hidden by visibility, never display:none: Chromium does not lay out the document of a frame
      // whose element is not displayed, so the card could not measure itself.
      conceal(host);
      document.documentElement.append(host);
    }
    if (!this.host.isConnected) {
      // The page removed it: a removed frame loses its document, so start again with a new one.
      this.drop();
      return this.ensure();
    }
    return this.ready!;
  }

  private received(raw: unknown): void {
    const message = parseFromCard(raw);
    if (!message) return;
    if (message.kind === 'pointer') this.events.pointer(message.inside, message.at);
    else if (message.kind === 'escape') this.events.escape();
    else if (message.serial === this.serial && this.host && this.frame && this.anchor) {
      void this.place(this.host, this.frame, this.anchor, message);
    }
  }

  /** Shows the card beside `anchor` (the term's box); `focus` when the reader opened it from the keyboard. */
  async show(request: CardRequest, anchor: DOMRect, focus = false): Promise<void> {
    const serial = ++this.serial;
    this.anchor = anchor;
    this.placement = undefined;
    this.focusOnShow = focus;
    const port = await this.ensure();
    if (serial !== this.serial) return;
    const message: ShowCard = {
      ...request,
      kind: 'show',
      serial,
      maxWidth: Math.min(CARD_MAX_WIDTH, innerWidth - 2 * EDGE),
    };
    port.postMessage(message);
  }

  /**
   * Above or below the term, never over it, and wholly inside the viewport: `flip` picks the side with
   * room (or, when neither holds the whole card, the one that holds most of it), `shift` slides the card
   * along the line, and `size` cuts it to the room on its side, where it scrolls inside itself. A card
   * that grows while shown (More) keeps its side: moving it would pull it from under the reader's pointer.
   */
  private async place(
    host: HTMLElement,
    frame: HTMLIFrameElement,
    anchor: DOMRect,
    natural: { serial: number; width: number; height: number; keep?: boolean },
  ): Promise<void> {
    const { serial } = natural;
    frame.style.width = `${Math.min(natural.width, innerWidth - 2 * EDGE)}px`;
    frame.style.height = `${natural.height}px`;
    const reference = { getBoundingClientRect: () => anchor };
    const fit = size({
      padding: EDGE,
      apply: ({ availableHeight }) => {
        frame.style.height = `${Math.max(0, Math.min(natural.height, Math.floor(availableHeight)))}px`;
      },
    });
    const keep = natural.keep ? this.placement : undefined;
    const { x, y, placement } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: keep ?? 'bottom-start',
      middleware: keep
        ? [offset(GAP), shift({ padding: EDGE }), fit]
        : [
            offset(GAP),
            flip({ padding: EDGE, crossAxis: false, fallbackPlacements: ['top-start'], fallbackStrategy: 'bestFit' }),
            shift({ padding: EDGE }),
            fit,
          ],
    });
    if (serial !== this.serial) return;
    this.placement = placement;
    host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    host.style.visibility = 'visible';
    host.style.pointerEvents = 'auto';
    if (this.focusOnShow) {
      this.focusOnShow = false;
      frame.focus();
      this.port?.postMessage({ kind: 'focus', serial });
    }
  }

  hide(): void {
    this.serial++;
    if (this.host) conceal(this.host);
  }

  contains(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  destroy(): void {
    this.serial++;
    this.drop();
  }

  /** Forgets the host and its frame (the card being shown, if any, goes on in a new one). */
  private drop(): void {
    this.port?.close();
    this.port = undefined;
    this.ready = undefined;
    this.host?.remove();
    this.host = undefined;
    this.frame = undefined;
  }
}
