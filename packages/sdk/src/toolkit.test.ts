import { OpptrappingError } from "@opptrapping/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createMeasurement } from "./measurement.js";
import type { AssessorInput, Measurement, StatusRuleInput, TargetAssessor, Verdict } from "./assessment.js";
import type { AdapterReadResult, DataAdapter, IndicatorCalculator } from "./extensions.js";
import { definePlugin, PluginDefinitionError, type Plugin } from "./plugin.js";
import { createToolkit, MissingExtensionError, PluginError, ToolkitConflictError } from "./toolkit.js";
import { sampleIndicator, sampleOptions, sampleSeries, sampleTarget } from "./testing/fixtures.js";

// Small hand-made extensions; none of them is meant to be realistic goal logic.

const onTrack: Verdict = { status: "onTrack", colour: "green", reason: { nb: "I rute.", en: "On track." } };
const noData: Measurement = createMeasurement({ insufficient: { code: "no_observations", explanation: { nb: "Ingen data.", en: "No data." } } });
const nothingRead: AdapterReadResult = { observations: [], issues: [] };

const rule = (id: string, verdict: Verdict = onTrack) => ({ id, decide: () => verdict });
const adapter = (format: string, extensions: readonly string[]): DataAdapter<never> => ({ format, extensions, read: () => nothingRead });

const ruleInput: StatusRuleInput = { target: sampleTarget("threshold"), indicator: sampleIndicator(), measurement: noData, options: sampleOptions };
const assessorInput: AssessorInput<Extract<ReturnType<typeof sampleTarget>, { kind: "threshold" }>> = {
  target: { ...sampleTarget("threshold"), kind: "threshold", comparator: "<", value: 35 },
  indicator: sampleIndicator(),
  series: sampleSeries(() => 0.5, 0),
  options: sampleOptions,
};

const strict = definePlugin({
  name: "acme:strict",
  assessors: [{ kind: "threshold", assess: () => noData }],
  statusRules: [{ id: "strict", decide: () => onTrack }],
  calculators: [{ id: "double", calculate: (x: number) => x * 2 }],
});
const lenient = definePlugin({
  name: "acme:lenient",
  statusRules: [{ id: "lenient", decide: () => onTrack }],
  adapters: [{ format: "csv", extensions: [".csv", ".tsv"], read: () => nothingRead }],
});

