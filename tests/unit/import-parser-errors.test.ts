/**
 * Parser errors worded by each browser engine come out as one form: the line, the column
 * and the engine's message without its place, for the "malformed XML/JSON" messages. jsdom
 * only shows one wording, so the others are given here.
 */
import { describe, expect, it } from 'vitest';
import { describeJsonError } from '../../src/lib/import/detect';
import { describeParserError } from '../../src/lib/import/xml';

describe('XML parser errors', () => {
  it('reads jsdom, Chromium and Firefox wordings', () => {
    expect(describeParserError('5:8: unexpected close tag.')).toEqual({
      line: 5,
      column: 8,
      message: 'unexpected close tag.',
    });
    expect(
      describeParserError(
        'This page contains the following errors:error on line 4 at column 3: Opening and ending tag mismatch: node line 3 and graph\nBelow is a rendering of the page up to the first error.',
      ),
    ).toEqual({ line: 4, column: 3, message: 'Opening and ending tag mismatch: node line 3 and graph' });
    expect(
      describeParserError(
        'XML Parsing Error: mismatched tag. Expected: </node>.\nLocation: file:///x.gexf\nLine Number 4, Column 3:</graph>\n--^',
      ),
    ).toEqual({ line: 4, column: 3, message: 'mismatched tag. Expected: </node>.' });
  });

  it('keeps an unknown wording as the message, without a place', () => {
    expect(describeParserError('  something\n odd ')).toEqual({ message: 'something odd' });
  });
});

describe('JSON parser errors', () => {
  const text = '{\n  "a": 1\n  "b": 2\n}';

  it('reads V8 wordings with and without a line', () => {
    expect(
      describeJsonError("Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)", text),
    ).toEqual({ line: 3, column: 3, message: "Expected ',' or '}' after property value" });
    expect(describeJsonError('Unexpected string in JSON at position 13', text)).toEqual({
      line: 3,
      column: 3,
      message: 'Unexpected string',
    });
    expect(describeJsonError('Unexpected end of JSON input', '{\n  "a": [1,')).toEqual({
      line: 2,
      column: 11,
      message: 'Unexpected end of JSON input',
    });
  });

  it('reads Firefox and Safari wordings', () => {
    expect(
      describeJsonError(
        "JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data",
        text,
      ),
    ).toEqual({ line: 3, column: 3, message: "expected ',' or '}' after property value in object" });
    expect(describeJsonError('JSON Parse error: Unexpected EOF', '{"a":')).toEqual({
      line: 1,
      column: 6,
      message: 'Unexpected EOF',
    });
  });

  it('keeps a wording without a place as the message alone', () => {
    expect(describeJsonError('JSON Parse error: Unrecognized token', text)).toEqual({
      message: 'Unrecognized token',
    });
  });
});
