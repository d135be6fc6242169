import { describe, expect, it } from 'vitest';
import { decodeAutomaton, encodeAutomaton, type AutomatonWire } from '../../src/core/automaton-wire';
import { patternsOf } from '../../src/core/glossary-index';
import { Matcher, type Pattern } from '../../src/core/matcher';
import { GLOSSARY } from '../../src/glossary';

const p = (...texts: string[]): Pattern[] => texts.map((text) => ({ text, id: text }));
/** As Chrome carries a message: JSON both ways. */
const carried = (wire: AutomatonWire) => JSON.parse(JSON.stringify(wire)) as AutomatonWire;

describe('the automaton on the wire (background → tab)', () => {
  it('finds exactly what the matcher it came from finds, surrogate pairs and blockers included', () => {
    const patterns = [...p('项目', '项目为王', 'ab', 'bcd', 'cd', '𠀀𠀁', '𠀀x'), { text: '四保临江', id: '' }];
    const built = new Matcher(patterns);
    const wire = carried(encodeAutomaton(built.toData(), ['ab', 'cd']));
    expect(wire.packed).toMatch(/^[A-Za-z0-9+/=]*$/); // ASCII: nothing for messaging to replace
    const loaded = decodeAutomaton(wire);
    expect(loaded.vocabulary).toEqual(['ab', 'cd']);
    const matcher = new Matcher(loaded);
    for (const text of ['坚持项目为王,抓项目', 'abcd bcd', '𠀀𠀁 𠀀x', '三下江南四保临江', '']) {
      expect(matcher.findAll(text)).toEqual(built.findAll(text));
    }
    expect(matcher.patternCount).toBe(built.patternCount);
  });

  it('carries the whole glossary in one string, smaller than the arrays as JSON', () => {
    const built = new Matcher(patternsOf(GLOSSARY));
    const wire = encodeAutomaton(built.toData(), []);
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(built.toData()).length);
    const matcher = new Matcher(decodeAutomaton(carried(wire)));
    const text = '推进专精特新企业发展，坚持项目为王，落实六稳六保';
    expect(matcher.findAll(text)).toEqual(built.findAll(text));
    expect(decodeAutomaton(carried(encodeAutomaton(new Matcher([]).toData(), []))).vocabulary).toEqual([]);
  });

  it('refuses a packed buffer that does not fit its counts', () => {
    const wire = encodeAutomaton(new Matcher(p('ab')).toData(), []);
    expect(() => decodeAutomaton({ ...wire, states: wire.states + 1 })).toThrow(/malformed/);
  });
});
