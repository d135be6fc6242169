// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { ReadingWord } from '../../src/core/dictionary';
import { DictionarySenses, WordByWord } from '../../src/ui/WordByWord';

const words: ReadingWord[] = [
  { text: '六', senses: [{ pinyin: 'liù', glosses: ['six', '6'] }] },
  { text: '地', senses: [{ pinyin: 'dì', glosses: ['earth', 'ground', 'field'] }] },
  { text: '专精特新', senses: [{ pinyin: 'zhuān jīng tè xīn', glosses: [] }], glossaryId: 'zhuan-jing-te-xin' },
  { text: '12', senses: [] },
];

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

describe('WordByWord', () => {
  it('shows each word with its pinyin and its first glosses, glossary words marked', () => {
    const root = mount(<WordByWord words={words} />);
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.textContent)).toEqual([
      '六 liù six; 6',
      '地 dì earth; ground',
      '专精特新 zhuān jīng tè xīn',
      '12',
    ]);
    expect(items[2]!.classList.contains('in-glossary')).toBe(true);
    expect(root.querySelector('.pinyin')!.getAttribute('lang')).toBe('zh-Latn-pinyin');
  });

  it('lists every sense of a looked-up word', () => {
    const root = mount(
      <DictionarySenses
        word={{
          text: '行',
          senses: [
            { pinyin: 'xíng', glosses: ['to walk'] },
            { pinyin: 'háng', glosses: ['row'] },
          ],
        }}
      />,
    );
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['xíng to walk', 'háng row']);
  });
});
