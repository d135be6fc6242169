import { describe, expect, it } from 'vitest';
import {
  decodeAutomaton,
  encodeAutomaton,
  packAutomaton,
  unpackAutomaton,
  type AutomatonWire,
} from '../../src/core/automaton-wire';
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
    expect(matcher.idCount).toBe(built.idCount);
  });

  it('carries the whole glossary in one string, each id once', () => {
    const built = new Matcher(patternsOf(GLOSSARY));
    const wire = encodeAutomaton(built.toData(), []);
    const loaded = decodeAutomaton(carried(wire));
    expect(new Set(loaded.ids).size).toBe(loaded.ids.length);
    expect(loaded.ids.length).toBeLessThanOrEqual(GLOSSARY.length + 1); // + the blockers' empty id
    const matcher = new Matcher(loaded);
    const text = '推进专精特新企业发展，坚持项目为王，落实六稳六保';
    expect(matcher.findAll(text)).toEqual(built.findAll(text));
    expect(decodeAutomaton(carried(encodeAutomaton(new Matcher([]).toData(), []))).vocabulary).toEqual([]);
  });

  it('is read from the package file as views on its bytes, nothing copied', () => {
    const built = new Matcher(p('项目', '项目为王'));
    const bytes = packAutomaton(built.toData(), ['项目']).slice().buffer;
    const loaded = unpackAutomaton(bytes);
    expect(loaded.first.buffer).toBe(bytes);
    expect(loaded.labels.buffer).toBe(bytes);
    expect(loaded.vocabulary).toEqual(['项目']);
    expect(new Matcher(loaded).findAll('坚持项目为王')).toEqual(built.findAll('坚持项目为王'));
  });

  it('refuses bytes that are cut short, padded or of another format', () => {
    const bytes = packAutomaton(new Matcher(p('ab')).toData(), []);
    expect(() => unpackAutomaton(bytes.slice(0, bytes.length - 1).buffer)).toThrow(/malformed/);
    expect(() => unpackAutomaton(new Uint8Array([...bytes, 0]).buffer)).toThrow(/malformed/);
    const other = bytes.slice();
    other[0] = other[0]! ^ 1;
    expect(() => unpackAutomaton(other.buffer)).toThrow(/malformed/);
    expect(() => unpackAutomaton(new ArrayBuffer(3))).toThrow(/malformed/);
  });
});
