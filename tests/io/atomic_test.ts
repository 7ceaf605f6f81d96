/** The steps of an atomic write, recorded, and saves of one file that overlap. */
import assert from "node:assert/strict";
import { replace } from "../../io/atomic.ts";
import { asyncFileSystem, type FileSystem, runAsync } from "../../io/_steps.ts";
import { writeFileAtomic, writeFileAtomicSync } from "../../io/mod.ts";
import { entries, withTempDir, writeFailure } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

/** `asyncFileSystem`, recording each call as `name path-or-file`. */
function recording(log: string[]): FileSystem {
  const names = new Map<Deno.FsFile, string>();
  const fs = { ...asyncFileSystem };
  for (const key of Object.keys(asyncFileSystem) as (keyof FileSystem)[]) {
    if (typeof asyncFileSystem[key] !== "function") continue;
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

test("a link planted at the temporary path is removed, never written through", async () => {
  await withTempDir(async (dir) => {
    await Deno.writeTextFile(`${dir}/victim.txt`, "precious\n");
    await Deno.writeTextFile(`${dir}/other.txt`, "also precious\n");
    await Deno.symlink(`${dir}/victim.txt`, `${dir}/.model.json.tmp`);
    await writeFileAtomic(`${dir}/model.json`, "{}");
    await Deno.link(`${dir}/other.txt`, `${dir}/.model.json.tmp`);
    writeFileAtomicSync(`${dir}/model.json`, "[]");
    assert.equal(await Deno.readTextFile(`${dir}/victim.txt`), "precious\n");
    assert.equal(await Deno.readTextFile(`${dir}/other.txt`), "also precious\n");
    assert.equal((await Deno.lstat(`${dir}/model.json`)).isSymlink, false);
    assert.equal(await Deno.readTextFile(`${dir}/model.json`), "[]");
    assert.deepEqual(entries(dir), ["model.json", "other.txt", "victim.txt"]);
  });
});

test("a synchronous save of a file an asynchronous save is writing is refused, not a deadlock", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    let resume = () => {};
    const paused = new Promise<void>((resolve) => resume = resolve);
    async function* chunks() {
      yield "[1,";
      await paused;
      yield "2]";
    }
    const saving = writeFileAtomic(path, chunks());
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.throws(
      () => writeFileAtomicSync(path, "[3]"),
      writeFailure(
        path,
        "an asynchronous save of the same file is still running in this program; await it before saving synchronously",
      ),
    );
    resume();
    await saving;
    writeFileAtomicSync(path, "[3]");
    assert.equal(await Deno.readTextFile(path), "[3]");
    assert.deepEqual(entries(dir), ["model.json"]);
  });
});

test("a folder that cannot be flushed after the rename is reported as such, and the file is closed", async () => {
  await withTempDir(async (dir) => {
    const path = `${dir}/model.json`;
    await Deno.writeTextFile(path, "old");
    const fs: FileSystem = {
      ...asyncFileSystem,
      open: (name, options) =>
        options.write
          ? asyncFileSystem.open(name, options)
          : Promise.reject(new Deno.errors.PermissionDenied("cannot open the folder")),
    };
    await assert.rejects(
      runAsync(replace(path, ["new"][Symbol.iterator](), fs)),
      (error: Error) => {
        assert.equal(
          error.message,
          `Wrote ${path}, but could not flush its folder to disk: cannot open the folder; ` +
            "the new file is in place but may not survive a power cut",
        );
        return true;
      },
    );
    assert.equal(await Deno.readTextFile(path), "new");
    if (Deno.build.os !== "linux") return; // open files are listed in /proc there
    const open = Array.from(Deno.readDirSync("/proc/self/fd"), ({ name }) => {
      try {
        return Deno.readLinkSync(`/proc/self/fd/${name}`);
      } catch {
        return "";
      }
    });
    assert.deepEqual(open.filter((target) => target.startsWith(dir)), []);
  });
});
