/**
 * The playground's data: points in the plane with a label (0 or 1) or a
 * target in [−1, 1], drawn from a seeded generator. Circles, moons, spirals
 * and the four XOR points are the library's data sets; the others are small
 * generators of their own, after TensorFlow Playground's and the notebooks'.
 *
 * @module
 */
import { circles, moons, type Random, spirals, xor } from "./library.ts";
import type { DatasetName } from "./config.ts";

/** Points and their values: `x1[i]`, `x2[i]` and `value[i]` describe point `i`. */
export interface PointSet {
  x1: number[];
  x2: number[];
  /** The label (0 or 1) for classification, the target for regression. */
  value: number[];
}

/** A generator: `n` points with `noise`, drawing from `random`. */
type Generator = (n: number, noise: number, random: Random) => PointSet;

/** Half the side of the square the generators of this file fill. */
const HALF = 1.5;

/** The generator of each data set. */
export const GENERATORS: Record<DatasetName, Generator> = {
  circles: (n, noise, random) => fromLibrary(circles({ n, noise, factor: 0.5, random })),
  moons: (n, noise, random) => fromLibrary(moons({ n, noise, random })),
  spirals: (n, noise, random) => fromLibrary(spirals({ n, noise, random })),
  xor4: () => fromLibrary(xor()),
  xor: quadrants,
  gaussians: twoGaussians,
  cross: labelled((x1, x2) => Math.abs(x1) < 0.5 || Math.abs(x2) < 0.5),
  heart: labelled(insideHeart),
  plane: surface((x1, x2) => (x1 + x2) / (2 * HALF)),
  expsin: surface(expSinMean),
};

/**
 * The points of data set `name`.
 *
 * @param name The data set.
 * @param n Number of points (the four XOR points ignore it).
 * @param noise Noise in the data set's units.
 * @param random The generator to draw from.
 * @returns The points and their labels or targets.
 */
export function generate(name: DatasetName, n: number, noise: number, random: Random): PointSet {
  return GENERATORS[name](n, noise, random);
}

function fromLibrary(data: { x: { data: Float64Array }; labels: number[] }): PointSet {
  const x1: number[] = [], x2: number[] = [];
  for (let i = 0; i < data.labels.length; i++) {
    x1.push(data.x.data[2 * i]);
    x2.push(data.x.data[2 * i + 1]);
  }
  return { x1, x2, value: [...data.labels] };
}

function uniform(random: Random): number {
  return (2 * random.random() - 1) * HALF;
}

/** XOR as TensorFlow Playground draws it: label 1 where x₁x₂ > 0, then jitter of `noise`. */
function quadrants(n: number, noise: number, random: Random): PointSet {
  const set: PointSet = { x1: [], x2: [], value: [] };
  const away = (v: number) => v + (v > 0 ? 0.05 : -0.05);
  for (let i = 0; i < n; i++) {
    const a = away(uniform(random) * 0.9), b = away(uniform(random) * 0.9);
    set.value.push(a * b > 0 ? 1 : 0);
    set.x1.push(a + noise * random.normal());
    set.x2.push(b + noise * random.normal());
  }
  return set;
}

/** Half the points around (0.6, 0.6), label 1, half around (−0.6, −0.6); spread 0.25 + noise. */
function twoGaussians(n: number, noise: number, random: Random): PointSet {
  const set: PointSet = { x1: [], x2: [], value: [] };
  const spread = 0.25 + noise;
  for (let i = 0; i < n; i++) {
    const label = i % 2, centre = label === 1 ? 0.6 : -0.6;
    set.value.push(label);
    set.x1.push(centre + spread * random.normal());
    set.x2.push(centre + spread * random.normal());
  }
  return set;
}

/** Uniform points labelled 1 where `inside` holds, then jitter of `noise`. */
function labelled(inside: (x1: number, x2: number) => boolean): Generator {
  return (n, noise, random) => {
    const set: PointSet = { x1: [], x2: [], value: [] };
    for (let i = 0; i < n; i++) {
      const a = uniform(random), b = uniform(random);
      set.value.push(inside(a, b) ? 1 : 0);
      set.x1.push(a + noise * random.normal());
      set.x2.push(b + noise * random.normal());
    }
    return set;
  };
}

/** Uniform points with target `f(x₁, x₂)` in [−1, 1], plus `noise` times a normal draw. */
function surface(f: (x1: number, x2: number) => number): Generator {
  return (n, noise, random) => {
    const set: PointSet = { x1: [], x2: [], value: [] };
    for (let i = 0; i < n; i++) {
      const a = uniform(random), b = uniform(random);
      set.x1.push(a);
      set.x2.push(b);
      set.value.push(f(a, b) + noise * random.normal());
    }
    return set;
  };
}

/**
 * Notebook 004's `300·exp(sin x)`, averaged over the two coordinates with x
 * stretched from [−1.5, 1.5] to [−π, π], then mapped from [300/e, 300e] onto [−1, 1].
 */
function expSinMean(x1: number, x2: number): number {
  const y = (u: number) => 300 * Math.exp(Math.sin(u * Math.PI / HALF));
  const low = 300 / Math.E, high = 300 * Math.E;
  return (2 * ((y(x1) + y(x2)) / 2 - low)) / (high - low) - 1;
}

/** The heart of notebook 002 (16·sin³t, 13·cos t − 5·cos 2t − 2·cos 3t − cos 4t), scaled by 1/16. */
const HEART = Array.from({ length: 200 }, (_, k) => {
  const t = (2 * Math.PI * k) / 200;
  const y = 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
  return [Math.sin(t) ** 3, y / 16 + 0.15];
});

/** Whether a point lies inside the heart (even-odd rule on its outline). */
export function insideHeart(x1: number, x2: number): boolean {
  let inside = false;
  for (let i = 0, j = HEART.length - 1; i < HEART.length; j = i++) {
    const [xi, yi] = HEART[i], [xj, yj] = HEART[j];
    if (yi > x2 !== yj > x2 && x1 < ((xj - xi) * (x2 - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