/** Runs `f` and returns the error it threw, of class `kind`. */
function thrown<E>(kind: abstract new (...args: never[]) => E, f: () => unknown): E {
  try {
    f();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected a ${kind.name}`);
}
const conflictsOf = (plugins: readonly Plugin[]) => thrown(ToolkitConflictError, () => createToolkit({ plugins })).conflicts;

describe("createToolkit", () => {
  describe("composing plugins", () => {
    it("composes two plugins, listing their extensions in the order given", () => {
      const toolkit = createToolkit({ plugins: [strict, lenient] });
      expect(toolkit.plugins).toEqual(["acme:strict", "acme:lenient"]);
      expect(toolkit.assessorKinds).toEqual(["threshold"]);
      expect(toolkit.ruleIds).toEqual(["strict", "lenient"]);
      expect(toolkit.calculatorIds).toEqual(["double"]);
      expect(toolkit.formats).toEqual(["csv"]);
    });

    it("lists assessor kinds sorted by name", () => {
      const toolkit = createToolkit({
        plugins: definePlugin({
          name: "acme:kinds",
          assessors: [
            { kind: "threshold", assess: () => noData },
            { kind: "capacity", assess: () => noData },
            { kind: "gap", assess: () => noData },
          ],
        }),
      });
      expect(toolkit.assessorKinds).toEqual(["capacity", "gap", "threshold"]);
    });

    it("flattens nested lists and skips false, null and undefined, as Vite does", () => {
      const useLenient = false as boolean;
      const toolkit = createToolkit({ plugins: [false, [strict, [null, [undefined]]], useLenient && lenient, [[[lenient]]]] });
      expect(toolkit.plugins).toEqual(["acme:strict", "acme:lenient"]);
    });

    it("accepts a single plugin, an empty list or nothing at all", () => {
      expect(createToolkit({ plugins: strict }).plugins).toEqual(["acme:strict"]);
      expect(createToolkit({ plugins: [] }).plugins).toEqual([]);
      expect(createToolkit({ plugins: null }).ruleIds).toEqual([]);
    });

    it("checks and freezes plugins that were not made with definePlugin", () => {
      const plain = { name: "acme:plain", statusRules: [rule("plain")] };
      expect(createToolkit({ plugins: [plain] }).ruleIds).toEqual(["plain"]);
      expect(Object.isFrozen(plain)).toBe(true);
      expect(() => createToolkit({ plugins: [{ name: "plain" }] })).toThrow(PluginDefinitionError);
    });

    it("tells which plugin provides an extension", () => {
      const toolkit = createToolkit({ plugins: [strict, lenient] });
      expect(toolkit.ownerOf("assessor", "threshold")).toBe("acme:strict");
      expect(toolkit.ownerOf("statusRule", "lenient")).toBe("acme:lenient");
      expect(toolkit.ownerOf("calculator", "double")).toBe("acme:strict");
      expect(toolkit.ownerOf("adapter", "csv")).toBe("acme:lenient");
      expect(toolkit.ownerOf("statusRule", "double")).toBeUndefined();
    });
  });

  describe("conflicts", () => {
    it.each<[string, Plugin, Plugin, { extension: string; key: string }]>([
      [
        "the same target kind",
        { name: "acme:a", assessors: [{ kind: "gap", assess: () => noData }] },
        { name: "acme:b", assessors: [{ kind: "gap", assess: () => noData }] },
        { extension: "assessor", key: "gap" },
      ],
      ["the same status rule id", { name: "acme:a", statusRules: [rule("strict")] }, { name: "acme:b", statusRules: [rule("strict")] }, { extension: "statusRule", key: "strict" }],
      [
        "the same calculator id",
        { name: "acme:a", calculators: [{ id: "mean", calculate: () => 1 }] },
        { name: "acme:b", calculators: [{ id: "mean", calculate: () => 2 }] },
        { extension: "calculator", key: "mean" },
      ],
      ["the same file extension", { name: "acme:a", adapters: [adapter("csv", [".csv"])] }, { name: "acme:b", adapters: [adapter("semicolon", [".csv"])] }, { extension: "file extension", key: ".csv" }],
      ["a file extension that differs only in case", { name: "acme:a", adapters: [adapter("csv", [".csv"])] }, { name: "acme:b", adapters: [adapter("csv2", [".CSV"])] }, { extension: "file extension", key: ".csv" }],
      ["the same plugin name", { name: "acme:a", statusRules: [rule("one")] }, { name: "acme:a", statusRules: [rule("two")] }, { extension: "plugin", key: "acme:a" }],
    ])("are rejected when two plugins claim %s", (_, first, second, conflict) => {
      const error = thrown(ToolkitConflictError, () => createToolkit({ plugins: [first, second] }));
      expect(error).toBeInstanceOf(OpptrappingError);
      expect(error.code).toBe("plugin_conflict");
      expect(error.conflicts).toEqual([{ ...conflict, plugins: [first.name, second.name] }]);
    });

    it("are rejected when two plugins claim the same adapter format, with each shared extension", () => {
      expect(conflictsOf([{ name: "acme:a", adapters: [adapter("csv", [".csv"])] }, { name: "acme:b", adapters: [adapter("csv", [".csv", ".txt"])] }])).toEqual([
        { extension: "adapter", key: "csv", plugins: ["acme:a", "acme:b"] },
        { extension: "file extension", key: ".csv", plugins: ["acme:a", "acme:b"] },
      ]);
      expect(conflictsOf([{ name: "acme:a", adapters: [adapter("csv", [".csv"])] }, { name: "acme:b", adapters: [adapter("csv", [".txt"])] }])).toEqual([
        { extension: "adapter", key: "csv", plugins: ["acme:a", "acme:b"] },
      ]);
    });

    it("are all listed in one error, each with every plugin that claims it", () => {
      const a: Plugin = { name: "acme:a", statusRules: [rule("strict")], calculators: [{ id: "mean", calculate: () => 1 }] };
      const b: Plugin = { name: "acme:b", statusRules: [rule("strict")], calculators: [{ id: "mean", calculate: () => 2 }] };
      const c: Plugin = { name: "acme:c", statusRules: [rule("strict"), rule("own")] };
      const error = thrown(ToolkitConflictError, () => createToolkit({ plugins: [a, b, c] }));
      expect(error.conflicts).toEqual([
        { extension: "statusRule", key: "strict", plugins: ["acme:a", "acme:b", "acme:c"] },
        { extension: "calculator", key: "mean", plugins: ["acme:a", "acme:b"] },
      ]);
      expect(error.message).toMatchInlineSnapshot(
        `"Plugins conflict: statusRule "strict" is claimed by acme:a and acme:b and acme:c; calculator "mean" is claimed by acme:a and acme:b. Leave one of them out of the toolkit."`,
      );
    });

    it("list a plugin given twice by name and by each of its extensions", () => {
      expect(conflictsOf([strict, strict])).toEqual([
        { extension: "plugin", key: "acme:strict", plugins: ["acme:strict", "acme:strict"] },
        { extension: "assessor", key: "threshold", plugins: ["acme:strict", "acme:strict"] },
        { extension: "statusRule", key: "strict", plugins: ["acme:strict", "acme:strict"] },
        { extension: "calculator", key: "double", plugins: ["acme:strict", "acme:strict"] },
      ]);
    });

    it("list a plugin name given three times once, with each copy", () => {
      const empty = definePlugin({ name: "acme:empty" });
      expect(conflictsOf([empty, empty, empty])).toEqual([{ extension: "plugin", key: "acme:empty", plugins: ["acme:empty", "acme:empty", "acme:empty"] }]);
    });

    it("include two extensions of one plugin that claim the same id", () => {
      expect(conflictsOf([{ name: "acme:a", statusRules: [rule("twice"), rule("twice")] }])).toEqual([
        { extension: "statusRule", key: "twice", plugins: ["acme:a", "acme:a"] },
      ]);
    });

    it("are frozen data on the error", () => {
      const conflicts = conflictsOf([{ name: "acme:a", statusRules: [rule("x")] }, { name: "acme:b", statusRules: [rule("x")] }]);
      expect(Object.isFrozen(conflicts)).toBe(true);
      expect(Object.isFrozen(conflicts[0])).toBe(true);
      expect(Object.isFrozen(conflicts[0]?.plugins)).toBe(true);
    });
  });

  describe("looking up extensions", () => {
    const toolkit = createToolkit({ plugins: [strict, lenient] });

    it("finds the assessor of a target kind, which measures as its plugin's does", () => {
      const assessor = toolkit.assessor("threshold");
      expect(assessor.kind).toBe("threshold");
      expect(assessor.assess(assessorInput)).toBe(noData);
      expectTypeOf(assessor).toEqualTypeOf<TargetAssessor<"threshold">>();
    });

    it("finds a status rule, a calculator and an adapter by id", () => {
      expect(toolkit.statusRule("lenient").decide(ruleInput)).toBe(onTrack);
      expect(toolkit.calculator("double").calculate(21)).toBe(42);
      expect(toolkit.adapter("csv").extensions).toEqual([".csv", ".tsv"]);
      expect(toolkit.adapter("csv").read("", { mapping: undefined as never })).toBe(nothingRead);
    });

    it("keeps a rule's other fields", () => {
      const titled = createToolkit({ plugins: { name: "acme:titled", statusRules: [{ ...rule("titled"), title: { nb: "Med tittel" } }] } });
      expect(titled.statusRule("titled").title).toEqual({ nb: "Med tittel" });
    });

    it.each<[string, () => unknown, string]>([
      ["assessor", () => toolkit.assessor("gap"), 'No assessor "gap" in this toolkit (known: threshold). Add a plugin that provides it.'],
      ["status rule", () => toolkit.statusRule("bands"), 'No status rule "bands" in this toolkit (known: lenient, strict). Add a plugin that provides it.'],
      // @ts-expect-error "triple" is not a calculator of this toolkit
      ["calculator", () => toolkit.calculator("triple"), 'No calculator "triple" in this toolkit (known: double). Add a plugin that provides it.'],
      ["adapter", () => toolkit.adapter("px"), 'No adapter "px" in this toolkit (known: csv). Add a plugin that provides it.'],
    ])("throws MissingExtensionError for an unknown %s, listing the known ids sorted", (_, lookUp, message) => {
      const error = thrown(MissingExtensionError, lookUp);
      expect(error).toBeInstanceOf(OpptrappingError);
      expect(error.code).toBe("missing_extension");
      expect(error.message).toBe(message);
    });

    it("says when a toolkit has no extension of a sort at all", () => {
      expect(() => createToolkit({ plugins: [] }).statusRule("default")).toThrowErrorMatchingInlineSnapshot(
        `[MissingExtensionError: No status rule "default" in this toolkit (known: none). Add a plugin that provides it.]`,
      );
    });
  });

  describe("adapterForFile", () => {
    const px = adapter("px", [".px"]);
    const gzip = adapter("gzip", [".gz"]);
    const csvGzip = adapter("csv-gzip", [".csv.gz"]);
    const csv = adapter("csv", [".csv", ".tsv"]);
    const toolkit = createToolkit({ plugins: { name: "acme:files", adapters: [px, gzip, csvGzip, csv] } });

    it("matches a file's ending regardless of case", () => {
      expect(toolkit.adapterForFile("data.CSV")?.format).toBe("csv");
      expect(toolkit.adapterForFile("Data.Tsv")?.format).toBe("csv");
      expect(toolkit.adapterForFile("/tmp/ssb/07459.PX")?.format).toBe("px");
    });

    it("prefers the longest matching ending", () => {
      expect(toolkit.adapterForFile("waits.csv.gz")?.format).toBe("csv-gzip");
      expect(toolkit.adapterForFile("waits.CSV.GZ")?.format).toBe("csv-gzip");
      expect(toolkit.adapterForFile("waits.px.gz")?.format).toBe("gzip");
    });

    it("prefers the longest ending whatever order the adapters were given in", () => {
      const reversed = createToolkit({ plugins: { name: "acme:files", adapters: [csvGzip, gzip] } });
      const forward = createToolkit({ plugins: { name: "acme:files", adapters: [gzip, csvGzip] } });
      expect(reversed.adapterForFile("a.csv.gz")?.format).toBe("csv-gzip");
      expect(forward.adapterForFile("a.csv.gz")?.format).toBe("csv-gzip");
    });

    it("matches an adapter that declared its ending in upper case", () => {
      const upper = createToolkit({ plugins: { name: "acme:upper", adapters: [adapter("px", [".PX"])] } });
      expect(upper.adapterForFile("table.px")?.format).toBe("px");
    });

    it("gives the same adapter as adapter(format)", () => {
      expect(toolkit.adapterForFile("x.csv")).toBe(toolkit.adapter("csv"));
    });

    it("gives undefined for an ending no adapter reads", () => {
      expect(toolkit.adapterForFile("data.json")).toBeUndefined();
      expect(toolkit.adapterForFile("data.csvx")).toBeUndefined();
      expect(toolkit.adapterForFile("")).toBeUndefined();
    });
  });

  describe("immutability", () => {
    const toolkit = createToolkit({ plugins: [strict, lenient] });

    it("freezes the toolkit and each of its lists", () => {
      expect(Object.isFrozen(toolkit)).toBe(true);
      for (const list of [toolkit.plugins, toolkit.assessorKinds, toolkit.ruleIds, toolkit.calculatorIds, toolkit.formats]) expect(Object.isFrozen(list)).toBe(true);
    });

    it("freezes the extensions it hands out, and an adapter's extensions", () => {
      expect(Object.isFrozen(toolkit.assessor("threshold"))).toBe(true);
      expect(Object.isFrozen(toolkit.statusRule("strict"))).toBe(true);
      expect(Object.isFrozen(toolkit.calculator("double"))).toBe(true);
      expect(Object.isFrozen(toolkit.adapter("csv"))).toBe(true);
      expect(Object.isFrozen(toolkit.adapter("csv").extensions)).toBe(true);
    });

    it("does not let a plugin change another plugin's registry", () => {
      // Test modules are ES modules, so strict mode: writes to frozen objects throw.
      expect(() => (toolkit.ruleIds as string[]).push("evil")).toThrow(TypeError);
      expect(() => (toolkit.plugins as string[]).splice(0, 1)).toThrow(TypeError);
      expect(() => Object.assign(toolkit, { statusRule: () => rule("evil") })).toThrow(TypeError);
      expect(() => Object.assign(toolkit.statusRule("strict"), { decide: () => onTrack })).toThrow(TypeError);
      expect(() => (toolkit.adapter("csv").extensions as string[]).push(".xlsx")).toThrow(TypeError);
      expect(toolkit.ruleIds).toEqual(["strict", "lenient"]);
      expect(toolkit.plugins).toEqual(["acme:strict", "acme:lenient"]);
      expect(toolkit.adapterForFile("a.xlsx")).toBeUndefined();
    });

    it("is not changed by later edits to the lists it was built from", () => {
      const extensions = [".csv"];
      const rules = [rule("first")];
      const built = createToolkit({ plugins: { name: "acme:mutable", statusRules: rules, adapters: [adapter("csv", extensions)] } });
      rules.push(rule("second"));
      extensions.push(".txt");
      expect(built.ruleIds).toEqual(["first"]);
      expect(built.adapter("csv").extensions).toEqual([".csv"]);
      expect(built.adapterForFile("a.txt")).toBeUndefined();
    });
  });

  describe("errors thrown by hooks", () => {
    const boom = new Error("boom");
    const throwing = definePlugin({
      name: "acme:x",
      assessors: [{ kind: "threshold", assess: () => { throw boom; } }],
      statusRules: [{ id: "strict", decide: () => { throw boom; } }],
      calculators: [{ id: "double", calculate: (_: number): number => { throw "not a number"; } }],
      adapters: [{ format: "csv", extensions: [".csv"], read: () => { throw boom; }, write: () => { throw new RangeError("too many rows"); } }],
    });
    const toolkit = createToolkit({ plugins: throwing });

    it("are wrapped in a PluginError naming the plugin and the hook", () => {
      const error = thrown(PluginError, () => toolkit.statusRule("strict").decide(ruleInput));
      expect(error).toBeInstanceOf(OpptrappingError);
      expect(error.message).toBe("[acme:x] decide (strict) failed: boom");
      expect(error.plugin).toBe("acme:x");
      expect(error.code).toBe("plugin_failed");
      expect(error.cause).toBe(boom);
    });

    it.each<[string, () => unknown, string]>([
      ["assess", () => toolkit.assessor("threshold").assess(assessorInput), "[acme:x] assess (threshold) failed: boom"],
      ["calculate", () => toolkit.calculator("double").calculate(1), "[acme:x] calculate (double) failed: not a number"],
      ["read", () => toolkit.adapter("csv").read("a;b", { mapping: undefined as never }), "[acme:x] read (csv) failed: boom"],
      ["write", () => toolkit.adapter("csv").write?.([]), "[acme:x] write (csv) failed: too many rows"],
    ])("are wrapped for %s too", (_, call, message) => {
      expect(thrown(PluginError, call).message).toBe(message);
    });

    it("keep their message pinned", () => {
      expect(() => toolkit.statusRule("strict").decide(ruleInput)).toThrowErrorMatchingInlineSnapshot(`[PluginError: [acme:x] decide (strict) failed: boom]`);
    });

    it("pass through unchanged when they are OpptrappingErrors, stamped with the plugin", () => {
      class BandError extends OpptrappingError {}
      const own = new BandError("no_bands", "no bands for R5", ["bands", "R5"]);
      const kit = createToolkit({ plugins: { name: "acme:bands", statusRules: [{ id: "bands", decide: () => { throw own; } }] } });
      const error = thrown(BandError, () => kit.statusRule("bands").decide(ruleInput));
      expect(error).toBe(own);
      expect(error.code).toBe("no_bands");
      expect(error.message).toBe("no bands for R5");
      expect(error.path).toEqual(["bands", "R5"]);
      expect((error as BandError & { plugin?: string }).plugin).toBe("acme:bands");
    });

    it("keep the plugin of an inner toolkit when one plugin delegates to another", () => {
      const inner = createToolkit({ plugins: throwing });
      const outer = createToolkit({ plugins: { name: "acme:outer", statusRules: [{ id: "delegate", decide: (input) => inner.statusRule("strict").decide(input) }] } });
      const error = thrown(PluginError, () => outer.statusRule("delegate").decide(ruleInput));
      expect(error.plugin).toBe("acme:x");
      expect(error.message).toBe("[acme:x] decide (strict) failed: boom");
    });

    it("do not occur for hooks that use `this`: each hook is called on its own extension", () => {
      const withThis = {
        id: "halfway",
        cutoff: 0.5,
        decide(this: { cutoff: number }, { measurement }: StatusRuleInput): Verdict {
          return (measurement.progress ?? 0) >= this.cutoff ? onTrack : { ...onTrack, status: "atRisk", colour: "yellow" };
        },
      };
      const calc: IndicatorCalculator<number, number> & { factor: number } = { id: "scale", factor: 3, calculate(x) { return x * this.factor; } };
      const kit = createToolkit({ plugins: { name: "acme:this", statusRules: [withThis], calculators: [calc] } });
      expect(kit.statusRule("halfway").decide({ ...ruleInput, measurement: { ...noData, progress: 0.75 } }).status).toBe("onTrack");
      expect(kit.calculator("scale").calculate(2)).toBe(6);
    });
  });

  describe("types", () => {
    const toolkit = createToolkit({ plugins: [strict, [lenient, false]] });

    it("gives a calculator the signature its plugin declared", () => {
      const double = toolkit.calculator("double");
      expectTypeOf(double.id).toEqualTypeOf<"double">();
      expectTypeOf(double.calculate).parameters.toEqualTypeOf<[x: number]>();
      expectTypeOf(double.calculate).returns.toEqualTypeOf<number>();
      expect(double.calculate(21)).toBe(42);
    });

    it("makes an unknown calculator id, or a wrong input, a type error", () => {
      expect(() =>
        // @ts-expect-error "triple" is no calculator of this toolkit
        toolkit.calculator("triple"),
      ).toThrow(MissingExtensionError);
      // @ts-expect-error "double" takes a number
      expect(toolkit.calculator("double").calculate("21")).toBe(42);
    });

    it("knows the rule ids, calculator ids and formats of its plugins", () => {
      expectTypeOf(toolkit.ruleIds).toEqualTypeOf<readonly ("strict" | "lenient")[]>();
      expectTypeOf(toolkit.calculatorIds).toEqualTypeOf<readonly "double"[]>();
      expectTypeOf(toolkit.formats).toEqualTypeOf<readonly "csv"[]>();
    });

    it("does not widen the ids to string when a plugin contributes none of a sort", () => {
      const assessorsOnly = definePlugin({ name: "acme:assessors", assessors: [{ kind: "gap", assess: () => noData }] });
      const kit = createToolkit({ plugins: [assessorsOnly, strict, lenient] });
      expectTypeOf(kit.ruleIds).toEqualTypeOf<readonly ("strict" | "lenient")[]>();
      expectTypeOf(kit.formats).toEqualTypeOf<readonly "csv"[]>();
      expectTypeOf(createToolkit({ plugins: assessorsOnly }).ruleIds).toEqualTypeOf<readonly never[]>();
    });

    it("still accepts any string as a rule id or format, found at run time", () => {
      expectTypeOf(toolkit.statusRule).parameter(0).toExtend<string>();
      expect(() => toolkit.statusRule("chosen-at-run-time")).toThrow(MissingExtensionError);
      expect(() => toolkit.adapter("xlsx")).toThrow(MissingExtensionError);
    });

    it("lets a calculator declared with a plain string id answer to any id", () => {
      const loose: IndicatorCalculator<string, number> = { id: "length", calculate: (s) => s.length };
      const kit = createToolkit({ plugins: { name: "acme:loose", calculators: [loose] } });
      expectTypeOf(kit.calculator("length").calculate).returns.toEqualTypeOf<number>();
      expect(kit.calculator("length").calculate("abc")).toBe(3);
    });
  });
});
