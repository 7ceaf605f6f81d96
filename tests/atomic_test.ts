/** The steps of an atomic write, recorded, and saves of one file that overlap. */
import assert from "node:assert/strict";
import { replace } from "../io/atomic.ts";
import { asyncFileSystem, type FileSystem, runAsync } from "../io/_steps.ts";
import { writeFileAtomic } from "../io/mod.ts";
import { entries, withTempDir } from "./files.ts";
import { testsNeeding } from "./permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

/** `asyncFileSystem`, recording each call as `name path-or-file`. */
function recording(log: string[]): FileSystem {
  const names = new Map<Deno.FsFile, string>();
  const fs = { ...asyncFileSystem };
  for (const key of Object.keys(asyncFileSystem) as (keyof FileSystem)[]) {
    // deno-lint-ignore no-explicit-any
    const original = asyncFileSystem[key] as (...args: any[]) => unknown;
    // deno-lint-ignore no-explicit-any
    (fs as any)[key] = async (...args: any[]) => {
      const [first] = args;
      log.push(
        `${key} ${typeof first === "string" ? first.replace(/.*\/(?=.)/, "") : names.get(first)}`,
      );
      const result = await original(...args);
      if (key === "open") names.set(result as Deno.FsFile, String(first).replace(/.*\/(?=.)/, ""));
      return result;
    };
  }
  return fs;
}

test("an atomic write flushes the file, renames it, then flushes the folder", async () => {
  await withTempDir(async (dir) => {
    const log: string[] = [];
    const folder = dir.replace(/.*\/(?=.)/, "");
    await runAsync(replace(`${dir}/model.json`, ["{}"][Symbol.iterator](), recording(log)));
    const order = log.filter((line) => /^(open|lock|sync|rename)/.test(line));
    assert.deepEqual(order, [
      "open .model.json.tmp",
      "lock .model.json.tmp",
      "sync .model.json.tmp",
      "rename .model.json.tmp",
      `open ${folder}/`,
      `sync ${folder}/`,
    ]);
    assert.equal(await Deno.readTextFile(`${dir}/model.json`), "{}");
  });
});

test("overlapping saves of one file take turns: each lands whole, and no temporary file is left", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/big.json`;
    const texts = Array.from({ length: 6 }, (_, k) => `${k}`.repeat(200_000 + k));
    await Promise.all(
      texts.map((text) => writeFileAtomic(path, [text.slice(0, 1000), text.slice(1000)])),
    );
    assert.ok(texts.includes(await Deno.readTextFile(path)));
    assert.deepEqual(entries(dir), ["big.json"]);
  });
});
