/**
 * Named registries of plugins, so models can name their plugins as plain data.
 *
 * @module
 */

/** Options passed to a plugin factory, as stored in a model file. */
export type PluginOptions = Readonly<Record<string, unknown>>;

/** A function that builds a plugin from options. */
export type PluginFactory<T> = (options?: PluginOptions) => T;

/** A name → plugin table for one kind of plugin (activations, losses, optimizers). */
export interface Registry<T> {
  /** The kind of plugin, for messages (`"activation"`). */
  readonly kind: string;
  /**
   * Registers a plugin object, or a factory, under `name`.
   *
   * @throws {RangeError} If the name is taken and `replace` is not set.
   */
  register(name: string, plugin: T | PluginFactory<T>, options?: { replace?: boolean }): void;
  /** Whether `name` is registered. */
  has(name: string): boolean;
  /** The registered names, sorted. */
  names(): string[];
  /**
   * The plugin registered as `name`, built with `options` when it is a factory.
   *
   * @throws {RangeError} If no plugin has that name; the message lists the known names.
   */
  get(name: string, options?: PluginOptions): T;
  /**
   * A plugin given by name or as an instance; an instance is checked for shape.
   *
   * @param spec A registered name or a plugin object.
   * @param where What is being resolved, for messages (`"layer 1 activation"`).
   */
  resolve(spec: string | T, where?: string): T;
}

/**
 * Creates an empty registry.
 *
 * @param kind The kind of plugin, for messages.
 * @param check Throws a TypeError if a value is not a valid plugin of this kind.
 * @returns The registry.
 */
export function createRegistry<T extends { readonly name: string }>(
  kind: string,
  check: (plugin: unknown, where: string) => asserts plugin is T,
): Registry<T> {
  /** Each factory, with how messages name its plugins (built once, not per lookup). */
  const table = new Map<string, { factory: PluginFactory<T>; where: string }>();
  const plural = kind.endsWith("s") ? `${kind}es` : `${kind}s`;
  const registry: Registry<T> = {
    kind,
    register(name, plugin, { replace = false } = {}) {
      if (typeof name !== "string" || name === "") {
        throw new TypeError(`${withArticle(kind, "A")} must be registered under a non-empty name`);
      }
      if (table.has(name) && !replace) {
        throw new RangeError(
          `${
            withArticle(kind, "A")
          } named "${name}" is already registered; pass { replace: true } to replace it`,
        );
      }
      const where = `${kind} "${name}"`;
      if (typeof plugin === "function") {
        table.set(name, { factory: plugin as PluginFactory<T>, where });
      } else {
        check(plugin, where);
        const factory: PluginFactory<T> = (options) => {
          if (options !== undefined && Object.keys(options).length > 0) {
            throw new TypeError(`The ${kind} "${name}" takes no options`);
          }
          return plugin;
        };
        table.set(name, { factory, where });
      }
    },
    has: (name) => table.has(name),
    names: () => [...table.keys()].sort(),
    get(name, options) {
      const entry = table.get(name);
      if (entry === undefined) {
        throw new RangeError(
          `Unknown ${kind} "${name}"; known ${plural}: ${registry.names().join(", ")}`,
        );
      }
      const plugin = entry.factory(options);
      check(plugin, entry.where);
      return plugin;
    },
    resolve(spec, where = kind) {
      if (typeof spec === "string") return registry.get(spec);
      check(spec, where);
      return spec;
    },
  };
  return registry;
}

/**
 * Throws a TypeError unless `value` is an object with a string `name` and the
 * listed methods; shared by the per-kind checks.
 */
export function checkPluginShape(
  value: unknown,
  where: string,
  kind: string,
  methods: readonly string[],
): void {
  if (typeof value === "function") {
    throw new TypeError(
      `${where}: expected ${withArticle(kind, "a")} name or object, got the function ${
        value.name || "(anonymous)"
      }; call it to build the ${kind}, e.g. ${value.name || "factory"}()`,
    );
  }
  if (value === null || typeof value !== "object") {
    throw new TypeError(
      `${where}: expected ${withArticle(kind, "a")} name or object, got ${String(value)}`,
    );
  }
  const record = value as Record<string, unknown>;
  if (typeof record.name !== "string" || record.name === "") {
    throw new TypeError(`${where}: ${withArticle(kind, "a")} needs a non-empty string "name"`);
  }
  for (const m of methods) {
    if (typeof record[m] !== "function") {
      throw new TypeError(`${where}: ${kind} "${record.name}" has no ${m}() method`);
    }
  }
}

/** `"an activation"`, `"a loss"`: `kind` after the article `a` (or `A`), fixed before a vowel. */
function withArticle(kind: string, a: "a" | "A"): string {
  return `${/^[aeiou]/.test(kind) ? `${a}n` : a} ${kind}`;
}
