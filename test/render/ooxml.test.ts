// The checks the Word tests rely on must themselves fail when they should.
import { describe, expect, it } from 'vitest';
import { expectInOrder, parseXml } from './support/ooxml';

describe('test support: ooxml', () => {
  it('rejects XML that is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow();
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
    expect(parseXml('<a x="1"><b>t</b></a>').children[0]?.text).toBe('t');
  });

  it('reports missing and misplaced text', () => {
    const paragraphs = [{ text: 'one' }, { text: 'two' }, { text: 'three' }];
    expect(expectInOrder(paragraphs, ['one', 'three'])).toEqual([0, 2]);
    expect(() => expectInOrder(paragraphs, ['three', 'one'])).toThrow(/out of order/);
    expect(() => expectInOrder(paragraphs, ['four'])).toThrow(/not in the document/);
  });
});
