import { classifyPage, type PageVerdict } from '../core/classify';
import { Matcher } from '../core/matcher';
import { decodeAutomaton, unpackAutomaton, type LoadedAutomaton } from '../core/automaton-wire';
import type { Handlers, PageState, ToContent } from '../core/protocol';
import { decide, siteChoice, type DecisionCode, type Settings } from '../core/settings';
import type { TierOf } from '../core/term-density';
import { Annotator, yieldToPage, type TermHit } from './annotator';
import type { TextBlock } from './collect';
import { highlights, unregisterHighlights } from './highlights';
import { watchHover, type HoverControl } from './hover';
import { mark, measure } from './marks';
import { PageStyles } from './page-styles';
import { fetchPackagedAutomaton } from './packaged-automaton';
import { ask, ext } from '../platform/extension-api';
import { observeChanges } from './observe';
import { pageIsTraditional, pageText, pageYear } from './page-context';
import { pageSignals } from './page-signals';
import { getLocale, resolveLocale, setLocale } from '../i18n';
import { CardHost, type CardRequest } from './card-host';
import { watchWordLookup } from './word-lookup';
import type { ReadingWord } from '../core/dictionary';

const FLASH_MS = 1600;
/**
 * Collecting the sample and classifying the page run in one task with the first screen's first slice
 * unless they took longer than this. On an article (the reference page: 5–7 ms) the reader then sees the
 * highlights without waiting for a turn of the event loop. On a long page classifying takes longer, and
 * the first slice also pays the style recalculation our stylesheet causes, so the two go in separate tasks
 * and neither comes near the 50 ms that makes a page feel stuck.
 */
const CLASSIFY_TASK_MS = 10;
/** Enough text to classify a page: the classifier reads 5000 characters of main text from this much. */
const SAMPLE_CHARS = 15000;
const BLOCKS = 'p, div, li, td, th, section, article, h1, h2, h3, h4, h5, h6, blockquote, dd, dt';

/** The block element a changed node belongs to: re-annotating it re-joins split text. */
function blockRoot(node: Node): Node {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el?.closest(BLOCKS) ?? el ?? node;
}

/**
 * One frame's lens: classification, annotation, hover, and answers to the popup.
 * `apply(settings)` (re)decides; `forceOn()` is the popup's "Annotate this page".
 */
export class Lens {
  private hover: HoverControl | undefined;
  private readonly tooltip = new CardHost({
    pointer: (inside, at) => this.hover?.pointerInCard(inside, at),
    escape: () => this.hover?.hideNow(),
  });
  /** Our stylesheets: adopted only while annotating, removed when we stop. */
  private readonly styles = new PageStyles();
  private matcher: Matcher | undefined;
  /** The built-in automaton's packed bytes (fetched once; kept for a later reload of the glossary). */
  private packaged: Promise<ArrayBuffer | undefined> | undefined;
  private annotator: Annotator | undefined;
  private run: AbortController | undefined;
  private verdict: PageVerdict = { kind: 'other', score: 0, reasons: [{ code: 'notRead' }] };
  private because: DecisionCode = 'notRead';
  private tierOf: TierOf = () => 'formula';
  private settings: Settings | undefined;
  /** The popup or the keyboard overrode the mode for this page: true on, false off. */
  private forced: boolean | undefined;
  private stepIndex = -1;
  private href = location.href;
  /** The dictionary hover lookup's listeners, while the setting is on. */
  private lookups: AbortController | undefined;

  constructor(private readonly signal: AbortSignal) {
    // A single-page site changes its URL without reloading; treat that as a new page.
    addEventListener('popstate', () => this.checkNavigation(), { signal });
    signal.addEventListener('abort', () => this.stop());
  }

