import { computePosition, flip, offset, shift } from '@floating-ui/dom';
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

export type CardRequest = Omit<ShowCard, 'kind' | 'serial' | 'maxWidth' | 'maxHeight'>;

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
      this.frame.style.width = `${message.width}px`;
      this.frame.style.height = `${message.height}px`;
      void this.place(this.host, this.anchor, message.serial);
    }
  }

  async show(request: CardRequest, anchor: DOMRect): Promise<void> {
    const serial = ++this.serial;
    this.anchor = anchor;
    const port = await this.ensure();
    if (serial !== this.serial) return;
    const message: ShowCard = {
      ...request,
      kind: 'show',
      serial,
      maxWidth: Math.min(420, innerWidth - 16),
      maxHeight: Math.min(innerHeight * 0.7, 520),
    };
    port.postMessage(message);
  }

  private async place(host: HTMLElement, anchor: DOMRect, serial: number): Promise<void> {
    const reference = { getBoundingClientRect: () => anchor };
    const { x, y } = await computePosition(reference, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    if (serial !== this.serial) return;
    host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    host.style.visibility = 'visible';
    host.style.pointerEvents = 'auto';
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
