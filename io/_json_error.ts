/**
 * Turning V8's `JSON.parse` messages into a place in the text and a reason.
 *
 * V8 (as in Deno 2.9.6) reports most errors as `… in JSON at position N (line
 * L column C)`, the end of the text as `Unexpected end of JSON input`, and an
 * unexpected character as `Unexpected token 'x', "…excerpt…" is not valid JSON`,
 * where the excerpt runs up to 10 characters either side of it, marked with
 * `...` where cut (the whole text when it is under 21 characters).
 *
 * @module
 */

/** Where parsing stopped, when it can be told, and why. */
export interface JSONErrorPlace {
  /** Line, from 1, or `undefined` when the message gives no place. */
  line: number | undefined;
  /** Column in UTF-16 code units, from 1. */
  column: number | undefined;
  /** Whether parsing stopped at the end of the text, as with a truncated file. */
  atEnd: boolean;
  /** V8's message without the position and the excerpt. */
  reason: string;
}

const CONTEXT = 10;
const POSITION = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/;
const UNEXPECTED_TOKEN =
  /^(Unexpected token '[^]+?'), (\.\.\.)?"([^]*)"(\.\.\.)? is not valid JSON$/;

/**
 * Reads the place and reason out of a `JSON.parse` error message.
 *
 * @param message The SyntaxError's message.
 * @param text The text that failed to parse.
 */
export function jsonErrorPlace(message: string, text: string): JSONErrorPlace {
  const position = POSITION.exec(message);
  if (position !== null) {
    return place(text, Number(position[1]), message.slice(0, position.index));
  }
  if (message === "Unexpected end of JSON input") return place(text, text.length, message);
  const token = UNEXPECTED_TOKEN.exec(message);
  if (token === null) return { line: undefined, column: undefined, atEnd: false, reason: message };
  const [, reason, cutBefore, excerpt, cutAfter] = token;
  return place(
    text,
    tokenOffset(text, excerpt, cutBefore !== undefined, cutAfter !== undefined),
    reason,
  );
}

/** The offset of the unexpected character; cut on both sides, the excerpt's first occurrence is taken. */
function tokenOffset(
  text: string,
  excerpt: string,
  cutBefore: boolean,
  cutAfter: boolean,
): number | undefined {
  if (cutBefore && cutAfter) {
    const start = text.indexOf(excerpt);
    return start < 0 ? undefined : start + CONTEXT;
  }
  if (cutBefore) return text.length - excerpt.length + CONTEXT;
  if (cutAfter) return excerpt.length - CONTEXT;
  return undefined;
}

function place(text: string, offset: number | undefined, reason: string): JSONErrorPlace {
  if (offset === undefined) return { line: undefined, column: undefined, atEnd: false, reason };
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf("\n"); k >= 0 && k < offset; k = text.indexOf("\n", k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1, atEnd: offset >= text.trimEnd().length, reason };
}
