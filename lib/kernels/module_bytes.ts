/**
 * The bytes of the kernels' WebAssembly module, as compiled (importing an
 * unshared memory) or as their twin that imports a shared one, which threads
 * instantiate, and the exports helper threads run.
 *
 * @module
 */
import { KERNELS_WASM } from "./generated/wasm_module.ts";

/**
 * The exports a helper thread may be asked to run, by index: the float64 and float32 products,
 * and the rounding of float64 numbers to float32.
 */
export const HELPED = ["gemm", "gemmExact", "gemm32", "gemm32Exact", "narrow"] as const;

/** The compiled module's bytes, decoded from `wasm_module.ts`. */
export function moduleBytes(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(KERNELS_WASM), (c) => c.charCodeAt(0));
}

/** Reads the unsigned LEB128 number at `at`: its value and where the next field starts. */
function leb128(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0, shift = 0, p = at;
  for (;;) {
    const byte = bytes[p++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, p];
  }
}

/** The import section's id; an import's kinds; the limits flags of a maximum and of sharing. */
const IMPORT_SECTION = 2, FUNCTION = 0, TABLE = 1, MEMORY = 2, GLOBAL = 3;
const HAS_MAXIMUM = 0x01, SHARED = 0x02;

/** Where the limits at `at` (flags, minimum, and a maximum when the flags say so) end. */
function pastLimits(bytes: Uint8Array, at: number): number {
  let p = leb128(bytes, at + 1)[1];
  if ((bytes[at] & HAS_MAXIMUM) !== 0) p = leb128(bytes, p)[1];
  return p;
}

/**
 * `bytes` with its imported memory declared shared: the flags of the memory's
 * limits (the byte after the import's kind) gain the shared bit, which changes
 * no length, so the rest of the module stays as it is.
 *
 * @throws {Error} If the module imports no memory, or one without a maximum size (which a shared
 * memory needs).
 */
export function withSharedMemory(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const out = bytes.slice();
  let p = 8; // past the magic number and the version
  while (p < out.length) {
    const id = out[p];
    const [size, content] = leb128(out, p + 1);
    if (id === IMPORT_SECTION) {
      let [count, q] = leb128(out, content);
      for (; count > 0; count--) {
        const names: string[] = [];
        for (let name = 0; name < 2; name++) { // the module's name, then the field's
          const [length, start] = leb128(out, q);
          names.push(new TextDecoder().decode(out.slice(start, start + length)));
          q = start + length;
        }
        const kind = out[q++];
        if (kind === MEMORY) {
          if ((out[q] & HAS_MAXIMUM) === 0) {
            throw new Error(
              `the kernels' memory import ${names.join(".")} has no maximum size, which a ` +
                "shared memory needs",
            );
          }
          out[q] |= SHARED;
          return out;
        }
        if (kind === FUNCTION) q = leb128(out, q)[1];
        else if (kind === TABLE) q = pastLimits(out, q + 1);
        else if (kind === GLOBAL) q += 2;
        else throw new Error(`the kernels' import ${names.join(".")} has an unknown kind ${kind}`);
      }
    }
    p = content + size;
  }
  throw new Error("the kernels' module imports no memory");
}
