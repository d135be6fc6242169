import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch, entriesInSelection, TermsByTab } from '../../src/background/handlers';
import { Matcher } from '../../src/core/matcher';
import { decodeAutomaton, type AutomatonWire } from '../../src/core/automaton-wire';
import { parseToBackground } from '../../src/core/protocol';
import { patternsOf } from '../../src/core/glossary-index';
import { GLOSSARY } from '../../src/glossary';
import { parseDictionary } from '../../src/core/dictionary';

/** A few CC-CEDICT lines in the build's compact form: enough to test the handlers without the whole file. */
const SAMPLE_DICTIONARY = parseDictionary(
  [
    '发展\tfa1 zhan3\tdevelopment; to develop',
    '企业\tqi3 ye4\tcompany; firm',
    '专精\tzhuan1 jing1\tto specialize',
  ].join('\n'),
);
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

function setup() {
  const badges: [number, string][] = [];
  const opened: (string | undefined)[] = [];
  const handlers = createHandlers({
    glossary: GLOSSARY,
    matcher: () => new Matcher(patternsOf(GLOSSARY)),
    termsByTab: new TermsByTab(),
    dictionary: () => Promise.resolve(SAMPLE_DICTIONARY),
    openOptions: (add) => {
      opened.push(add);
      return Promise.resolve();
    },
    setBadge: (tabId, text) => {
      badges.push([tabId, text]);
      return Promise.resolve();
    },
  });
  const send = (raw: unknown, tabId?: number, frameId?: number) =>
    dispatch(handlers, parseToBackground(raw)!, { tabId, frameId, extensionPage: true });
  /** As a content script asks: beside the page's own scripts, on a web page's host. */
  const fromContent = (raw: unknown, host = 'news.cn') =>
    dispatch(handlers, parseToBackground(raw)!, { tabId: 1, frameId: 0, host });
  return { badges, opened, send, fromContent };
}

