import assert from "node:assert/strict";
import { join } from "node:path";
import {
  type CsvFile,
  DataError,
  detectDelimiter,
  openCsv,
  parseDelimiter,
  parseNumber,
} from "../../scripts/nn/csv.ts";
import { escape, withTempDir, write } from "../fixtures/files.ts";
import { testsNeeding } from "../fixtures/permissions.ts";

const test = testsNeeding("read", "write", "run", "env");

/** Every data row as [line, ...fields]. */
async function rows(file: CsvFile): Promise<(string | number)[][]> {
  const result = [];
  for await (const { line, fields } of file.records()) result.push([line, ...fields]);
  return result;
}

interface Contents {
  delimiter: string;
  header: readonly string[];
  rows: (string | number)[][];
}

/** Opens `text` as a CSV file and returns its delimiter, header and rows. */
async function read(text: string, delimiter?: string): Promise<Contents> {
  let result: Contents | undefined;
  await withTempDir(async (dir) => {
    const file = await openCsv(await write(dir, "data.csv", text), { delimiter });
    result = { delimiter: file.delimiter, header: file.header, rows: await rows(file) };
  });
  return result!;
}

/** Asserts that `action` rejects with a DataError whose message is exactly `message`. */
async function rejectsWith(action: () => Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(action, (error) => {
    assert.ok(error instanceof DataError, `not a DataError: ${error}`);
    assert.equal(error.name, "DataError");
    assert.equal(error.message, message);
    return true;
  });
}

/** Asserts that opening `text` and reading all its rows fails with `${path}: ${message}`. */
async function failsWith(text: string | Uint8Array, message: string): Promise<void> {
  await withTempDir(async (dir) => {
    const path = await write(dir, "bad.csv", text);
    await rejectsWith(async () => await rows(await openCsv(path)), `${path}: ${message}`);
  });
}

test("openCsv reads a plain comma-separated file", async () => {
  assert.deepEqual(await read("x,y,label\n1,2,a\n3,4,b\n"), {
    delimiter: ",",
    header: ["x", "y", "label"],
    rows: [[2, "1", "2", "a"], [3, "3", "4", "b"]],
  });
});

test("openCsv keeps the path, and each records() call reads the file again", async () => {
  await withTempDir(async (dir) => {
    const path = await write(dir, "twice.csv", "a,b\n1,2\n3,4");
    const file = await openCsv(path);
    assert.equal(file.path, path);
    assert.deepEqual(await rows(file), [[2, "1", "2"], [3, "3", "4"]]);
    assert.deepEqual(await rows(file), [[2, "1", "2"], [3, "3", "4"]]);
  });
});

test("openCsv detects semicolons, tabs and pipes", async () => {
  assert.deepEqual(await read("a;b;c\n1,5;2;3\n"), {
    delimiter: ";",
    header: ["a", "b", "c"],
    rows: [[2, "1,5", "2", "3"]],
  });
  assert.deepEqual(await read("a\tb\tc\n1\t\t3\n"), {
    delimiter: "\t",
    header: ["a", "b", "c"],
    rows: [[2, "1", "", "3"]],
  });
  assert.deepEqual(await read("a|b\n1|2\n"), {
    delimiter: "|",
    header: ["a", "b"],
    rows: [[2, "1", "2"]],
  });
});

test("openCsv uses a given delimiter instead of detecting one", async () => {
  assert.deepEqual(await read("a;b,c,d\n1;2,3,4\n", ";"), {
    delimiter: ";",
    header: ["a", "b,c,d"],
    rows: [[2, "1", "2,3,4"]],
  });
  assert.deepEqual(await read("a;b,c,d\n1;2,3,4\n"), {
    delimiter: ",",
    header: ["a;b", "c", "d"],
    rows: [[2, "1;2", "3", "4"]],
  });
});

test("openCsv strips a BOM and reads CRLF line endings", async () => {
  const text = '\uFEFF a ," b "\r\n1,2\r\n3,4\r\n';
  assert.deepEqual(
    new TextEncoder().encode(text).subarray(0, 3),
    new Uint8Array([0xef, 0xbb, 0xbf]),
  );
  assert.deepEqual(await read(text), {
    delimiter: ",",
    header: ["a", "b"],
    rows: [[2, "1", "2"], [3, "3", "4"]],
  });
});

test('openCsv reads quoted fields with delimiters, line breaks and ""', async () => {
  const text = 'name,note\n"Smith, J","said ""hi""\nthen left" \n  next , " row "\n';
  assert.deepEqual(await read(text), {
    delimiter: ",",
    header: ["name", "note"],
    rows: [[2, "Smith, J", 'said "hi"\nthen left'], [4, "next", " row "]],
  });
});

