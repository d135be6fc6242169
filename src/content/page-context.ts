import { normalize } from '../core/normalize';
import { isTraditionalText } from '../core/script';
import { yearFrom } from '../core/senses';

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="publishdate"]',
  'meta[name="PubDate"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
];

/** The page's year from its metadata, a <time> element, or failing that its title. */
export function pageYear(): number | undefined {
  for (const selector of DATE_META) {
    const content = document.querySelector(selector)?.getAttribute('content');
    const y = content ? yearFrom(content) : undefined;
    if (y) return y;
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  return (time && yearFrom(time)) || yearFrom(document.title);
}

/** Title plus the start of the page's text, normalised, for sense cues. */
export function pageText(sample: string): string {
  return normalize(document.title).text + '\n' + sample;
}

const SCRIPT_SAMPLE_CHARS = 3000;
let scriptOf: { href: string; traditional: boolean } | undefined;

/**
 * Whether the page is written in traditional characters, read once per address from the title and the
 * start of its text (a walk that stops early, so a huge page costs no more than a small one).
 */
export function pageIsTraditional(): boolean {
  if (scriptOf?.href === location.href) return scriptOf.traditional;
  let sample = document.title;
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && sample.length < SCRIPT_SAMPLE_CHARS; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent !== 'script' && parent !== 'style') sample += (node as Text).data.slice(0, 500);
  }
  scriptOf = { href: location.href, traditional: isTraditionalText(sample) };
  return scriptOf.traditional;
}
