/**
 * Tests that need permissions, so that a plain `deno test` (no flags, as the
 * design writes it) runs every test that needs none and skips the others with
 * one notice that says how to run them, instead of failing each.
 *
 * @module
 */

/** A permission a test may need. */
export type Need = "read" | "write" | "run" | "env" | "net";

let noticed = false;

/** The permissions of `needs` that this run has not been granted. */
export function missing(...needs: Need[]): Need[] {
  return needs.filter((name) => Deno.permissions.querySync({ name }).state !== "granted");
}

/** The three ways `Deno.test` registers a test, without its `.only` and `.ignore`. */
export interface Test {
  (name: string, fn: Deno.TestDefinition["fn"]): void;
  (
    name: string,
    options: Omit<Deno.TestDefinition, "name" | "fn">,
    fn: Deno.TestDefinition["fn"],
  ): void;
  (definition: Deno.TestDefinition): void;
}

/**
 * `Deno.test` for a file whose tests need `needs`: where any is not granted,
 * its tests are registered as ignored, and a notice (printed once) says how to
 * run them: `deno task test`, or `deno test -A`.
 *
 * @example
 * ```ts ignore
 * const test = testsNeeding("read", "write");
 * test("saves a file", async () => { ... });
 * ```
 */
export function testsNeeding(...needs: Need[]): Test {
  const absent = missing(...needs);
  if (absent.length > 0 && !noticed) {
    noticed = true;
    console.log(
      "Note: tests that need permissions (files, subprocesses, environment) are ignored; " +
        "`deno task test` or `deno test -A` runs them.",
    );
  }
  const skip = absent.length > 0;
  return ((...args: unknown[]) => {
    const [first, second, third] = args;
    if (typeof first === "string" && typeof second === "function") {
      return Deno.test({ name: first, fn: second as Deno.TestDefinition["fn"], ignore: skip });
    }
    if (typeof first === "string" && typeof third === "function") {
      const options = second as Omit<Deno.TestDefinition, "name" | "fn">;
      return Deno.test({
        ...options,
        name: first,
        fn: third as Deno.TestDefinition["fn"],
        ignore: skip || options.ignore === true,
      });
    }
    if (typeof first === "object" && first !== null && second === undefined) {
      const definition = first as Deno.TestDefinition;
      return Deno.test({ ...definition, ignore: skip || definition.ignore === true });
    }
    throw new TypeError("testsNeeding: use test(name, fn), test(name, options, fn) or test({ … })");
  }) as Test;
}