test("records count blank lines in the line numbers of later rows", async () => {
  assert.deepEqual(await read("\n\na,b\n1,2\n\n\n3,4\n   \n5,6\n\n"), {
    delimiter: ",",
    header: ["a", "b"],
    rows: [[4, "1", "2"], [7, "3", "4"], [9, "5", "6"]],
  });
});

test("records give the line where a row starts, after multi-line quoted fields", async () => {
  assert.deepEqual(await read('a,b\n"l1\nl2\nl3",x\ny,z\n"p\nq","r\ns"\nt,u'), {
    delimiter: ",",
    header: ["a", "b"],
    rows: [[2, "l1\nl2\nl3", "x"], [5, "y", "z"], [6, "p\nq", "r\ns"], [9, "t", "u"]],
  });
  assert.deepEqual(await read('a,b\r\n"l1\r\nl2\r\nl3",x\r\n\r\ny,z\r\n'), {
    delimiter: ",",
    header: ["a", "b"],
    rows: [[2, "l1\r\nl2\r\nl3", "x"], [6, "y", "z"]],
  });
});

test("openCsv reports a missing file, a folder and an unreadable path", async () => {
  await withTempDir(async (dir) => {
    const missing = join(dir, "missing.csv");
    await rejectsWith(() => openCsv(missing), `${missing}: no such file`);
    await rejectsWith(() => openCsv(dir), `${dir}: is a directory, not a CSV file`);
    const file = await write(dir, "file.csv", "a\n1\n");
    const inside = join(file, "data.csv");
    await assert.rejects(() => openCsv(inside), (error) => {
      assert.ok(error instanceof DataError);
      assert.match(error.message, new RegExp(`^${escape(inside)}: cannot read the file: .`));
      assert.ok(error.cause instanceof Error);
      return true;
    });
  });
});

test("openCsv reports an empty file", async () => {
  for (const text of ["", "\uFEFF", "\n", "\r\n\r\n", "  \n\t\n \n", "\uFEFF\n \n"]) {
    await failsWith(text, "the file is empty");
  }
});

test("openCsv reports duplicate and empty column names", async () => {
  await failsWith("a,x,b,x\n1,2,3,4\n", 'line 1: column "x" appears twice (columns 2 and 4)');
  await failsWith('a,"x",x\n1,2,3\n', 'line 1: column "x" appears twice (columns 2 and 3)');
  await failsWith("a,b,,d\n1,2,3,4\n", "line 1, column 3: the column has no name");
  await failsWith('a;b;"  "\n1;2;3\n', "line 1, column 3: the column has no name");
  await failsWith("\na,,a\n1,2,3\n", "line 2, column 2: the column has no name");
});

test("records report a header without data rows", async () => {
  for (const text of ["a,b\n", "a,b", "a,b\r\n\r\n  \r\n"]) {
    await failsWith(text, "no data rows after the header");
  }
});

test("records report a row with the wrong number of fields, at its first line", async () => {
  await failsWith(
    "a,b,c,d\n1,2,3,4\n\n5,6,7,8\n1,2,3,4\n\n1,2,3\n",
    "line 7 has 3 fields, the header has 4",
  );
  await failsWith('a,b\r\n"x\r\ny",1\r\n2,"3\r\n4",5\r\n', "line 4 has 3 fields, the header has 2");
  await failsWith("a\n1\n2,3\n", "line 3 has 2 fields, the header has 1");
});

test("records report an unclosed quote at the line where it opens", async () => {
  await failsWith('a,b\n1,2\n3,4\n\n"5,6\n7,8\n', "line 5: a quoted field is never closed");
  await failsWith('a,b\n1,2\n"x\ny",\n\n  "6\n7,8\n', "line 6: a quoted field is never closed");
  await failsWith('a,b\n1,2\n"x\r\ny",1,2,"z\n', "line 4: a quoted field is never closed");
  await failsWith('"a,b\n1,2\n', "line 1: a quoted field is never closed");
});

test("records report other csv-parse errors with their line", async () => {
  const closing = 'invalid Closing Quote: got "4" instead of delimiter, record delimiter, ' +
    "trimable character (if activated) or comment";
  await failsWith('a,b\n1,2\n\n3,"3"4\n', `line 4: ${closing}`);
  await failsWith('a,b\r\n"x\r\ny",1\r\n2,"3"4\r\n', `line 4: ${closing}`);
  await withTempDir(async (dir) => {
    const path = await write(dir, "quote.csv", 'a,b\n1,2\n3,x"y\n');
    await assert.rejects(async () => await rows(await openCsv(path)), (error) => {
      assert.ok(error instanceof DataError);
      assert.equal(
        error.message,
        `${path}: line 3: invalid Opening Quote: a quote is found on field 1, value is "x"`,
      );
      assert.equal((error.cause as { code?: string }).code, "INVALID_OPENING_QUOTE");
      return true;
    });
  });
});

