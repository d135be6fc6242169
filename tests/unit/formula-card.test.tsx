// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { DictionaryCard, Unexplained } from '../../src/card/Card';

function mount(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(node, root);
  return root;
}

const reading = [
  { text: '六', senses: [{ pinyin: 'liù', glosses: ['six'] }] },
  { text: '地', senses: [{ pinyin: 'dì', glosses: ['earth'] }] },
];

describe('the card of a flagged formula', () => {
  it('shows, in order, the in-page definition, the parts found nearby and the word-by-word reading', () => {
    const onAdd = vi.fn();
    const root = mount(
      <Unexplained
        surface="六地四转"
        details={{ parts: ['粮食基地', '能源基地'], definition: '建设六个基地、推动四个转变', reading }}
        onAdd={onAdd}
      />,
    );
    const text = root.textContent;
    const at = (s: string) => text.indexOf(s);
    expect(at('Defined on this page:')).toBeGreaterThan(0);
    expect(at('建设六个基地、推动四个转变')).toBeGreaterThan(at('Defined on this page:'));
    expect(at('粮食基地')).toBeGreaterThan(at('建设六个基地'));
    expect(at('Word by word (CC-CEDICT):')).toBeGreaterThan(at('能源基地'));
    expect(at('六 liù six')).toBeGreaterThan(at('Word by word'));
    root.querySelector<HTMLButtonElement>('button.add')!.click();
    expect(onAdd).toHaveBeenCalled();
  });

  it('leaves out what it does not have', () => {
    const text = mount(<Unexplained surface="三区十园" details={{ parts: [] }} onAdd={() => undefined} />).textContent;
    expect(text).not.toContain('Defined on this page');
    expect(text).not.toContain('Word by word');
  });
});

describe('the dictionary card', () => {
  it('reads a selection word by word, and shows every sense of a single word', () => {
    const many = mount(<DictionaryCard surface="六地" words={reading} />);
    expect(many.textContent).toContain('From the general dictionary (CC-CEDICT), not the glossary.');
    expect([...many.querySelectorAll('.word-by-word li')].map((li) => li.textContent)).toEqual([
      '六 liù six',
      '地 dì earth',
    ]);
    const one = mount(
      <DictionaryCard
        surface="行"
        words={[
          {
            text: '行',
            senses: [
              { pinyin: 'xíng', glosses: ['to walk'] },
              { pinyin: 'háng', glosses: ['row'] },
            ],
          },
        ]}
      />,
    );
    expect([...one.querySelectorAll('.dictionary-senses li')].map((li) => li.textContent)).toEqual([
      'xíng to walk',
      'háng row',
    ]);
  });
});
