import assert from "node:assert/strict";
import { createRandom } from "../../mod.ts";

Deno.test("same seed, same bits; different seeds differ", () => {
  const draw = (seed: number) => {
    const r = createRandom(seed);
    return [r.random(), r.normal(), r.random(), r.normal(), r.normal()];
  };
  assert.deepEqual(draw(123), draw(123));
  assert.notDeepEqual(draw(123), draw(124));
  assert.notDeepEqual(draw(0), draw(2 ** 32));
  assert.deepEqual(draw(-5), draw(-5));
});

Deno.test("uniform draws lie in [0, 1) with mean 1/2 and variance 1/12", () => {
  const r = createRandom(7);
  const n = 200_000;
  let sum = 0, sq = 0;
  for (let i = 0; i < n; i++) {
    const u = r.random();
    assert.ok(u >= 0 && u < 1);
    sum += u;
    sq += u * u;
  }
  const mean = sum / n;
  assert.ok(Math.abs(mean - 0.5) < 0.003, `mean ${mean}`);
  assert.ok(Math.abs(sq / n - mean * mean - 1 / 12) < 0.002);
});

Deno.test("normal draws have mean 0 and variance 1", () => {
  const r = createRandom(9);
  const n = 200_000;
  let sum = 0, sq = 0, beyond2 = 0;
  for (let i = 0; i < n; i++) {
    const x = r.normal();
    sum += x;
    sq += x * x;
    if (Math.abs(x) > 2) beyond2++;
  }
  assert.ok(Math.abs(sum / n) < 0.01);
  assert.ok(Math.abs(sq / n - 1) < 0.01);
  assert.ok(Math.abs(beyond2 / n - 0.0455) < 0.003, `tail ${beyond2 / n}`);
});

Deno.test("a seed that is not a safe integer is refused", () => {
  assert.throws(() => createRandom(1.5), {
    name: "RangeError",
    message: "Seed must be a safe integer, got 1.5",
  });
});