describe('background handlers', () => {
  it('serves the glossary automaton, which finds every surface form', async () => {
    const { send } = setup();
    const wire = (await send({ type: 'automaton', params: {} })) as AutomatonWire;
    // As a tab receives it: through JSON (Chrome's messaging), then decoded and loaded without building.
    const matcher = new Matcher(decodeAutomaton(JSON.parse(JSON.stringify(wire)) as AutomatonWire));
    const forms = patternsOf(GLOSSARY).filter((p) => p.id);
    expect(matcher.idCount).toBe(new Set(patternsOf(GLOSSARY).map((p) => p.id)).size);
    const id = GLOSSARY.find((e) => e.term === '专精特新')!.id;
    expect(matcher.findAll('推进专精特新企业发展')).toEqual([{ start: 2, end: 6, id }]);
    // Every form, alone, is found whole (some are found as a longer blocker or form; none is lost).
    const missed = forms.filter((p) => matcher.findAll(p.text).length === 0);
    expect(missed).toEqual([]);
  });

  it('explains a term with pinyin and related entries resolved', async () => {
    const { send } = setup();
    const id = GLOSSARY.find((e) => e.term === '专精特新')!.id;
    const term = (await send({ type: 'explain', params: { id, context: { near: '专精特新', page: '' } } })) as {
      pinyin: string;
      related: unknown[];
    };
    expect(term.pinyin).toBe('zhuān jīng tè xīn');
    expect(Array.isArray(term.related)).toBe(true);
  });

  it('answers null for an unknown id', async () => {
    const { send } = setup();
    expect(await send({ type: 'explain', params: { id: 'no-such-term', context: { near: '', page: '' } } })).toBeNull();
  });

  it('counts distinct terms over a tab’s frames, and clears the badge at zero', async () => {
    const { send, badges } = setup();
    await send({ type: 'termsFound', params: { ids: ['a', 'b'] } }, 7, 0);
    await send({ type: 'termsFound', params: { ids: ['b', 'c'] } }, 7, 3);
    await send({ type: 'termsFound', params: { ids: [] } }, 7, 0);
    await send({ type: 'termsFound', params: { ids: [] } }, 7, 3);
    await send({ type: 'termsFound', params: { ids: ['a'] } });
    expect(badges).toEqual([
      [7, '2'],
      [7, '3'],
      [7, '2'],
      [7, ''],
    ]);
  });

  it('opens the options page with the add form filled in', async () => {
    const { send, opened } = setup();
    await send({ type: 'openOptions', params: { add: '项目为王' } });
    expect(opened).toEqual(['项目为王']);
  });

  it('answers explanations and "open the options page" only to extension pages, never to content scripts', async () => {
    const { fromContent, opened } = setup();
    const id = GLOSSARY.find((e) => e.term === '专精特新')!.id;
    expect(await fromContent({ type: 'explain', params: { id, context: { near: '', page: '' } } })).toBeNull();
    expect(await fromContent({ type: 'openOptions', params: { add: '项目为王' } })).toBeNull();
    expect(opened).toEqual([]);
  });

  it('gives the popup the entries it shows, by id and with their readings, and searches for it', async () => {
    const { send, fromContent } = setup();
    const id = GLOSSARY.find((e) => e.term === '专精特新')!.id;
    const found = (await send({ type: 'entries', params: { ids: [id, 'no-such-term'] } })) as unknown[];
    expect(found).toEqual([{ ...GLOSSARY.find((e) => e.id === id), pinyin: 'zhuān jīng tè xīn' }, null]);
    const hits = (await send({ type: 'search', params: { query: 'zhuanjingtexin' } })) as {
      id: string;
      pinyin: string;
    }[];
    expect(hits[0]).toMatchObject({ id, pinyin: 'zhuān jīng tè xīn' });
    expect(((await send({ type: 'search', params: { query: '專精特新' } })) as { id: string }[])[0]!.id).toBe(id);
    // Content scripts get neither: they run beside the page's own scripts.
    expect(await fromContent({ type: 'entries', params: { ids: [id] } })).toEqual([]);
    expect(await fromContent({ type: 'search', params: { query: '专精特新' } })).toEqual([]);
    expect(parseToBackground({ type: 'search', params: { query: 'x'.repeat(201) } })).toBeUndefined();
    expect(parseToBackground({ type: 'entries', params: { ids: [1] } })).toBeUndefined();
  });

  it('gives the popup’s list only what its rows show: headword, reading and English name', async () => {
    const { send, fromContent } = setup();
    const entry = GLOSSARY.find((e) => e.term === '专精特新')!;
    const rows = (await send({ type: 'termRows', params: { ids: ['no-such-term', entry.id] } })) as unknown[];
    expect(rows).toEqual([
      null,
      { id: entry.id, term: '专精特新', english: entry.english, pinyin: 'zhuān jīng tè xīn' },
    ]);
    // Asked again, the same reading (worked out once per entry).
    expect(await send({ type: 'termRows', params: { ids: [entry.id] } })).toEqual([rows[1]]);
    expect(await fromContent({ type: 'termRows', params: { ids: [entry.id] } })).toEqual([]);
    expect(parseToBackground({ type: 'termRows', params: { ids: 'x' } })).toBeUndefined();
  });

  it('finds the entries in a selection, traditional or simplified', () => {
    const matcher = new Matcher(patternsOf(GLOSSARY));
    const ids = entriesInSelection(matcher, '堅持“項目為王”,推進專精特新');
    expect(ids.map((id) => GLOSSARY.find((e) => e.id === id)!.term)).toEqual(['项目为王', '专精特新']);
    expect(entriesInSelection(matcher, '今天天气很好')).toEqual([]);
  });

  it('reads text word by word from the dictionary, glossary terms whole and marked', async () => {
    const { send } = setup();
    const words = (await send({ type: 'dictionaryReading', params: { text: '專精特新企業發展' } })) as {
      text: string;
      glossaryId?: string;
      senses: { pinyin: string }[];
    }[];
    const id = GLOSSARY.find((e) => e.term === '专精特新')!.id;
    expect(words.map((w) => w.text)).toEqual(['专精特新', '企业', '发展']);
    expect(words[0]!.glossaryId).toBe(id);
    expect(words[2]!.senses[0]!.pinyin).toBe('fā zhǎn');
  });

  it('looks up the word at the pointer, the glossary first', async () => {
    const { send } = setup();
    expect(await send({ type: 'dictionaryWord', params: { text: '发展新质生产力' } })).toMatchObject({
      text: '发展',
      senses: [{ pinyin: 'fā zhǎn', glosses: ['development', 'to develop'] }],
    });
    const word = (await send({ type: 'dictionaryWord', params: { text: '专精特新企业' } })) as { glossaryId?: string };
    expect(word.glossaryId).toBe(GLOSSARY.find((e) => e.term === '专精特新')!.id);
    expect(await send({ type: 'dictionaryWord', params: { text: 'xyz' } })).toBeNull();
    expect(parseToBackground({ type: 'dictionaryWord', params: { text: 'x'.repeat(201) } })).toBeUndefined();
  });
});

