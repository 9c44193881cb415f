import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/classifier-data.js';

describe('parseCsv (RFC 4180, used to read BANKING77)', () => {
  it('reads plain rows with a header', () => {
    expect(parseCsv('text,category\nhello,a\nworld,b\n')).toEqual([
      ['text', 'category'],
      ['hello', 'a'],
      ['world', 'b'],
    ]);
  });
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('"a, b","say ""hi"""\n"line one\nline two",x')).toEqual([
      ['a, b', 'say "hi"'],
      ['line one\nline two', 'x'],
    ]);
  });
  it('accepts CRLF line ends and a last row without a newline', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
  it('keeps empty fields', () => {
    expect(parseCsv(',x,\n')).toEqual([['', 'x', '']]);
  });
  it('fails loudly on an unterminated quote', () => {
    expect(() => parseCsv('"open,1\n')).toThrow(/quoted field/);
  });
});
