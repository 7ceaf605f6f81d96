/**
 * The few protocol-buffer encodings an ONNX file needs: varints, length-
 * delimited fields (strings, bytes, nested messages) and packed integers.
 * A message is built as a list of encoded fields, joined once.
 *
 * @module
 */

/** An encoded field (or several): bytes ready to be joined into a message. */
export type Field = Uint8Array;

const encoder = new TextEncoder();

/** The base-128 varint of a non-negative safe integer, or of a negative one as 64-bit two's complement. */
export function varint(value: number): Uint8Array {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Varint needs a safe integer, got ${value}`);
  }
  let v = value < 0 ? (1n << 64n) + BigInt(value) : BigInt(value);
  const out: number[] = [];
  do {
    const low = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v > 0n ? low | 0x80 : low);
  } while (v > 0n);
  return Uint8Array.from(out);
}

/** The key of field `number` with wire type `wire` (0 varint, 2 length-delimited). */
function key(number: number, wire: 0 | 2): Uint8Array {
  return varint(number * 8 + wire);
}

/** Joins encoded parts into one buffer. */
export function join(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** An integer field (varint). */
export function int(number: number, value: number): Field {
  return join([key(number, 0), varint(value)]);
}

/** A bytes field, or a nested message given as its encoded fields. */
export function bytes(number: number, value: Uint8Array | readonly Field[]): Field {
  const body = value instanceof Uint8Array ? value : join(value);
  return join([key(number, 2), varint(body.length), body]);
}

/** A UTF-8 string field. */
export function string(number: number, value: string): Field {
  return bytes(number, encoder.encode(value));
}

/** A packed repeated integer field. */
export function packed(number: number, values: readonly number[]): Field {
  return bytes(number, join(values.map(varint)));
}
