// The card's frame: an extension page inside a closed shadow root on the reader's page. Page scripts
// cannot read it (another origin), write into it, or click it (only trusted clicks inside act). It gets
// one MessagePort from its parent, asks the background for the explanation, and reports its size.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { ReadingWord } from '../core/dictionary';
import type { ExplainedTerm, ToBackground } from '../core/messages';
import { resolveLocale, setLocale } from '../i18n';
import { Card, DictionaryCard, Unexplained } from './Card';
import css from './card.css?inline';
import { CONNECT, parseToCard, type FromCard, type ShowCard } from '../core/card-protocol';

const style = document.createElement('style');
style.textContent = css;
document.head.append(style);
const mount = document.getElementById('card')!;

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

let current = 0;

/** What the card fetched for what it shows: an explanation, or the general dictionary's words. */
interface Fetched {
  term?: ExplainedTerm | null;
  words?: readonly ReadingWord[];
}

function draw(show: ShowCard, fetched: Fetched = {}): void {
  const { surface, what, display } = show;
  const { term, words } = fetched;
  document.documentElement.style.setProperty('--card-max-width', `${show.maxWidth}px`);
  document.documentElement.style.setProperty('--card-max-height', `${show.maxHeight}px`);
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
      <Card surface={surface} term={term} display={display} />
    );
  render(vnode, mount);
  // For the bench (TIFA_MARKS builds only): when the card drew its placeholder and its explanation.
  if (__TIFA_MARKS__) performance.mark(term === undefined ? 'tifa-lens:card-drawn' : 'tifa-lens:card-content');
  const box = mount.firstElementChild?.getBoundingClientRect();
  if (box) tell({ kind: 'size', serial: show.serial, width: Math.ceil(box.width), height: Math.ceil(box.height) });
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
  current = message.serial;
  setLocale(resolveLocale(message.display.locale, 'en'));
  draw(message); // at once: the term and an ellipsis while the explanation comes
  const { what } = message;
  if (what.kind === 'unexplained' || what.kind === 'dictionary') {
    // The dictionary is loaded by the background on first use: the first answer may take a moment.
    const words = await dictionaryWords(what).catch(() => []);
    if (message.serial === current) draw(message, { words });
    return;
  }
  if (what.kind !== 'entry') return;
  const term = await ask('explain', { id: what.id, context: what.context }).catch(() => null);
  if (message.serial === current) draw(message, { term });
}

addEventListener('message', (event: MessageEvent) => {
  // One port, once, from the window that embeds this frame (our content script's).
  if (port || event.source !== parent || event.data !== CONNECT || !event.ports[0]) return;
  port = event.ports[0];
  port.onmessage = (e: MessageEvent) => {
    const message = parseToCard(e.data);
    if (message) void show(message);
  };
});

const pointer = (inside: boolean) => (e: PointerEvent) =>
  e.isTrusted && tell({ kind: 'pointer', inside, at: Date.now() });
document.documentElement.addEventListener('pointerenter', pointer(true));
document.documentElement.addEventListener('pointerleave', pointer(false));
addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && tell({ kind: 'escape' }));
