// The card's frame: an extension page inside a closed shadow root on the reader's page. Page scripts
// cannot read it (another origin), write into it, or click it (only trusted clicks inside act). It gets
// one MessagePort from its parent, asks the background for the explanation, and reports its size.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { ReadingWord } from '../core/dictionary';
import type { ExplainedTerm, ToBackground } from '../core/protocol';
import { resolveLocale, setLocale } from '../i18n';
import { Card, DictionaryCard, Unexplained } from './Card';
import css from './card.css?inline';
import { CONNECT, parseToCard, type FromCard, type ShowCard } from '../core/card-protocol';
import { setTraditionalPage } from '../ui/traditional';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);
const mount = document.getElementById('card')!;
// The card scrolls when the viewport cannot hold it: a Tab stop lets keyboard readers scroll it.
mount.tabIndex = 0;

let port: MessagePort | undefined;
const tell = (message: FromCard) => port?.postMessage(message);

function ask<K extends keyof ToBackground>(type: K, params: ToBackground[K]['params']) {
  return browser.runtime.sendMessage<unknown, ToBackground[K]['reply']>({ type, params });
}

/** Acts only on a click the reader made: a script cannot make a trusted event in this frame. */
const trusted = (act: () => void) => (event: Event) => {
  if (event.isTrusted) act();
};
const addToGlossary = (text: string) => trusted(() => void ask('openOptions', { add: text }).catch(() => undefined));

let current: ShowCard | undefined;
/** The reader has acted in this card (More, a related term): from then on it grows where it stands. */
let touched = false;
/** The entries this card has shown since the page asked for it: a related term opens on top, Back returns. */
let trail: { surface: string; term: ExplainedTerm | null | undefined }[] = [];
/** The general dictionary's words, for a flagged formula or a dictionary lookup; undefined until they come. */
let words: readonly ReadingWord[] | undefined;

/**
 * Tells the content script the card's natural size (its content, not the clipped box), so the frame can be
 * sized and placed; again whenever the content changes size (More opened, the explanation arrived).
 */
function report(): void {
  const content = mount.firstElementChild;
  if (!current || !content) return;
  const box = mount.getBoundingClientRect();
  const borders = mount.offsetHeight - mount.clientHeight;
  const height = Math.ceil(content.getBoundingClientRect().height + borders);
  tell({ kind: 'size', serial: current.serial, width: Math.ceil(box.width), height, keep: touched });
}
const resized = new ResizeObserver(() => report());

function openRelated(id: string, term: string): void {
  const show = current;
  if (!show || show.what.kind !== 'entry') return;
  const { context } = show.what;
  trail.push({ surface: term, term: undefined });
  draw();
  void ask('explain', { id, context })
    .catch(() => null)
    .then((explained) => {
      const top = trail.at(-1);
      if (show !== current || !top || top.surface !== term) return;
      top.term = explained;
      draw();
      mount.scrollTop = 0;
    });
}

function goBack(): void {
  trail.pop();
  draw();
}

function draw(): void {
  const show = current;
  if (!show) return;
  const { surface, what, display } = show;
  document.documentElement.style.setProperty('--card-max-width', `${show.maxWidth}px`);
  const top = trail.at(-1);
  const below = trail.at(-2);
  const known = words?.some((w) => w.senses.length);
  const vnode =
    what.kind === 'unexplained' ? (
      <Unexplained
        surface={surface}
        details={{ parts: what.parts, definition: what.definition, reading: words }}
        onAdd={addToGlossary(what.text)}
      />
    ) : what.kind === 'dictionary' && (known || words === undefined) ? (
      <DictionaryCard surface={surface} words={words ?? []} onAdd={what.word ? undefined : addToGlossary(what.text)} />
    ) : what.kind === 'add' || what.kind === 'dictionary' ? (
      <Card surface={surface} term={null} onAdd={addToGlossary(what.text)} display={display} />
    ) : (
      <Card
        // A new key per entry: More starts as the reader's setting says, not as the last card left it.
        key={trail.length}
        surface={top?.surface ?? show.surface}
        term={top?.term}
        display={display}
        onRelated={(id, term) => openRelated(id, term)}
        back={below && { label: below.surface, go: goBack }}
      />
    );
  render(vnode, mount);
  // For the bench (TIFA_MARKS builds only): when the card drew its placeholder and its explanation.
  if (__TIFA_MARKS__) performance.mark(top?.term === undefined ? 'tifa-lens:card-drawn' : 'tifa-lens:card-content');
  const content = mount.firstElementChild;
  resized.disconnect();
  if (content) resized.observe(content);
  report();
}

/** The general dictionary's words for what the card shows: a reading, or one word and its senses. */
async function dictionaryWords(what: ShowCard['what']): Promise<readonly ReadingWord[]> {
  if (what.kind === 'dictionary' && what.word) {
    const word = await ask('dictionaryWord', { text: what.text });
    return word ? [word] : [];
  }
  const text = what.kind === 'unexplained' || what.kind === 'dictionary' ? what.text : '';
  return ask('dictionaryReading', { text });
}

async function show(message: ShowCard): Promise<void> {
  current = message;
  touched = false;
  trail = [{ surface: message.surface, term: undefined }];
  setLocale(resolveLocale(message.display.locale, 'en'));
  setTraditionalPage(message.display.traditional);
  mount.scrollTop = 0;
  words = undefined;
  draw(); // at once: the term and an ellipsis while the explanation comes
  const { what } = message;
  if (what.kind === 'unexplained' || what.kind === 'dictionary') {
    // The dictionary is loaded by the background on first use: the first answer may take a moment.
    const found = await dictionaryWords(what).catch(() => []);
    if (message !== current) return;
    words = found;
    draw();
    return;
  }
  if (what.kind !== 'entry') return;
  const term = await ask('explain', { id: what.id, context: what.context }).catch(() => null);
  if (message !== current) return;
  trail[0]!.term = term;
  draw();
}

addEventListener('message', (event: MessageEvent) => {
  // One port, once, from the window that embeds this frame (our content script's).
  if (port || event.source !== parent || event.data !== CONNECT || !event.ports[0]) return;
  port = event.ports[0];
  port.onmessage = (e: MessageEvent) => {
    const message = parseToCard(e.data);
    if (message?.kind === 'show') void show(message);
    else if (message?.kind === 'focus' && message.serial === current?.serial) mount.focus();
  };
});

// The wheel scrolls the card and nothing else: at the card's end (or on a card with nothing to scroll)
// the browser would pass the scroll on to the page, which would move it and close the card.
addEventListener(
  'wheel',
  (e) => {
    e.preventDefault();
    const line = e.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : e.deltaMode === WheelEvent.DOM_DELTA_PAGE ? 200 : 1;
    mount.scrollBy({ top: e.deltaY * line, left: e.deltaX * line });
  },
  { passive: false },
);

for (const type of ['pointerdown', 'keydown'] as const) {
  addEventListener(type, (e) => e.isTrusted && (touched = true), { capture: true });
}

const pointer = (inside: boolean) => (e: PointerEvent) =>
  e.isTrusted && tell({ kind: 'pointer', inside, at: Date.now() });
document.documentElement.addEventListener('pointerenter', pointer(true));
document.documentElement.addEventListener('pointerleave', pointer(false));
addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && tell({ kind: 'escape' }));
