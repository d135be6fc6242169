import { normalize } from '../core/normalize';
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