  async apply(settings: Settings): Promise<void> {
    this.settings = settings;
    setLocale(resolveLocale(settings.uiLanguage, navigator.language));
    // Nothing reaches the page before the decision to annotate: the styles are adopted in restart().
    this.styles.update(settings);
    if (!this.matcher) {
      const automaton = await this.loadAutomaton(settings.personalInPages);
      mark('tifa-lens:automaton');
      // The Matcher adopts the packed arrays as they are: nothing is copied or computed here.
      this.matcher = new Matcher(automaton);
      const vocabulary = new Set(automaton.vocabulary);
      this.tierOf = (id) => (vocabulary.has(id) ? 'vocabulary' : 'formula');
      measure('tifa-lens:matcher', 'tifa-lens:automaton');
    }
    this.watchLookups(settings);
    await this.restart();
  }

  /** Takes the built-in automaton's bytes the loader is fetching (or fetches them now), to overlap the settings. */
  prefetch(bytes?: Promise<ArrayBuffer | undefined>): void {
    this.packaged ??= bytes ?? fetchPackagedAutomaton((path) => ext.runtime.getURL(path));
  }

  /**
   * The built-in automaton from the package; the background's, with the reader's own forms, only when the
   * reader chose to see those in pages (or the package file could not be read).
   */
  private async loadAutomaton(withOwnForms: boolean): Promise<LoadedAutomaton> {
    if (!withOwnForms) {
      this.prefetch();
      const bytes = await this.packaged;
      try {
        if (bytes) return unpackAutomaton(bytes);
      } catch {
        // A damaged package file: the background builds the automaton from the glossary instead.
      }
    }
    return decodeAutomaton(await ask('automaton', {}));
  }

  /** The optional dictionary lookup of any word under the pointer while a key is held (off by default). */
  private watchLookups(settings: Settings): void {
    this.lookups?.abort();
    this.lookups = undefined;
    if (!settings.hoverLookup) return;
    const lookups = new AbortController();
    this.signal.addEventListener('abort', () => lookups.abort(), { signal: lookups.signal });
    this.lookups = lookups;
    watchWordLookup(
      settings.lookupKey,
      (word, range) => this.showLookup(word, range),
      (e) => {
        if (!this.tooltip.contains(e)) this.tooltip.hide();
      },
      lookups.signal,
    );
  }

  /** A looked-up word: the glossary's explanation when it has one, else the dictionary's senses. */
  private showLookup(word: ReadingWord, range: Range): void {
    const rect = range.getBoundingClientRect();
    if (!word.glossaryId) {
      this.showCard(word.text, { kind: 'dictionary', text: word.text, word: true }, rect);
      return;
    }
    const context = { near: word.text, page: pageText(this.annotator?.pageSample ?? ''), year: pageYear() };
    this.showCard(word.text, { kind: 'entry', id: word.glossaryId, context }, rect);
  }

  /** The reader's glossary (or whether it shows in pages) changed: fetch the automaton again and re-annotate. */
  async reloadGlossary(settings: Settings): Promise<void> {
    this.matcher = undefined;
    await this.apply(settings);
  }

  async forceOn(): Promise<PageState> {
    this.forced = true;
    await this.restart();
    return this.state();
  }

  async toggle(): Promise<PageState> {
    this.forced = !this.annotator;
    await this.restart();
    return this.state();
  }

