import { OpptrappingError } from "@opptrapping/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createMeasurement } from "./measurement.js";
import type { Measurement, Verdict } from "./assessment.js";
import { definePlugin, PluginDefinitionError, type Plugin } from "./plugin.js";

const achieved: Verdict = { status: "achieved", colour: "green", reason: { nb: "Nådd.", en: "Met." } };
const noData: Measurement = createMeasurement({ insufficient: { code: "no_observations", explanation: { nb: "Ingen data.", en: "No data." } } });
const read = () => ({ observations: [], issues: [] });

/** Runs definePlugin on something that may not be a plugin and returns what it threw. */
function rejection(plugin: unknown): PluginDefinitionError {
  try {
    definePlugin(plugin as Plugin);
  } catch (error) {
    if (error instanceof PluginDefinitionError) return error;
    throw error;
  }
  throw new Error("expected definePlugin to throw a PluginDefinitionError");
}

describe("definePlugin", () => {
  describe("a valid plugin", () => {
    it("comes back as the same object, frozen", () => {
      const plugin = { name: "acme:strict", statusRules: [{ id: "strict", decide: () => achieved }] };
      const defined = definePlugin(plugin);
      expect(defined).toBe(plugin);
      expect(Object.isFrozen(defined)).toBe(true);
    });

    it("may contribute no extensions at all", () => {
      expect(definePlugin({ name: "acme:empty" })).toEqual({ name: "acme:empty" });
    });

    it("may contribute one of each extension", () => {
      const plugin = definePlugin({
        name: "helse-vest:waiting-bands",
        assessors: [{ kind: "threshold", assess: () => noData }],
        statusRules: [{ id: "bands", decide: () => achieved }],
        calculators: [{ id: "meanWait", calculate: (days: readonly number[]) => days.length }],
        adapters: [{ format: "csv", extensions: [".csv"], read }],
      });
      expect(plugin.name).toBe("helse-vest:waiting-bands");
    });

    it.each(["acme:strict", "helse-vest:waiting-bands", "acme2:rule.v2", "a:b", "0x:1-2"])("accepts the namespaced name %j", (name) => {
      expect(definePlugin({ name }).name).toBe(name);
    });

    it("can be defined twice (definePlugin is idempotent)", () => {
      const once = definePlugin({ name: "acme:strict", statusRules: [{ id: "strict", decide: () => achieved }] });
      expect(definePlugin(once)).toBe(once);
    });
  });

  describe("a malformed plugin", () => {
    it("is rejected with code invalid_plugin, as an OpptrappingError", () => {
      const error = rejection({ name: "strict" });
      expect(error).toBeInstanceOf(OpptrappingError);
      expect(error.name).toBe("PluginDefinitionError");
      expect(error.code).toBe("invalid_plugin");
    });

    it.each([null, undefined, 42, "acme:strict"])("is rejected when it is not an object (%j), at the root", (plugin) => {
      const error = rejection(plugin);
      expect(error.path).toEqual([]);
      expect(error.message).toBe("a plugin must be an object");
    });

    it.each([
      ["no scope", "strict"],
      ["an upper-case scope", "Acme:strict"],
      ["an upper-case name", "acme:Strict"],
      ["an empty scope", ":strict"],
      ["an empty name", "acme:"],
      ["two colons", "acme:strict:v2"],
      ["a slash instead of a colon", "acme/strict"],
      ["a space", "acme:waiting bands"],
      ["a leading dash", "-acme:strict"],
      ["nothing", ""],
    ])("is rejected when its name has %s (%j), at path name", (_, name) => {
      const error = rejection({ name });
      expect(error.path).toEqual(["name"]);
      expect(error.code).toBe("invalid_plugin");
    });

    it("is rejected when it has no name", () => {
      expect(rejection({ statusRules: [] }).path).toEqual(["name"]);
    });

    it("says how to namespace a name", () => {
      expect(() => definePlugin({ name: "waiting-bands" })).toThrowErrorMatchingInlineSnapshot(
        `[PluginDefinitionError: plugin name "waiting-bands" must be namespaced as "scope:name" in lower case (e.g. "acme:waiting-bands")]`,
      );
    });

    it.each(["assessors", "statusRules", "calculators", "adapters"])("is rejected when %s is not an array, at that key", (key) => {
      const error = rejection({ name: "acme:x", [key]: { id: "single" } });
      expect(error.path).toEqual([key]);
      expect(error.message).toBe(`plugin "acme:x": ${key} must be an array`);
    });

    it("is rejected for an assessor without assess, at its index", () => {
      const error = rejection({ name: "acme:x", assessors: [{ kind: "threshold", assess: () => noData }, { kind: "gap" }] });
      expect(error.path).toEqual(["assessors", 1]);
      expect(error.message).toBe('plugin "acme:x": assessors[1] needs a kind and an assess function');
    });

    it("is rejected for an assessor without a kind", () => {
      expect(rejection({ name: "acme:x", assessors: [{ assess: () => noData }] }).path).toEqual(["assessors", 0]);
    });

    it("is rejected for a status rule without an id, at its index", () => {
      const error = rejection({ name: "acme:x", statusRules: [{ id: "ok", decide: () => achieved }, { decide: () => achieved }] });
      expect(error.path).toEqual(["statusRules", 1]);
      expect(error.code).toBe("invalid_plugin");
    });

    it("is rejected for a status rule with an empty id", () => {
      expect(() => definePlugin({ name: "acme:x", statusRules: [{ id: "", decide: () => achieved }] })).toThrowErrorMatchingInlineSnapshot(
        `[PluginDefinitionError: plugin "acme:x": statusRules[0] needs an id and a decide function]`,
      );
    });

    it("is rejected for a status rule without decide", () => {
      expect(rejection({ name: "acme:x", statusRules: [{ id: "strict" }] }).path).toEqual(["statusRules", 0]);
    });

    it("is rejected for a null entry in a list", () => {
      expect(rejection({ name: "acme:x", statusRules: [null] }).path).toEqual(["statusRules", 0]);
    });

    it("is rejected for a calculator without an id or a calculate function", () => {
      expect(rejection({ name: "acme:x", calculators: [{ calculate: () => 1 }] }).path).toEqual(["calculators", 0]);
      expect(rejection({ name: "acme:x", calculators: [{ id: "double" }] }).path).toEqual(["calculators", 0]);
    });

    it("is rejected for an adapter without extensions, at its index", () => {
      expect(() => definePlugin({ name: "acme:x", adapters: [{ format: "csv", read } as never] })).toThrowErrorMatchingInlineSnapshot(
        `[PluginDefinitionError: plugin "acme:x": adapters[0] needs a format, extensions and a read function]`,
      );
      expect(rejection({ name: "acme:x", adapters: [{ format: "csv", extensions: ".csv", read }] }).path).toEqual(["adapters", 0]);
    });

    it("is rejected for an adapter without a format or a read function", () => {
      expect(rejection({ name: "acme:x", adapters: [{ format: "", extensions: [".csv"], read }] }).path).toEqual(["adapters", 0]);
      expect(rejection({ name: "acme:x", adapters: [{ format: "csv", extensions: [".csv"] }] }).path).toEqual(["adapters", 0]);
    });

    it("is left unfrozen when rejected", () => {
      const plugin = { name: "acme:x", statusRules: [{ id: "strict" }] };
      rejection(plugin);
      expect(Object.isFrozen(plugin)).toBe(false);
    });
  });

  describe("types", () => {
    it("keeps the name and the ids of extensions as literal types", () => {
      const plugin = definePlugin({
        name: "acme:strict",
        assessors: [{ kind: "threshold", assess: () => noData }],
        statusRules: [{ id: "strict", decide: () => achieved }],
        calculators: [{ id: "double", calculate: (x: number) => x * 2 }],
        adapters: [{ format: "px", extensions: [".px"], read }],
      });
      expectTypeOf(plugin.name).toEqualTypeOf<"acme:strict">();
      expectTypeOf(plugin.assessors[0].kind).toEqualTypeOf<"threshold">();
      expectTypeOf(plugin.statusRules[0].id).toEqualTypeOf<"strict">();
      expectTypeOf(plugin.calculators[0].id).toEqualTypeOf<"double">();
      expectTypeOf(plugin.calculators[0].calculate).parameters.toEqualTypeOf<[x: number]>();
      expectTypeOf(plugin.calculators[0].calculate).returns.toEqualTypeOf<number>();
      expectTypeOf(plugin.adapters[0].format).toEqualTypeOf<"px">();
    });

    it("types the input of every hook from the contract", () => {
      definePlugin({
        name: "acme:typed",
        statusRules: [
          {
            id: "typed",
            decide: (input) => {
              expectTypeOf(input.measurement.met).toEqualTypeOf<boolean | null>();
              return achieved;
            },
          },
        ],
      });
    });

    it("rejects what the contract forbids at compile time", () => {
      // @ts-expect-error a plugin needs a name
      expect(() => definePlugin({ statusRules: [] })).toThrow(PluginDefinitionError);
      // @ts-expect-error "great" is not a Status
      definePlugin({ name: "acme:x", statusRules: [{ id: "x", decide: () => ({ status: "great", colour: "green", reason: achieved.reason }) }] });
      // @ts-expect-error "triangle" is not a target kind
      expect(() => definePlugin({ name: "acme:x", assessors: [{ kind: "triangle", assess: () => noData }] })).not.toThrow();
    });
  });
});
