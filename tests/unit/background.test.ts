import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch, TermsByTab } from '../../src/background/handlers';
import { parseToBackground } from '../../src/core/messages';
import { patternsOf } from '../../src/core/glossary-index';
import { GLOSSARY } from '../../src/glossary';

function setup() {
  const badges: [number, string][] = [];
  const handlers = createHandlers({
    glossary: GLOSSARY,
    termsByTab: new TermsByTab(),
    setBadge: (tabId, text) => {
      badges.push([tabId, text]);
      return Promise.resolve();
    },
  });
  const send = (raw: unknown, tabId?: number, frameId?: number) =>
    dispatch(handlers, parseToBackground(raw)!, { tabId, frameId });
  return { badges, send };
}

describe('background handlers', () => {
  it('serves every surface form of the glossary as a pattern', async () => {
    const { send } = setup();
    const patterns = (await send({ type: 'patterns', params: {} })) as { text: string; id: string }[];
    const forms = patternsOf(GLOSSARY).length;
    expect(patterns).toHaveLength(forms);
    expect(patterns).toContainEqual({ text: '专精特新', id: expect.any(String) as string });
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
});