  private async restart(): Promise<void> {
    this.stop();
    if (!this.settings || !this.matcher || this.signal.aborted) return;
    const run = new AbortController();
    this.run = run;
    mark('tifa-lens:start');
    const began = performance.now();
    // Shadow roots found while walking are observed too, once the observer exists.
    const observer = { add: (target: Node): void => void target };
    const annotator = new Annotator(
      this.matcher,
      () => this.tooltip.element,
      (root) => {
        if (this.annotator === annotator) this.styles.adopt(root);
        observer.add(root);
      },
    );
    annotator.tierOf = this.tierOf;
    annotator.hideVocabulary = this.settings.hideVocabulary;
    // Classify from the first few thousand characters; the rest is walked in time slices while annotating.
    const walk = annotator.walk(document.body);
    const sample: TextBlock[] = [];
    for (let chars = 0, next = walk.next(); !next.done; next = walk.next()) {
      sample.push(next.value);
      chars += next.value.text.length;
      if (chars >= SAMPLE_CHARS) break;
    }
    this.verdict = classifyPage(pageSignals(sample, this.matcher, this.tierOf));
    const decision =
      this.forced === undefined
        ? decide(this.settings, location.hostname, this.verdict)
        : this.forced
          ? { annotate: this.verdict.kind !== 'other', because: 'forcedOn' as const }
          : { annotate: false, because: 'forcedOff' as const };
    this.because = decision.because;
    mark('tifa-lens:classified');
    // Observe even when not annotating, so a single-page navigation can be noticed.
    observer.add = observeChanges(
      [document.body, ...annotator.shadowRoots],
      (node) => node === this.tooltip.element,
      (roots) => void this.refresh(roots, run.signal),
      run.signal,
    );
    if (!decision.annotate) return;
    if (performance.now() - began > CLASSIFY_TASK_MS) await yieldToPage();
    if (run.signal.aborted) return;
    this.annotator = annotator;
    this.styles.adopt(document);
    for (const root of annotator.shadowRoots) this.styles.adopt(root);
    annotator.takeSample(sample);
    // Hover works from the first screen on; the rest of the page is matched in idle time.
    this.watchHover(annotator, run.signal);
    await annotator.annotateBlocks(
      (function* () {
        yield* sample;
        yield* walk;
      })(),
      run.signal,
      () => mark('tifa-lens:first-screen', { registered: annotator.registered }),
    );
    if (run.signal.aborted) return;
    measure('tifa-lens:annotate', 'tifa-lens:start', { hits: annotator.hits.size, registered: annotator.registered });
    void this.report();
  }

