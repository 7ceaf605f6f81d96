/**
 * The few protocol-buffer encodings an ONNX file needs: varints, length-
 * delimited fields (strings, bytes, nested messages) and packed integers.
 * A message is built as a list of encoded fields, joined once, and read back
 * as a flat list of fields.
 *
 * @module
 */
import { ModelFormatError } from "../primitives/model_format_error.ts";

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
export function bytes(
  number: number,
  value: Uint8Array | readonly Field[],
): Field {
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

/** One field of a decoded message: its number, and its value by wire type. */
export interface DecodedField {
  readonly number: number;
  /** 0 varint (as a bigint), 1 fixed 64-bit, 2 length-delimited, 5 fixed 32-bit (raw bytes). */
  readonly wire: 0 | 1 | 2 | 5;
  readonly varint: bigint;
  readonly bytes: Uint8Array;
}

/** The base-128 varint at `at`: its value and where the next field starts. */
function readVarint(
  buffer: Uint8Array,
  at: number,
  where: string,
): [bigint, number] {
  let value = 0n, shift = 0n;
  for (let i = at; i < buffer.length && i < at + 10; i++) {
    value |= BigInt(buffer[i] & 0x7f) << shift;
    if ((buffer[i] & 0x80) === 0) return [value, i + 1];
    shift += 7n;
  }
  throw new ModelFormatError(
    where,
    `a varint at byte ${at} runs past the end of the message`,
  );
}

/** The fields of one message, in order; `where` names it in errors. */
export function decode(buffer: Uint8Array, where: string): DecodedField[] {
  const fields: DecodedField[] = [];
  const empty = new Uint8Array(0);
  let at = 0;
  while (at < buffer.length) {
    const [tag, next] = readVarint(buffer, at, where);
    const number = Number(tag >> 3n), wire = Number(tag & 7n);
    if (number === 0) {
      throw new ModelFormatError(where, `field number 0 at byte ${at}`);
    }
    at = next;
    if (wire === 0) {
      const [value, end] = readVarint(buffer, at, where);
      fields.push({ number, wire, varint: value, bytes: empty });
      at = end;
      continue;
    }
    let length: number;
    if (wire === 2) {
      const [n, start] = readVarint(buffer, at, where);
      at = start;
      length = Number(n);
    } else if (wire === 1 || wire === 5) {
      length = wire === 1 ? 8 : 4;
    } else {
      throw new ModelFormatError(
        where,
        `field ${number} has wire type ${wire}, which ONNX never uses`,
      );
    }
    if (at + length > buffer.length) {
      throw new ModelFormatError(
        where,
        `field ${number} needs ${length} bytes at byte ${at}, but the message ends at ${buffer.length}`,
      );
    }
    fields.push({
      number,
      wire,
      varint: 0n,
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset + at, length),
    });
    at += length;
  }
  return fields;
}

/** A varint field's value as a safe integer, read as signed 64-bit. */
export function signed(field: DecodedField, where: string): number {
  const value = BigInt.asIntN(64, field.varint);
  if (
    value > BigInt(Number.MAX_SAFE_INTEGER) ||
    value < BigInt(Number.MIN_SAFE_INTEGER)
  ) {
    throw new ModelFormatError(
      where,
      `field ${field.number} holds ${value}, beyond a safe integer`,
    );
  }
  return Number(value);
}

/** The integers of a repeated integer field, packed or not. */
export function integers(
  fields: readonly DecodedField[],
  number: number,
  where: string,
): number[] {
  const out: number[] = [];
  for (const field of fields) {
    if (field.number !== number) continue;
    if (field.wire === 0) {
      out.push(signed(field, where));
      continue;
    }
    let at = 0;
    while (at < field.bytes.length) {
      const [value, next] = readVarint(field.bytes, at, where);
      out.push(
        signed({ number, wire: 0, varint: value, bytes: field.bytes }, where),
      );
      at = next;
    }
  }
  return out;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** A length-delimited field as UTF-8 text. */
export function text(field: DecodedField, where: string): string {
  try {
    return decoder.decode(field.bytes);
  } catch {
    throw new ModelFormatError(
      where,
      `field ${field.number} is not UTF-8 text`,
    );
  }
}