describe('what content scripts get', () => {
  const mine = { ...GLOSSARY[0]!, id: 'my-secret', term: '甲乙丙丁', variants: [], related: [] };
  const withMine = [...GLOSSARY, mine];
  const handlersFor = (settings: Settings) =>
    createHandlers({
      glossary: withMine,
      builtIn: GLOSSARY,
      matcher: () => new Matcher(patternsOf(withMine)),
      pageMatcher: () =>
        settings.personalInPages ? new Matcher(patternsOf(withMine)) : new Matcher(patternsOf(GLOSSARY)),
      settings: () => settings,
      personalIds: new Set(['my-secret']),
      termsByTab: new TermsByTab(),
      dictionary: () => Promise.resolve(SAMPLE_DICTIONARY),
      openOptions: () => Promise.resolve(),
      setBadge: () => Promise.resolve(),
    });
  const automaton = async (settings: Settings) =>
    new Matcher(
      decodeAutomaton(
        (await dispatch(handlersFor(settings), parseToBackground({ type: 'automaton', params: {} })!, {
          host: 'news.cn',
        })) as AutomatonWire,
      ),
    );

  it('an automaton with the reader’s own forms only when they chose to see them in pages', async () => {
    expect((await automaton(DEFAULT_SETTINGS)).findAll('他说甲乙丙丁')).toEqual([]);
    expect((await automaton({ ...DEFAULT_SETTINGS, personalInPages: true })).findAll('他说甲乙丙丁')).toEqual([
      { start: 2, end: 6, id: 'my-secret' },
    ]);
  });

  it('the popup gets the reader’s entry for a built-in one they replaced under another id', async () => {
    const ours = GLOSSARY.find((e) => e.term === '专精特新')!;
    const theirs = { ...ours, id: 'my-zjtx', gloss: 'Mine.' };
    const handlers = createHandlers({
      glossary: [...GLOSSARY.filter((e) => e !== ours), theirs],
      builtIn: GLOSSARY,
      matcher: () => new Matcher(patternsOf(GLOSSARY)),
      termsByTab: new TermsByTab(),
      dictionary: () => Promise.resolve(SAMPLE_DICTIONARY),
      openOptions: () => Promise.resolve(),
      setBadge: () => Promise.resolve(),
    });
    const reply = await dispatch(handlers, parseToBackground({ type: 'entries', params: { ids: [ours.id] } })!, {
      extensionPage: true,
    });
    expect(reply).toMatchObject([{ id: 'my-zjtx', gloss: 'Mine.' }]);
  });

  it('settings with the site lists cut down to the asking frame’s host', async () => {
    const settings = { ...DEFAULT_SETTINGS, neverSites: ['a.cn', 'news.cn'], alwaysSites: ['b.cn'] };
    const reply = await dispatch(handlersFor(settings), parseToBackground({ type: 'lensSettings', params: {} })!, {
      host: 'news.cn',
    });
    expect(reply).toEqual({ ...settings, neverSites: ['news.cn'], alwaysSites: [] });
  });

  it('dictionary lookups that never name the reader’s own terms unless they chose to see them in pages', async () => {
    const lookup = async (settings: Settings) =>
      (await dispatch(
        handlersFor(settings),
        parseToBackground({ type: 'dictionaryWord', params: { text: '甲乙丙丁' } })!,
        {
          host: 'news.cn',
        },
      )) as { glossaryId?: string } | null;
    expect((await lookup(DEFAULT_SETTINGS))?.glossaryId).toBeUndefined();
    expect((await lookup({ ...DEFAULT_SETTINGS, personalInPages: true }))?.glossaryId).toBe('my-secret');
  });
});
