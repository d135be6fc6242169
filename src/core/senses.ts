import type { GlossaryEntry, Sense } from './glossary-schema';

/** What the page tells us about where a term sits. All text is already normalised (simplified). */
export interface TermContext {
  /** The sentence or paragraph around the term. */
  near: string;
  /** Title plus a sample of the page's text. */
  page: string;
  /** The page's year, when it can be read from the page. */
  year?: number;
}

/**
 * Why a sense won, as a code with its parameters; each UI renders it in its own language
 * (src/ui/sense-reason.ts), so no English sentence crosses from here to a Chinese interface.
 */
export type SenseReason =
  | { code: 'near'; word: string }
  | { code: 'onPage'; word: string }
  | { code: 'place'; place: string }
  | { code: 'year'; year: number }
  | { code: 'fallback' };

export interface SenseChoice {
  sense: Sense;
  score: number;
  /** Why this sense won, for the tooltip: 白名单 nearby, the page mentions 河南. */
  reasons: SenseReason[];
}

const NEAR_WEIGHT = 3;
const PAGE_WEIGHT = 1;
const PLACE_WEIGHT = 2;
const YEAR_WEIGHT = 2;

function scoreSense(sense: Sense, ctx: TermContext): SenseChoice {
  let score = 0;
  const reasons: SenseReason[] = [];
  for (const word of sense.cues.words ?? []) {
    if (ctx.near.includes(word)) {
      score += NEAR_WEIGHT;
      reasons.push({ code: 'near', word });
    } else if (ctx.page.includes(word)) {
      score += PAGE_WEIGHT;
      reasons.push({ code: 'onPage', word });
    }
  }
  for (const place of sense.cues.places ?? []) {
    if (ctx.near.includes(place) || ctx.page.includes(place)) {
      score += PLACE_WEIGHT;
      reasons.push({ code: 'place', place });
    }
  }
  const years = sense.cues.years;
  if (years && ctx.year !== undefined && ctx.year >= (years.from ?? -Infinity) && ctx.year <= (years.to ?? Infinity)) {
    score += YEAR_WEIGHT;
    reasons.push({ code: 'year', year: ctx.year });
  }
  return { sense, score, reasons };
}

/**
 * Picks the sense whose cues best fit the context. Ties go to the earlier sense,
 * and with no cue at all the first sense (the entry's stated fallback) is chosen.
 */
export function chooseSense(entry: GlossaryEntry, ctx: TermContext): SenseChoice | undefined {
  const senses = entry.senses;
  if (!senses?.length) return undefined;
  let best: SenseChoice | undefined;
  for (const sense of senses) {
    const choice = scoreSense(sense, ctx);
    if (!best || choice.score > best.score) best = choice;
  }
  if (best && best.score === 0) best.reasons.push({ code: 'fallback' });
  return best;
}

/** A four-digit year between 1949 and next year, read from a date-like string (2022年7月, 2022-07-31). */
export function yearFrom(text: string, now = new Date().getFullYear()): number | undefined {
  const m = /(19[4-9]\d|20\d\d)\s*(?:年|[-/.]\s*\d{1,2})/.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  return y >= 1949 && y <= now + 1 ? y : undefined;
}