  private watchHover(annotator: Annotator, signal: AbortSignal): void {
    this.hover = watchHover(
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
  }

  stop(): void {
    this.run?.abort();
    this.run = undefined;
    if (this.annotator) {
      this.annotator.clear();
      this.annotator = undefined;
      unregisterHighlights();
      this.tooltip.destroy();
      this.styles.removeAll();
      void this.report();
    }
    this.hover = undefined;
  }

  private checkNavigation(): boolean {
    if (location.href === this.href) return false;
    this.href = location.href;
    this.forced = undefined;
    void this.restart();
    return true;
  }

  private async refresh(roots: Node[], signal: AbortSignal): Promise<void> {
    if (this.checkNavigation()) return;
    const annotator = this.annotator;
    if (!annotator) return;
    const blocks = [...new Set(roots.map(blockRoot))].filter(
      (b, _, all) => b.isConnected && !all.some((other) => other !== b && other.contains(b)),
    );
    annotator.forget((hit) => {
      const node = hit.startNode;
      return !node.isConnected || blocks.some((b) => b.contains(node));
    });
    await annotator.annotate(blocks, signal);
    mark('tifa-lens:refresh');
    void this.report();
  }

  private async report(): Promise<void> {
    const ids = this.annotator?.pageTerms().map((t) => t.id) ?? [];
    await ask('termsFound', { ids }).catch(() => undefined);
  }

  /** Shows the card for a hit: which entry, and the text around it; the card's frame does the rest. */
  private explain(hit: TermHit, rect: DOMRect, focus = false): void {
    if (!this.annotator?.isIntact(hit)) return; // a range the page re-pointed: never show it
    const active = highlights().active;
    active.clear();
    active.add(this.annotator.shownRange(hit));
    if (hit.candidate) {
      const { text, parts, definition } = hit.candidate;
      // The card fetches the word-by-word reading from the background's dictionary itself.
      this.showCard(hit.surface, { kind: 'unexplained', text, parts, definition: definition?.text }, rect, focus);
      return;
    }
    const context = { near: hit.near, page: pageText(this.annotator.pageSample), year: pageYear() };
    this.showCard(hit.surface, { kind: 'entry', id: hit.id, context }, rect, focus);
  }

  private showCard(surface: string, what: CardRequest['what'], rect: DOMRect, focus = false): void {
    const settings = this.settings;
    const display = {
      language: settings?.language ?? 'both',
      pinyin: settings?.pinyin ?? true,
      locale: getLocale(),
      details: settings?.cardDetails ?? false,
      traditional: pageIsTraditional(),
    };
    void this.tooltip.show({ surface, what, display }, rect, focus);
  }

  /**
   * What this frame answers, by message name (as the background's map in src/background/handlers.ts). The
   * broadcasts and `applySettings` need the settings, which lens-main.ts loads: it adds those three.
   */
  readonly handlers: Omit<Handlers<ToContent>, 'settingsChanged' | 'glossaryChanged' | 'applySettings'> = {
    listTerms: () => this.state(),
    reveal: ({ id }) => this.reveal((h) => h.id === id && !h.candidate),
    revealUnexplained: ({ text }) => this.reveal((h) => h.candidate?.text === text),
    annotateNow: () => this.forceOn(),
    toggle: () => this.toggle(),
    step: ({ by }) => this.step(by),
    explainSelection: ({ text, ids }) => this.explainSelection(text, ids),
  };

  state(): PageState {
    return {
      host: location.hostname,
      url: location.href,
      title: document.title,
      verdict: this.verdict,
      annotating: !!this.annotator,
      because: this.because,
      mode: this.settings?.mode ?? 'auto',
      site: this.settings ? siteChoice(this.settings, location.hostname) : 'default',
      terms: this.annotator?.pageTerms() ?? [],
      unexplained: this.annotator?.unexplainedTerms() ?? [],
    };
  }

  /**
   * Keyboard reading: moves to the next (by = 1) or previous (by = -1) term, scrolls it into view and
   * shows its tooltip, so every explanation is reachable without a mouse.
   */
  private async step(by: number): Promise<boolean> {
    const hits = this.annotator?.sortedHits() ?? [];
    if (!hits.length) return false;
    this.stepIndex = (((this.stepIndex + (by < 0 ? -1 : 1)) % hits.length) + hits.length) % hits.length;
    const hit = hits[this.stepIndex]!;
    // A term far down the page has no registered range yet: register its block before scrolling there.
    this.annotator?.bringIn(hit);
    hit.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    // Let the scroll settle (scrolling closes a hover tooltip) before showing this one.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const rect = hit.range.getClientRects()[0] ?? hit.range.getBoundingClientRect();
    // Opened from the keyboard, the card takes focus: Tab then reaches More and its related terms.
    this.explain(hit, rect, true);
    return true;
  }

  /** The context menu's answer, shown beside the selection: its first entry, or an offer to add it. */
  private explainSelection(text: string, ids: string[]): Promise<boolean> {
    const selection = getSelection();
    const range = selection && selection.rangeCount ? selection.getRangeAt(0) : undefined;
    const rect = range?.getBoundingClientRect() ?? new DOMRect(innerWidth / 2, innerHeight / 3, 0, 0);
    const [first] = ids;
    if (!first) {
      // The glossary lacks it: the card reads it word by word from the general dictionary instead.
      this.showCard(text, { kind: 'dictionary', text: text.slice(0, 200), word: false }, rect);
      return Promise.resolve(false);
    }
    const context = { near: text, page: pageText(this.annotator?.pageSample ?? ''), year: pageYear() };
    this.showCard(text, { kind: 'entry', id: first, context }, rect);
    return Promise.resolve(true);
  }

  /** Scrolls to the first intact hit that `wanted` picks and flashes it. */
  private reveal(wanted: (hit: TermHit) => boolean): boolean {
    const annotator = this.annotator;
    const hit = annotator?.sortedHits().find((h) => wanted(h) && annotator.isIntact(h));
    if (!annotator || !hit) return false;
    // A term far down the page has no registered range yet: register its block before scrolling there.
    annotator.bringIn(hit);
    hit.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const flash = highlights().flash;
    const shown = annotator.shownRange(hit);
    flash.clear();
    flash.add(shown);
    setTimeout(() => flash.delete(shown), FLASH_MS);
    return true;
  }
}
