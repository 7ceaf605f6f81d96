/**
 * One linear pass over JSON text before `JSON.parse` builds it: nesting deeper
 * than a limit, and a key that appears twice in one object, are found with
 * their place (line, column and field path), where `JSON.parse` would recurse
 * into a stack overflow or silently keep the last of two values. Anything else
 * that is malformed is left to `JSON.parse`, which reports it.
 *
 * @module
 */

/** What the scan found wrong, and where. */
export interface ScanProblem {
  /** Field path, such as `layers[2].weights` (`""` for the whole text). */
  field: string;
  /** What is wrong. */
  reason: string;
  /** Line of the offending character, from 1. */
  line: number;
  /** Column, from 1, in UTF-16 code units. */
  column: number;
}

/** An open array or object: the index of the current item, or the current key and the keys seen. */
interface Frame {
  index: number;
  key: string | null;
  keys: Set<string> | null;
  /** In an object: whether the next string is a key. */
  expectKey: boolean;
}

const QUOTE = 34, BACKSLASH = 92, COMMA = 44, COLON = 58;
const OPEN_OBJECT = 123, CLOSE_OBJECT = 125, OPEN_ARRAY = 91, CLOSE_ARRAY = 93;

/**
 * The first problem in `text`: nesting deeper than `maxDepth` arrays and
 * objects, or a duplicate key; `null` when there is none.
 */
export function scanJSON(text: string, maxDepth: number): ScanProblem | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return null; // unterminated: JSON.parse says where
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        const key = keyOf(text.slice(i + 1, end));
        if (top.keys.has(key)) {
          top.key = null; // the path names the object
          return problem(text, i, stack, `the key ${JSON.stringify(key)} appears twice`);
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (stack.length === maxDepth) {
        return problem(text, i, stack, `nested deeper than ${maxDepth} levels`);
      }
      const object = c === OPEN_OBJECT;
      stack.push({ index: 0, key: null, keys: object ? new Set() : null, expectKey: object });
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      stack.pop();
    } else if (c === COMMA) {
      const top = stack.at(-1);
      if (top === undefined) continue;
      if (top.keys === null) top.index++;
      else top.expectKey = true;
    } else if (c === COLON) {
      const top = stack.at(-1);
      if (top !== undefined) top.expectKey = false;
    }
  }
  return null;
}

/** The index of the quote that closes the string opening at `start`, or −1. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return -1;
}

/** A key's value: its raw text, decoded when it holds escapes. */
function keyOf(raw: string): string {
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(`"${raw}"`);
  } catch {
    return raw; // a bad escape: JSON.parse reports it later
  }
}

function problem(text: string, at: number, stack: readonly Frame[], reason: string): ScanProblem {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { field: pathOf(stack), reason, line, column: at - lineStart + 1 };
}

/** The field path of the innermost open item: `layers[2].weights`. */
function pathOf(stack: readonly Frame[]): string {
  let path = "";
  for (const frame of stack) {
    if (frame.keys === null) path += `[${frame.index}]`;
    else if (frame.key !== null) {
      path += /^[A-Za-z_$][\w$]*$/.test(frame.key)
        ? `${path === "" ? "" : "."}${frame.key}`
        : `[${JSON.stringify(frame.key)}]`;
    }
  }
  return path;
}
