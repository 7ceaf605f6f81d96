/** Test helper: the imports of the repository's source files, read as text. */
import { posix } from "node:path";
import { ROOT } from "./files.ts";

/** One import or re-export of a file. */
export interface Import {
  /** The importing file, relative to the repository root. */
  from: string;
  /** The imported file, relative to the root; a specifier that is not relative, as written. */
  to: string;
  /** The specifier as written. */
  specifier: string;
  /** Whether only types are imported (`import type`, or every name marked `type`): erased at run time. */
  typeOnly: boolean;
}

const STATIC = /^[ \t]*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*"([^"]+)"/gms;
const BARE = /^[ \t]*import\s*"([^"]+)"/gm;
const DYNAMIC = /\bimport\(\s*"([^"]+)"\s*\)/g;

/** Every static, bare and literal dynamic import of `file` (root-relative). */
export function importsOf(file: string): Import[] {
  const text = Deno.readTextFileSync(new URL(file, ROOT));
  const imports: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) => {
    const to = specifier.startsWith(".")
      ? posix.normalize(posix.join(posix.dirname(file), specifier))
      : specifier;
    imports.push({ from: file, to, specifier, typeOnly });
  };
  for (const [, , type, names, specifier] of text.matchAll(STATIC)) {
    add(specifier, type !== undefined || allTypes(names));
  }
  for (const [, specifier] of text.matchAll(BARE)) add(specifier, false);
  for (const [, specifier] of text.matchAll(DYNAMIC)) add(specifier, false);
  return imports;
}

/** Whether a list of named imports, `{ type A, type B }`, holds types only. */
function allTypes(names: string): boolean {
  const inner = /^\{([\s\S]*)\}$/.exec(names.trim());
  if (inner === null) return false; // a default or namespace import
  const items = inner[1].split(",").map((item) => item.trim()).filter((item) => item !== "");
  return items.length > 0 && items.every((item) => item.startsWith("type "));
}
