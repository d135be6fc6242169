// What the content script and the card frame say to each other, over the MessagePort the content script
// hands the frame once. The content script says only which entry to show and where it is on the page;
// the frame fetches the explanation from the background itself, so the page's world never holds it.
import type { ExplainContext } from './protocol';
import type { ExplanationLanguage } from './settings';

export interface ShowCard {
  kind: 'show';
  /** Increases with every show: replies about an older one are ignored. */
  serial: number;
  /** The text as written on the page. */
  surface: string;
  /**
   * What to show: an entry (explained by the background), formula-like text the glossary lacks (with the
   * definition the page gives, if any; the card fetches its word-by-word reading), an offer to add, or
   * the general dictionary's answer for text the glossary lacks (`word`: the word under the pointer, all
   * its senses; otherwise a selection read word by word).
   */
  what:
    | { kind: 'entry'; id: string; context: ExplainContext }
    | { kind: 'unexplained'; text: string; parts: string[]; definition?: string }
    | { kind: 'add'; text: string }
    | { kind: 'dictionary'; text: string; word: boolean };
  /**
   * `locale` is an interface language code (en, zh_CN, zh_TW); the card checks it. `details`: open More
   * from the start (the reader's setting). `traditional`: the page is written in traditional characters,
   * so the card's Chinese follows it.
   */
  display: { language: ExplanationLanguage; pinyin: boolean; locale: string; details: boolean; traditional: boolean };
  /** The card's width limit, from the page's viewport (its height is cut by the host, which places it). */
  maxWidth: number;
}

/**
 * Sent after the content script focused the frame (a card opened from the keyboard): the card moves focus
 * to itself, so that Tab reaches More and the arrow keys scroll it. A frame may not take focus on its own.
 */
export interface FocusCard {
  kind: 'focus';
  serial: number;
}

export type ToCard = ShowCard | FocusCard;

export type FromCard =
  /** `keep`: the reader changed the card (More, a related term): it keeps its side of the term. */
  | { kind: 'size'; serial: number; width: number; height: number; keep?: boolean }
  /** `at`: Date.now() in the card when the pointer crossed its edge (messages arrive late). */
  | { kind: 'pointer'; inside: boolean; at: number }
  | { kind: 'escape' };

/** The first message the frame accepts, from its parent window only: it carries the port. */
export const CONNECT = 'tifa-lens-card-connect';

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Runtime check of a message from the content script; anything else is ignored. */
export function parseToCard(raw: unknown): ToCard | undefined {
  const f = raw as Partial<FocusCard> | null;
  if (f?.kind === 'focus') return typeof f.serial === 'number' ? (f as FocusCard) : undefined;
  const m = raw as Partial<ShowCard> | null;
  if (!m || m.kind !== 'show' || typeof m.serial !== 'number' || !isString(m.surface, 4000)) return undefined;
  if (typeof m.maxWidth !== 'number') return undefined;
  const d = m.display as Partial<ShowCard['display']> | undefined;
  if (!d || typeof d.pinyin !== 'boolean' || !isString(d.language, 8) || !isString(d.locale, 8)) return undefined;
  if (typeof d.details !== 'boolean' || typeof d.traditional !== 'boolean') return undefined;
  const w = m.what as Record<string, unknown> | undefined;
  if (!w) return undefined;
  const ok =
    (w.kind === 'entry' && isString(w.id, 200) && typeof w.context === 'object' && w.context !== null) ||
    (w.kind === 'unexplained' &&
      isString(w.text, 200) &&
      Array.isArray(w.parts) &&
      (w.definition === undefined || isString(w.definition, 400))) ||
    (w.kind === 'add' && isString(w.text, 200)) ||
    (w.kind === 'dictionary' && isString(w.text, 200) && typeof w.word === 'boolean');
  return ok ? (m as ShowCard) : undefined;
}

export function parseFromCard(raw: unknown): FromCard | undefined {
  const m = raw as Record<string, unknown> | null;
  if (m?.kind === 'size' && typeof m.serial === 'number' && typeof m.width === 'number' && typeof m.height === 'number')
    return m as FromCard;
  if (m?.kind === 'pointer' && typeof m.inside === 'boolean' && typeof m.at === 'number') return m as FromCard;
  if (m?.kind === 'escape') return m as FromCard;
  return undefined;
}
