/**
 * `nn train` with validation and early stopping writes the same model file,
 * byte for byte, every time it runs with the same seed, on every backend.
 */
import assert from "node:assert/strict";
import { runScript } from "../fixtures/command.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

/** 64 integer features in 0…16 (as in handwritten-digit data), 10 classes from the first three. */
function digitsLike(rows: number): string {
  let s = 7;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = [[...Array.from({ length: 64 }, (_, j) => `f${j}`), "label"].join(",")];
  for (let i = 0; i < rows; i++) {
    const row = Array.from({ length: 64 }, () => Math.round(next() * 16));
    lines.push([...row, Math.min(9, Math.floor((row[0] + row[1] + row[2]) / 4.8))].join(","));
  }
  return lines.join("\n") + "\n";
}

async function sha256(path: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await Deno.readFile(path));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

test("nn train gives byte-identical model files on repeated runs, on every backend", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const data = `${dir}/digits.csv`;
    await Deno.writeTextFile(data, digitsLike(1000));
    const files: Record<string, string[]> = {};
    for (const backend of ["wasm", "wasm-exact", "js"]) {
      for (const run of [1, 2]) {
        const out = `${dir}/${backend}-${run}.json`;
        const { code, stderr } = await runScript("scripts/nn.ts", [
          "train",
          ...["--data", data, "--target", "label", "--task", "classification", "--out", out],
          ...["--validation-split", "0.2", "--early-stopping", "30", "--standardize"],
          ...["--layers", "64", "--lr", "0.001", "--seed", "3", "--epochs", "40"],
          ...["--backend", backend],
        ]);
        assert.equal(code, 0, stderr);
        (files[backend] ??= []).push(await sha256(out));
      }
      assert.equal(files[backend][1], files[backend][0], `${backend}: two runs, two models`);
    }
    // The exact backends agree with each other bit for bit.
    assert.equal(files["wasm-exact"][0], files.js[0]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
