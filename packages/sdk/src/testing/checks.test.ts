import { createMeasurement } from "../measurement.js";
import { OpptrappingError, type Observation, type TargetKind } from "@opptrapping/core";
import { describe, expect, it } from "vitest";
import type { AssessorInput, Measurement, SeriesPoint, Status, StatusRule, TargetAssessor, Verdict } from "../assessment.js";
import type { DataAdapter } from "../extensions.js";
import { definePlugin, type Plugin } from "../plugin.js";
import { createToolkit } from "../toolkit.js";
import { exampleAdapterSamples, exampleCalculatorSamples, examplePlugin } from "./examplePlugin.test-fixture.js";
import {
  assertPluginConformance,
  checkPluginConformance,
  ConformanceError,
  findNonFinite,
  sampleIndicator,
  sampleOptions,
  sampleTarget,
  type ConformanceOptions,
} from "./index.js";

// Deliberately broken plugins, each breaking one promise of the contract.

const measured = (fields: Partial<Measurement> = {}): Measurement => createMeasurement(fields);
const noData = measured({ insufficient: { code: "no_observations", explanation: { nb: "Ingen data.", en: "No data." } } });
const say = (status: Status, colour: Verdict["colour"]): Verdict => ({ status, colour, reason: { nb: status, en: status } });

/** An assessor that reports no data for an empty series and delegates the rest to `measure`. */
function assessor<K extends TargetKind>(kind: K, measure: (points: readonly SeriesPoint[]) => Measurement): TargetAssessor<K> {
  return { kind, assess: ({ series }) => (series.points.length === 0 ? noData : measure(series.points)) };
}
/** A rule that rates missing data right and delegates the rest to `judge`. */
function rule(id: string, judge: (m: Measurement) => Verdict): StatusRule {
  return {
    id,
    decide: ({ measurement: m }) =>
      m.insufficient || m.value === null || (m.deadline.passed && !m.deadline.hasData) ? say("insufficientData", "grey") : judge(m),
  };
}
const wellBehavedRule = rule("fine", (m) =>
  m.value === null || (m.deadline.passed && !m.deadline.hasData) ? say("insufficientData", "grey") : m.met && m.finality?.final ? say("achieved", "green") : say("offTrack", "red"),
);

/** The checks a plugin fails, with their messages. */
function failures(plugin: Plugin, options?: ConformanceOptions) {
  return checkPluginConformance(plugin, options)
    .checks.filter((c) => !c.passed)
    .map(({ name, message }) => ({ name, message }));
}