test("records refuse a row longer than 16 MiB, naming the line where it starts", async () => {
  const long = "x".repeat(1024 * 1024);
  const text = `a,b\n1,2\n\n"${Array.from({ length: 17 }, () => long).join("\n")}\n`;
  await failsWith(
    text,
    "line 4: max Record Size: record exceed the maximum number of tolerated bytes of 16777216",
  );
});

Deno.test("parseNumber accepts decimal and scientific notation only", () => {
  const accepted: [string, number][] = [
    ["1", 1],
    ["-2.5", -2.5],
    [".5", 0.5],
    ["5.", 5],
    ["+7", 7],
    ["-0", -0],
    ["1e-3", 0.001],
    ["2E+2", 200],
    [" 3 ", 3],
    ["\t-4.25e1 ", -42.5],
    ["007", 7],
  ];
  for (const [text, value] of accepted) assert.equal(parseNumber(text), value, text);
  const refused = [
    "",
    "  ",
    "NaN",
    "Infinity",
    "-Infinity",
    "0x10",
    "0b1",
    "1,5",
    "12abc",
    "1e",
    "e3",
    ".",
    "-",
    "1 000",
    "1e999",
    "--1",
    "1_000",
  ];
  for (const text of refused) assert.equal(parseNumber(text), undefined, text);
});

Deno.test("parseDelimiter takes one character or a name", () => {
  const accepted: [string, string][] = [
    [",", ","],
    [";", ";"],
    ["|", "|"],
    [" ", " "],
    ["\t", "\t"],
    ["\\t", "\t"],
    ["tab", "\t"],
    ["TAB", "\t"],
    ["comma", ","],
    ["semicolon", ";"],
    ["pipe", "|"],
    ["€", "€"],
  ];
  for (const [text, delimiter] of accepted) assert.equal(parseDelimiter(text), delimiter, text);
  for (const text of ["ab", "", "\\n", "tabs", ",,"]) {
    assert.throws(() => parseDelimiter(text), {
      name: "RangeError",
      message: `--delimiter must be one character (or tab, comma, semicolon, pipe), got ${
        JSON.stringify(text)
      }`,
    });
  }
  for (const text of ['"', "\n", "\r"]) {
    assert.throws(() => parseDelimiter(text), {
      name: "RangeError",
      message: `--delimiter cannot be a double quote or a line break, got ${JSON.stringify(text)}`,
    });
  }
});

Deno.test("detectDelimiter counts outside quotes, in the first line only", () => {
  const cases: [string, string][] = [
    ["a,b,c", ","],
    ['"a,b";c;d', ";"],
    ['"a,b,c";"d,e";f', ";"],
    ['"x;y;z",a,b\n1;2;3;4;5', ","],
    ["a\tb\tc\n", "\t"],
    ["a|b|c\r\n1,2,3,4", "|"],
    ["a;b\n1,2,3,4,5", ";"],
    ['"a\nb;c;d",e\n', ","],
    ["\uFEFFa;b", ";"],
    ["\n\na;b\n", ";"],
    ["a,b;c", ","],
    ["a;b,c\td|e", ","],
    ["abc", ","],
    ["", ","],
  ];
  for (const [sample, delimiter] of cases) assert.equal(detectDelimiter(sample), delimiter, sample);
});

/** How many of this process's file descriptors are open on `path` (Linux only). */
function openDescriptors(path: string): number {
  const target = Deno.realPathSync(path);
  let count = 0;
  for (const { name } of Deno.readDirSync("/proc/self/fd")) {
    try {
      if (Deno.readLinkSync(`/proc/self/fd/${name}`) === target) count++;
    } catch {
      // The descriptor of the directory listing itself is gone by now.
    }
  }
  return count;
}

const linux = Deno.build.os === "linux";

test({
  name: "breaking out of records() early closes the file",
  ignore: !linux,
  fn: async () => {
    await withTempDir(async (dir) => {
      const lines = ["a,b", ...Array.from({ length: 20_000 }, (_, i) => `${i},${i * 2}`)];
      const path = await write(dir, "many.csv", lines.join("\n"));
      const file = await openCsv(path);
      assert.equal(openDescriptors(path), 0);
      const seen = [];
      for await (const record of file.records()) {
        seen.push(record);
        assert.ok(openDescriptors(path) > 0);
        if (seen.length === 3) break;
      }
      assert.equal(openDescriptors(path), 0);
      assert.deepEqual(seen, [
        { fields: ["0", "0"], line: 2 },
        { fields: ["1", "2"], line: 3 },
        { fields: ["2", "4"], line: 4 },
      ]);
      const records = file.records();
      assert.deepEqual((await records.next()).value, { fields: ["0", "0"], line: 2 });
      await records.return(undefined);
      assert.equal(openDescriptors(path), 0);
    });
  },
});

