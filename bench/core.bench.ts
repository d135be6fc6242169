// normalize() and Matcher.findAll() throughput on the official texts (the large page's corpus), in MB/s of
// UTF-8 Chinese text. vitest prints ops/s; each benchmark also times its own calls and prints MB/s, and
// scripts/bench-micro.mjs puts the figures in bench/RESULTS.md (via bench/results/micro.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { patternsOf } from '../src/core/glossary-index';
import { Matcher } from '../src/core/matcher';
import { normalize } from '../src/core/normalize';
import { GLOSSARY } from '../src/glossary/index';
import { corpusParagraphs } from './pages.mjs';

interface MicroResult {
  name: string;
  /** UTF-8 MB (10^6 bytes) of input per second, from the median call; null when there is no input. */
  mbps: number | null;
  /** The same from the fastest call, which a busy machine disturbs least. */
  bestMbps: number | null;
  mcharsps: number | null;
  utf16Mbps: number | null;
  bestMs: number;
  medianMs: number;
  calls: number;
  bytes: number;
  chars: number;
}

const paragraphs: string[] = (corpusParagraphs() as { paragraphs: string[] }).paragraphs;
const normalized = paragraphs.map((p) => normalize(p).text);
const whole = normalized.join('\n');
const patterns = patternsOf(GLOSSARY);
const matcher = new Matcher(patterns);
const size = (texts: string[]) => ({
  bytes: texts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0),
  chars: texts.reduce((s, t) => s + t.length, 0),
});
const input = size(paragraphs);
const results: MicroResult[] = [];

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** A benchmark that also times each call itself and reports MB/s of `of` when vitest's run ends. */
function throughput(name: string, of: { bytes: number; chars: number } | null, work: () => unknown): void {
  const samples: number[] = [];
  let sink = 0;
  bench(
    name,
    () => {
      const t = performance.now();
      const out = work();
      samples.push(performance.now() - t);
      sink += Array.isArray(out) ? out.length : 1;
    },
    {
      time: 2000,
      warmupTime: 300,
      setup: (_task, mode) => {
        if (mode === 'run') samples.length = 0;
      },
      teardown: (_task, mode) => {
        if (mode !== 'run' || !samples.length) return;
        const med = median(samples);
        const best = Math.min(...samples);
        const perSecond = (amount: number, ms: number) => amount / 1e6 / (ms / 1000);
        const r: MicroResult = {
          name,
          mbps: of && perSecond(of.bytes, med),
          bestMbps: of && perSecond(of.bytes, best),
          mcharsps: of && perSecond(of.chars, med),
          utf16Mbps: of && perSecond(of.chars * 2, med),
          medianMs: med,
          bestMs: best,
          calls: samples.length,
          bytes: of?.bytes ?? 0,
          chars: of?.chars ?? 0,
        };
        results.push(r);
        console.log(
          of
            ? `[MB/s] ${name}: ${r.mbps!.toFixed(1)} MB/s UTF-8 (best call ${r.bestMbps!.toFixed(1)}), ` +
                `${r.mcharsps!.toFixed(2)} M chars/s, ${med.toFixed(2)} ms per pass over ` +
                `${(of.bytes / 1e6).toFixed(2)} MB (${of.chars} chars), ${r.calls} passes [sink ${sink}]`
            : `[ms] ${name}: ${med.toFixed(2)} ms median, ${best.toFixed(2)} ms best, ${r.calls} calls [sink ${sink}]`,
        );
        mkdirSync('bench/results', { recursive: true });
        writeFileSync(
          'bench/results/micro.json',
          JSON.stringify(
            { date: new Date().toISOString(), node: process.version, patterns: patterns.length, results },
            null,
            2,
          ) + '\n',
        );
      },
    },
  );
}

describe(`${paragraphs.length} paragraphs, ${input.chars} chars, ${(input.bytes / 1e6).toFixed(2)} MB UTF-8; ${patterns.length} patterns`, () => {
  throughput('normalize() per paragraph', input, () => paragraphs.map((p) => normalize(p)));
  throughput('Matcher.findAll() per paragraph (normalised text)', size(normalized), () =>
    normalized.map((p) => matcher.findAll(p)),
  );
  throughput('Matcher.findAll() on the whole text as one string', size([whole]), () => matcher.findAll(whole));
  throughput('normalize() + findAll() per paragraph (the annotator pipeline)', input, () =>
    paragraphs.map((p) => matcher.findAll(normalize(p).text)),
  );
  throughput('new Matcher(patternsOf(GLOSSARY)): build time only', null, () => new Matcher(patterns));
});
