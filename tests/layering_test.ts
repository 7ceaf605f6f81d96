/**
 * The dependency rule, in one line: primitives ← plugins, kernels, data ←
 * network ← training ← model ← checks, interop ← io, worker ← mod.ts. A file imports at run
 * time only from its own folder or from a layer below its own; a type-only
 * import (erased at run time) may also name a type from a layer above. No
 * file takes part in an import cycle at run time. See docs/architecture.md.
 */
import assert from "node:assert/strict";
import { ROOT, sourceFiles } from "./fixtures/files.ts";
import { type Import, importsOf } from "./fixtures/imports.ts";
import { testsNeeding } from "./fixtures/permissions.ts";

/** The layers, lowest first; each holds folders (or files) of one rank. */
export const LAYERS: readonly (readonly string[])[] = [
  ["lib/primitives/"],
  ["plugins/", "lib/kernels/", "lib/data/"],
  ["lib/network/"],
  ["lib/training/"],
  ["lib/model/"],
  ["lib/checks/", "lib/interop/"],
  ["io/", "worker/"],
  ["mod.ts"],
];

/** The library's files: mod.ts and everything below lib/, plugins/, io/ and worker/. */
function libraryFiles(): string[] {
  return ["mod.ts", ...["lib", "plugins", "io", "worker"].flatMap(sourceFiles)];
}

const test = testsNeeding("read");

/** The folder (or file) of `LAYERS` that holds `file`, and its rank. */
function placeOf(file: string): { unit: string; rank: number } | undefined {
  for (let rank = 0; rank < LAYERS.length; rank++) {
    const unit = LAYERS[rank].find((unit) =>
      unit.endsWith("/") ? file.startsWith(unit) : file === unit
    );
    if (unit !== undefined) return { unit, rank };
  }
  return undefined;
}

/** The imports of `files` that break the rule, one line each. */
export function violations(files: readonly string[], read = importsOf): string[] {
  const found: string[] = [];
  for (const file of files) {
    const from = placeOf(file);
    if (from === undefined) {
      found.push(`${file} is in no layer`);
      continue;
    }
    for (const { to, typeOnly } of read(file)) {
      const target = placeOf(to);
      if (target === undefined || target.unit === from.unit) continue;
      if (target.rank < from.rank || typeOnly) continue;
      const where = target.rank === from.rank ? "beside" : "above";
      found.push(`${file} imports ${to}, a layer ${where} its own`);
    }
  }
  return found;
}

/** The run-time import cycles among `files`, each as its files in order. */
export function cycles(files: readonly string[], read = importsOf): string[][] {
  const edges = new Map<string, string[]>();
  for (const file of files) {
    edges.set(file, read(file).filter((i: Import) => !i.typeOnly).map((i: Import) => i.to));
  }
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next) && edges.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

test("every file of the library is in a layer and imports only from its folder or below", () => {
  const files = libraryFiles();
  assert.ok(files.length > 40, `only ${files.length} files found`);
  assert.deepEqual(violations(files), []);
});

test("no file of the library takes part in an import cycle at run time", () => {
  assert.deepEqual(cycles(libraryFiles()), []);
});

Deno.test("the checks catch an upward import, an import beside, a stray file and a cycle", () => {
  const graph: Record<string, Import[]> = {};
  const edge = (from: string, to: string, typeOnly = false) =>
    (graph[from] ??= []).push({ from, to, specifier: to, typeOnly });
  edge("lib/primitives/matrix.ts", "lib/network/dense.ts");
  edge("lib/kernels/backend.ts", "plugins/relu.ts");
  edge("lib/training/fit.ts", "lib/model/sequential.ts", true);
  edge("lib/network/a.ts", "lib/network/b.ts");
  edge("lib/network/b.ts", "lib/network/a.ts");
  const files = [...Object.keys(graph), "lib/stray.ts"];
  const read = (file: string) => graph[file] ?? [];
  assert.deepEqual(violations(files, read), [
    "lib/primitives/matrix.ts imports lib/network/dense.ts, a layer above its own",
    "lib/kernels/backend.ts imports plugins/relu.ts, a layer beside its own",
    "lib/stray.ts is in no layer",
  ]);
  assert.deepEqual(cycles(files, read), [[
    "lib/network/a.ts",
    "lib/network/b.ts",
    "lib/network/a.ts",
  ]]);
});

test("worker/ uses no Deno API, so that it runs in browsers", () => {
  const files = sourceFiles("worker");
  assert.ok(files.includes("worker/fit_worker.ts"), files.join(", "));
  const deno = files.filter((file) => /\bDeno\./.test(Deno.readTextFileSync(new URL(file, ROOT))));
  assert.deepEqual(deno, []);
});

test("tests import no benchmark: shared fixtures live in tests/fixtures/", () => {
  const tests = sourceFiles("tests");
  assert.ok(tests.includes("tests/fixtures/files.ts"), tests.join(", "));
  const offenders = tests.flatMap(importsOf).filter(({ to }) => to.startsWith("bench/"));
  assert.deepEqual(offenders.map(({ from, to }) => `${from} imports ${to}`), []);
});