test({
  name: "a data error closes the file",
  ignore: !linux,
  fn: async () => {
    await withTempDir(async (dir) => {
      const rows = Array.from({ length: 20_000 }, (_, i) => `${i},${i}`);
      const path = await write(dir, "ragged.csv", ["a,b", ...rows, "1,2,3"].join("\n"));
      const file = await openCsv(path);
      await rejectsWith(async () => {
        for await (const { line } of file.records()) {
          if (line === 2) assert.ok(openDescriptors(path) > 0);
        }
      }, `${path}: line 20002 has 3 fields, the header has 2`);
      assert.equal(openDescriptors(path), 0);
    });
  },
});

test("records read a large file completely and in order", async () => {
  await withTempDir(async (dir) => {
    const count = 50_000;
    const body = Array.from({ length: count }, (_, i) => `${i},"row ${i}",${i % 7}\n`).join("");
    const path = await write(dir, "large.csv", `id,name,group\n${body}`);
    const file = await openCsv(path);
    assert.deepEqual(file.header, ["id", "name", "group"]);
    let rowsSeen = 0, sum = 0, last;
    for await (const record of file.records()) {
      assert.equal(record.line, rowsSeen + 2);
      rowsSeen++;
      sum += parseNumber(record.fields[0])!;
      last = record;
    }
    assert.equal(rowsSeen, count);
    assert.equal(sum, (count * (count - 1)) / 2);
    assert.deepEqual(last, {
      fields: [`${count - 1}`, `row ${count - 1}`, `${(count - 1) % 7}`],
      line: count + 1,
    });
  });
});

/** `text` as UTF-8 with the raw `bytes` in place of each "\u0000". */
function withBytes(text: string, ...bytes: number[][]): Uint8Array {
  const parts = text.split("\u0000").map((part) => new TextEncoder().encode(part));
  const all = parts.flatMap((part, i) => [...part, ...(i < bytes.length ? bytes[i] : [])]);
  return new Uint8Array(all);
}

/** The message for a byte that is not UTF-8. */
function notUtf8(path: string, line: number, byte: number, hex: string): string {
  return `${path}: line ${line}: byte ${byte} of the file (${hex}) is not valid UTF-8; ` +
    `nn reads UTF-8 text: convert the file first, for example with ` +
    `iconv -f latin1 -t utf-8 ${path} > converted.csv`;
}

test("records refuse bytes that are not UTF-8, naming the line and the byte", async () => {
  const cases: [Uint8Array, number, number, string][] = [
    // "café" in Latin-1: 0xE9 starts a three-byte form that "\n" does not continue.
    [withBytes("x,y\n1,caf\u0000\n2,b\n", [0xe9]), 2, 10, "0xE9"],
    // A byte that never starts a character, on the line after a quoted line break.
    [withBytes('x,y\n1,"a\nb"\n2,\u0000\n', [0xff]), 4, 15, "0xFF"],
    // An overlong "/" (C0 AF), a surrogate (ED A0 80), a code point past U+10FFFF (F4 90 80 80).
    [withBytes("x,y\n1,\u0000\n", [0xc0, 0xaf]), 2, 7, "0xC0"],
    [withBytes("x,y\r\n1,a\r\n2,\u0000\r\n", [0xed, 0xa0, 0x80]), 3, 13, "0xED"],
    [withBytes("x,y\n1,\u0000\n", [0xf4, 0x90, 0x80, 0x80]), 2, 7, "0xF4"],
    // A file cut in the middle of a character.
    [withBytes("x,y\n1,a\n2,\u0000", [0xe2, 0x82]), 3, 11, "0xE2"],
  ];
  for (const [bytes, line, byte, hex] of cases) {
    await withTempDir(async (dir) => {
      const path = await write(dir, "latin1.csv", bytes);
      await rejectsWith(
        async () => await rows(await openCsv(path)),
        notUtf8(path, line, byte, hex),
      );
    });
  }
});

test("records read UTF-8 of every length, also across the 64 KiB chunks of a read", async () => {
  // "é" (2 bytes), "€" (3) and "😀" (4), the last one from byte 65535 (from 0) to 65538.
  const header = "x,label\n";
  const filler = "1,a\n".repeat((65536 - header.length - 2 - 6) / 4);
  const text = `${header}${filler}1,${"é€😀"}\n2,b\n`;
  assert.equal(new TextEncoder().encode(`${header}${filler}1,é€`).length, 65535);
  const { rows: all } = await read(text);
  assert.deepEqual(all.at(-2), [all.length, "1", "é€😀"]);
  assert.deepEqual(all.at(-1), [all.length + 1, "2", "b"]);
});