describe("checkPluginConformance", () => {
  describe("a well-behaved third-party plugin", () => {
    const options = { calculatorSamples: exampleCalculatorSamples, adapterSamples: exampleAdapterSamples };

    it("passes assertPluginConformance with samples for its calculator and adapter", () => {
      const report = assertPluginConformance(examplePlugin, options);
      expect(report.passed).toBe(true);
      expect(report.plugin).toBe("example:waiting-times");
    });

    it("is run through every check of each of its extensions", () => {
      expect(checkPluginConformance(examplePlugin, options).checks.map((c) => c.name)).toEqual([
        "plugin is frozen by definePlugin",
        "assessor threshold handles an empty series as insufficient data",
        "assessor threshold never returns NaN or Infinity",
        "assessor threshold handles constant and zero series",
        "assessor threshold keeps forecasts inside the indicator's domain",
        "assessor threshold is deterministic and does not mutate its input",
        "status rule met-or-trend gives a known status and colour with a reason in nb and en",
        "status rule met-or-trend rates insufficient data as insufficientData",
        "status rule met-or-trend gives no verdict without evidence",
        "status rule met-or-trend is deterministic",
        "calculator meanWait never returns NaN or Infinity",
        "calculator meanWait is deterministic and does not mutate its input",
        "adapter example-lines reads its samples into valid observations",
        "adapter example-lines is deterministic",
        "adapter example-lines reports bad input with a typed error, never a crash",
      ]);
    });

    it("passes with other seeds and more runs too", () => {
      for (const seed of [2, 3, 42, 2033]) expect(checkPluginConformance(examplePlugin, { ...options, seed, runs: 200 }).passed).toBe(true);
    });

    it("works in a toolkit: 41.5, 38, 36.2 days against < 35 is not met but improving, so at risk", () => {
      const toolkit = createToolkit({ plugins: [examplePlugin] });
      const points: SeriesPoint[] = [
        [2023, 41.5],
        [2024, 38],
        [2025, 36.2],
      ].map(([year, value]) => ({ period: String(year), t: year! + 0.5, value: value!, observations: [] }));
      const input: AssessorInput<Extract<ReturnType<typeof sampleTarget>, { kind: "threshold" }>> = {
        target: { ...sampleTarget("threshold"), kind: "threshold", comparator: "<", value: 35 },
        indicator: sampleIndicator(),
        series: { indicatorId: "X.ind", orgUnit: "NO", filter: {}, points },
        options: { ...sampleOptions, asOf: "2026-01-31" },
      };
      const measurement = toolkit.assessor("threshold").assess(input);
      expect(measurement.value).toBe(36.2);
      expect(measurement.met).toBe(false);
      expect(measurement.gap).toBeCloseTo(1.2, 10);
      expect(measurement.trend?.slopePerYear).toBeCloseTo(-2.65, 10); // (36.2 − 41.5) / 2 years
      expect(toolkit.statusRule("met-or-trend").decide({ target: input.target, indicator: input.indicator, measurement, options: input.options }).status).toBe("atRisk");
      expect(toolkit.calculator("meanWait").calculate([{ days: 30 }, { days: 41 }, { days: 37 }])).toEqual({ value: 36, count: 3 });
      expect(toolkit.adapterForFile("waits.LINES")?.format).toBe("example-lines");
    });
  });

  describe("assessors", () => {
    it("fails one that returns NaN when it divides by a zero baseline", () => {
      const relative = assessor("relativeChange", (points) => {
        const first = points[0]!.value;
        const last = points.at(-1)!.value;
        return measured({ value: last, progress: (first - last) / first, used: points });
      });
      expect(failures(definePlugin({ name: "broken:nan", assessors: [relative] }))).toEqual([
        { name: "assessor relativeChange handles constant and zero series", message: "$.progress is NaN for a constant series of 0" },
      ]);
    });

    it("fails one that returns NaN or Infinity for any data, saying where", () => {
      const plugin = definePlugin({ name: "broken:nan", assessors: [assessor("threshold", () => measured({ gap: Number.NaN })), assessor("coverage", () => measured({ trend: { slopePerYear: Infinity, improving: true, points: 2, method: "linearLeastSquares" } }))] });
      const failed = failures(plugin);
      expect(failed.map((f) => f.name)).toEqual([
        "assessor threshold never returns NaN or Infinity",
        "assessor threshold handles constant and zero series",
        "assessor coverage never returns NaN or Infinity",
        "assessor coverage handles constant and zero series",
      ]);
      expect(failed[0]?.message).toMatch(/^\$\.gap is NaN for a series of [1-7] points$/);
      expect(failed[3]?.message).toBe("$.trend.slopePerYear is Infinity for a constant series of 0");
    });

    it("fails one that returns a value for an empty series without saying why it is insufficient", () => {
      const latest: TargetAssessor<"threshold"> = { kind: "threshold", assess: ({ series }) => measured({ value: series.points.at(-1)?.value ?? null, used: series.points }) };
      expect(failures(definePlugin({ name: "broken:empty", assessors: [latest] }))).toEqual([
        { name: "assessor threshold handles an empty series as insufficient data", message: "an empty series gave no `insufficient` reason" },
      ]);
    });

    it("fails one that sorts its input in place", () => {
      const sorting: TargetAssessor<"threshold"> = {
        kind: "threshold",
        assess: ({ series }) => {
          const points = (series.points as SeriesPoint[]).sort((a, b) => a.t - b.t);
          return points.length === 0 ? noData : measured({ value: points.at(-1)!.value, used: points });
        },
      };
      const failed = failures(definePlugin({ name: "broken:mutates", assessors: [sorting] }));
      expect(failed.map((f) => f.name)).toEqual([
        "assessor threshold never returns NaN or Infinity",
        "assessor threshold handles constant and zero series",
        "assessor threshold keeps forecasts inside the indicator's domain",
        "assessor threshold is deterministic and does not mutate its input",
      ]);
      expect(failed[3]?.message).toMatch(/^threw TypeError: Cannot assign to read only property '0'/);
    });

    it("fails one that is not deterministic", () => {
      const jittery = assessor("threshold", (points) => measured({ value: points.at(-1)!.value + Math.random(), used: points }));
      expect(failures(definePlugin({ name: "broken:jitter", assessors: [jittery] }))).toEqual([
        { name: "assessor threshold is deterministic and does not mutate its input", message: "two runs on the same input differ" },
      ]);
    });

    it("fails one of an unknown target kind, without running it", () => {
      const fancy = { kind: "fancy", assess: () => noData } as unknown as TargetAssessor;
      expect(failures(definePlugin({ name: "broken:kind", assessors: [fancy] }))).toEqual([{ name: "assessor fancy", message: 'unknown target kind "fancy"' }]);
    });

    it("reports a hook that throws as a failed check instead of crashing", () => {
      const throwing = assessor("threshold", () => {
        throw new RangeError("no baseline");
      });
      expect(failures(definePlugin({ name: "broken:throws", assessors: [throwing] }))).toEqual([
        { name: "assessor threshold never returns NaN or Infinity", message: "threw RangeError: no baseline" },
        { name: "assessor threshold handles constant and zero series", message: "threw RangeError: no baseline" },
        { name: "assessor threshold keeps forecasts inside the indicator's domain", message: "threw RangeError: no baseline" },
        { name: "assessor threshold is deterministic and does not mutate its input", message: "threw RangeError: no baseline" },
      ]);
    });

    it("gives gap and growthExceeds assessors a reference series", () => {
      const gap = assessor("gap", (points) => measured({ value: points.at(-1)!.value, used: points }));
      const needsReference: TargetAssessor<"gap"> = {
        kind: "gap",
        assess: (input) => (input.reference === undefined ? measured({ value: Number.NaN }) : gap.assess(input)),
      };
      expect(failures(definePlugin({ name: "acme:gap", assessors: [needsReference] }))).toEqual([]);
    });

    it("calls an assessor on itself, so one that uses `this` passes as it works in a toolkit", () => {
      const withHelper = {
        kind: "threshold" as const,
        latest(points: readonly SeriesPoint[]) {
          return points.at(-1)?.value ?? null;
        },
        assess(input: AssessorInput<Extract<ReturnType<typeof sampleTarget>, { kind: "threshold" }>>): Measurement {
          const value = this.latest(input.series.points);
          return value === null ? noData : measured({ value, used: input.series.points });
        },
      };
      expect(failures(definePlugin({ name: "acme:this", assessors: [withHelper] }))).toEqual([]);
    });

    it("runs each assessor once on an empty series, `runs` times on random ones, twice on constant ones, `runs` times for the domain and twice more for determinism", () => {
      let calls = 0;
      const counting = assessor("threshold", (points) => measured({ used: points }));
      const plugin = definePlugin({ name: "acme:count", assessors: [{ kind: "threshold", assess: (input) => (calls++, counting.assess(input)) }] });
      checkPluginConformance(plugin, { runs: 3 });
      expect(calls).toBe(1 + 3 + 2 + 3 + 2);
      calls = 0;
      checkPluginConformance(plugin);
      expect(calls).toBe(1 + 50 + 2 + 50 + 2);
    });
  });

  describe("status rules", () => {
    it("fails a rule that is not deterministic (Math.random)", () => {
      const coin = rule("coin", () => (Math.random() < 0.5 ? say("onTrack", "green") : say("atRisk", "yellow")));
      expect(failures(definePlugin({ name: "broken:coin", statusRules: [coin] }))).toEqual([
        { name: "status rule coin is deterministic", message: "two runs on the same input differ" },
      ]);
    });

    it("fails a rule that gives an unknown status", () => {
      const done = rule("done", (m) => (m.met ? say("done" as Status, "green") : say("offTrack", "red")));
      expect(failures(definePlugin({ name: "broken:status", statusRules: [done] }))).toEqual([
        { name: "status rule done gives a known status and colour with a reason in nb and en", message: "unknown status done" },
      ]);
    });

    it("fails a rule that gives an unknown colour", () => {
      const amber = rule("amber", () => say("atRisk", "amber" as Verdict["colour"]));
      expect(failures(definePlugin({ name: "broken:colour", statusRules: [amber] }))).toEqual([
        { name: "status rule amber gives a known status and colour with a reason in nb and en", message: "unknown colour amber" },
      ]);
    });

    it("fails a rule whose reason lacks English", () => {
      const terse = rule("terse", () => ({ status: "onTrack", colour: "green", reason: { nb: "I rute.", en: "" } }));
      expect(failures(definePlugin({ name: "broken:reason", statusRules: [terse] }))).toEqual([
        { name: "status rule terse gives a known status and colour with a reason in nb and en", message: "a verdict lacks its reason in nb or en" },
      ]);
    });

    it("fails a rule that does not rate insufficient data as insufficientData", () => {
      const pessimist: StatusRule = { id: "pessimist", decide: ({ measurement }) => (measurement.met ? say("achieved", "green") : say("offTrack", "red")) };
      expect(failures(definePlugin({ name: "broken:pessimist", statusRules: [pessimist] }))).toEqual([
        { name: "status rule pessimist rates insufficient data as insufficientData", message: "got offTrack" },
        { name: "status rule pessimist gives no verdict without evidence", message: "offTrack with no value" },
      ]);
    });

    it("passes a rule that does all of it", () => {
      expect(failures(definePlugin({ name: "acme:fine", statusRules: [wellBehavedRule] }))).toEqual([]);
    });

    it("judges one insufficient and `runs` random measurements: once for statuses, once for missing data, once for evidence, twice for determinism", () => {
      let calls = 0;
      const counting: StatusRule = { id: "count", decide: (input) => (calls++, wellBehavedRule.decide(input)) };
      checkPluginConformance(definePlugin({ name: "acme:count", statusRules: [counting] }), { runs: 3 });
      expect(calls).toBe(4 + 1 + 4 + 2 * 4);
    });
  });

  describe("calculators", () => {
    const double = { id: "double" as const, calculate: (x: number) => x * 2 };

    it("fails a calculator without samples, saying which option to pass", () => {
      const plugin = definePlugin({ name: "acme:double", calculators: [double] });
      const expected = [{ name: "calculator double has samples", message: 'pass calculatorSamples["double"] so the kit can run it' }];
      expect(failures(plugin)).toEqual(expected);
      expect(failures(plugin, { calculatorSamples: { double: [] } })).toEqual(expected);
    });

    it("rejects samples for a calculator the plugin does not provide, at compile time and in the report", () => {
      const plugin = definePlugin({ name: "acme:double", calculators: [double] });
      // @ts-expect-error: the plugin has no calculator "other"
      const failed = checkPluginConformance(plugin, { calculatorSamples: { double: [1], other: [1] } }).checks.filter((c) => !c.passed);
      expect(failed.map(({ name, message }) => ({ name, message }))).toEqual([
        {
          name: "calculatorSamples name only calculators of the plugin",
          message: 'calculatorSamples["other"] names no calculator of this plugin (its calculators: "double"); those samples would never run',
        },
      ]);
    });

    it("rejects calculator samples for a plugin with no calculators at all", () => {
      const plugin = definePlugin({ name: "acme:strict", statusRules: [wellBehavedRule] });
      expect(() =>
        // @ts-expect-error: the plugin has no calculators
        assertPluginConformance(plugin, { calculatorSamples: { "my-calc": [1], other: [] } }),
      ).toThrow(
        'calculatorSamples["my-calc"], calculatorSamples["other"] name no calculator of this plugin (it has no calculators); those samples would never run',
      );
    });

    it("passes a calculator with samples", () => {
      expect(failures(definePlugin({ name: "acme:double", calculators: [double] }), { calculatorSamples: { double: [0, 21, -1.5] } })).toEqual([]);
    });

    it("fails a calculator that returns NaN for a sample", () => {
      const mean = { id: "mean", calculate: (xs: readonly number[]) => ({ value: xs.reduce((a, b) => a + b, 0) / xs.length }) };
      expect(failures(definePlugin({ name: "broken:mean", calculators: [mean] }), { calculatorSamples: { mean: [[1, 2], []] } })).toEqual([
        { name: "calculator mean never returns NaN or Infinity", message: "$.value is NaN" },
      ]);
    });

    it("fails a calculator that sorts its input in place", () => {
      const median = { id: "median", calculate: (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? null };
      const failed = failures(definePlugin({ name: "broken:median", calculators: [median] }), { calculatorSamples: { median: [[3, 1, 2]] } });
      expect(failed.map((f) => f.name)).toEqual(["calculator median never returns NaN or Infinity", "calculator median is deterministic and does not mutate its input"]);
      expect(failed[1]?.message).toMatch(/^threw TypeError: Cannot assign to read only property/);
    });
  });

  describe("adapters", () => {
    const observation: Observation = { indicatorId: "X.ind", period: "2025", orgUnit: "NO", dimensions: {}, value: 36.2, flags: [] };
    const json = (read: DataAdapter<unknown>["read"]): DataAdapter<unknown> => ({ format: "json", extensions: [".json"], read });
    const samples = { json: [{ input: JSON.stringify([observation]), mapping: null }] };

    it("rejects samples for an adapter format the plugin does not provide", () => {
      const plugin = definePlugin({ name: "acme:json", adapters: [{ ...json(() => ({ observations: [], issues: [] })), format: "json" as const }] });
      // @ts-expect-error: the plugin reads no "csv"
      const report = checkPluginConformance(plugin, { adapterSamples: { ...samples, csv: samples.json } });
      expect(report.checks.filter((c) => !c.passed).map((c) => c.message)).toEqual([
        'adapterSamples["csv"] names no adapter format of this plugin (its adapter formats: "json"); those samples would never run',
      ]);
    });

    it("fails an adapter without samples", () => {
      expect(failures(definePlugin({ name: "acme:json", adapters: [json(() => ({ observations: [], issues: [] }))] }))).toEqual([
        { name: "adapter json has samples", message: 'pass adapterSamples["json"] so the kit can run it' },
      ]);
    });

    it("fails an adapter that crashes on bad input with an untyped error", () => {
      const naive = json((input) => ({ observations: JSON.parse(String(input)) as Observation[], issues: [] }));
      const failed = failures(definePlugin({ name: "broken:json", adapters: [naive] }), { adapterSamples: samples });
      expect(failed.map((f) => f.name)).toEqual(["adapter json reports bad input with a typed error, never a crash"]);
      expect(failed[0]?.message).toMatch(/^lenient read threw SyntaxError: /);
    });

    it("fails an adapter that reads invalid observations", () => {
      const narnia = json(() => ({ observations: [{ ...observation, orgUnit: "Narnia" }], issues: [] }));
      const failed = failures(definePlugin({ name: "broken:narnia", adapters: [narnia] }), { adapterSamples: samples });
      expect(failed.map((f) => f.name)).toEqual(["adapter json reads its samples into valid observations"]);
      expect(failed[0]?.message).toMatch(/^observation 0 is invalid: /);
    });

    it("calls read on its adapter, so one that uses `this` passes as it works in a toolkit", () => {
      const withHelper = {
        format: "json",
        extensions: [".json"],
        parse(text: string): Observation[] {
          try {
            return JSON.parse(text) as Observation[];
          } catch (error) {
            throw new OpptrappingError("invalid_json", (error as Error).message);
          }
        },
        read(input: string | Uint8Array) {
          return { observations: this.parse(typeof input === "string" ? input : new TextDecoder().decode(input)), issues: [] };
        },
      };
      const plugin = definePlugin({ name: "acme:json", adapters: [withHelper] });
      expect(createToolkit({ plugins: plugin }).adapter("json").read(samples.json[0]!.input, { mapping: null as never }).observations).toEqual([observation]);
      expect(failures(plugin, { adapterSamples: samples })).toEqual([]);
    });

    it("fails an adapter that writes without a nativeMapping to read it back", () => {
      const writer = { ...json(() => ({ observations: [observation], issues: [] })), write: () => "[]" };
      expect(failures(definePlugin({ name: "broken:writer", adapters: [writer] }), { adapterSamples: samples })).toEqual([
        { name: "adapter json reads back what it writes", message: "an adapter that writes must give the nativeMapping that reads its output" },
      ]);
    });
  });

  describe("the plugin itself", () => {
    it("fails a plugin that was not made with definePlugin", () => {
      expect(failures({ name: "acme:plain", statusRules: [wellBehavedRule] })).toEqual([{ name: "plugin is frozen by definePlugin", message: "define it with definePlugin" }]);
    });

    it("gives the same report for the same seed", () => {
      const plugin = definePlugin({ name: "acme:fine", statusRules: [wellBehavedRule], assessors: [examplePlugin.assessors[0]] });
      expect(checkPluginConformance(plugin, { seed: 7 })).toEqual(checkPluginConformance(plugin, { seed: 7 }));
    });

    it("draws different inputs for different seeds", () => {
      const seen: number[] = [];
      const spy = definePlugin({ name: "acme:spy", assessors: [assessor("threshold", (points) => (seen.push(points[0]!.value), measured({ used: points })))] });
      checkPluginConformance(spy, { seed: 1, runs: 5 });
      const first = [...seen];
      seen.length = 0;
      checkPluginConformance(spy, { seed: 2, runs: 5 });
      expect(seen).not.toEqual(first);
    });

    it("returns a frozen report", () => {
      const report = checkPluginConformance(examplePlugin);
      expect(Object.isFrozen(report)).toBe(true);
      expect(Object.isFrozen(report.checks)).toBe(true);
    });
  });
});

describe("assertPluginConformance", () => {
  const coin = rule("coin", () => (Math.random() < 0.5 ? say("onTrack", "green") : say("atRisk", "yellow")));
  const relative = assessor("relativeChange", (points) => measured({ progress: (points[0]!.value - points.at(-1)!.value) / points[0]!.value, used: points }));
  const broken = definePlugin({ name: "broken:several", assessors: [relative], statusRules: [coin], calculators: [{ id: "double", calculate: (x: number) => x * 2 }] });

  it("returns the report of a plugin that passes", () => {
    expect(assertPluginConformance(definePlugin({ name: "acme:fine", statusRules: [wellBehavedRule] })).checks).toHaveLength(5);
  });

  it("throws one ConformanceError listing every failed check", () => {
    expect(() => assertPluginConformance(broken)).toThrowErrorMatchingInlineSnapshot(`
      [ConformanceError: Plugin "broken:several" fails 3 conformance checks:
        - assessor relativeChange handles constant and zero series: $.progress is NaN for a constant series of 0
        - status rule coin is deterministic: two runs on the same input differ
        - calculator double has samples: pass calculatorSamples["double"] so the kit can run it]
    `);
  });

  it("carries the whole report, passed checks too, on the error", () => {
    let error: unknown;
    try {
      assertPluginConformance(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConformanceError);
    expect(error).toBeInstanceOf(OpptrappingError);
    const { code, report } = error as ConformanceError;
    expect(code).toBe("nonconforming_plugin");
    expect(report.passed).toBe(false);
    expect(report.checks).toHaveLength(1 + 5 + 4 + 1);
    expect(report.checks.filter((c) => c.passed)).toHaveLength(8);
  });

  it("says check, not checks, when one fails", () => {
    expect(() => assertPluginConformance({ name: "acme:plain" })).toThrowErrorMatchingInlineSnapshot(`
      [ConformanceError: Plugin "acme:plain" fails 1 conformance check:
        - plugin is frozen by definePlugin: define it with definePlugin]
    `);
  });
});

describe("findNonFinite", () => {
  it.each([0, -0, 1e308, -5, "NaN", "Infinity", null, undefined, true, [], {}, [1, [2, { a: 3 }]], { a: { b: [null, "x", 4] } }])(
    "gives undefined for the clean value %j",
    (value) => {
      expect(findNonFinite(value)).toBeUndefined();
    },
  );

  it("finds NaN and Infinity at the root", () => {
    expect(findNonFinite(Number.NaN)).toBe("$ is NaN");
    expect(findNonFinite(-Infinity)).toBe("$ is -Infinity");
    expect(findNonFinite(1 / 0)).toBe("$ is Infinity");
  });

  it("finds NaN deep inside arrays and objects, naming the path", () => {
    expect(findNonFinite({ a: [1, { b: [2, Number.NaN] }] })).toBe("$.a[1].b[1] is NaN");
    expect(findNonFinite([[[], [0, [Infinity]]]])).toBe("$[0][1][1][0] is Infinity");
    expect(findNonFinite(measured({ forecast: { value: Number.NaN, at: 2030, method: "lastValue", meets: false, unclamped: Number.NaN, clamped: false } }))).toBe("$.forecast.value is NaN");
  });

  it("names the first one it meets, in order", () => {
    expect(findNonFinite({ gap: Infinity, progress: Number.NaN })).toBe("$.gap is Infinity");
    expect(findNonFinite([1, Number.NaN, -Infinity])).toBe("$[1] is NaN");
  });

  it("starts the path from the name it is given", () => {
    expect(findNonFinite({ value: Number.NaN }, "measurement")).toBe("measurement.value is NaN");
  });
});
