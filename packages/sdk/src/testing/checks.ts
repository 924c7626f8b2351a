import { OpptrappingError, TARGET_KINDS, observationSchema, type TargetKind } from "@opptrapping/core";
import { COLOURS, STATUSES, type AnyTargetAssessor, type AssessorInput, type Measurement, type StatusRule } from "../assessment.js";
import type { DataAdapter, IndicatorCalculator } from "../extensions.js";
import type { Plugin } from "../plugin.js";
import type { CalculatorOf, FormatOf } from "../toolkit.js";
import { prng, sampleIndicator, sampleMeasurements, sampleOptions, sampleSeries, sampleTarget } from "./fixtures.js";

/** The outcome of one conformance check. */
export interface ConformanceCheck {
  readonly name: string;
  readonly passed: boolean;
  readonly message?: string;
}

/**
 * Samples a plugin author supplies for the extensions the kit cannot invent inputs for. `P` is
 * the plugin checked: samples are keyed by the ids of its own calculators and the formats of
 * its own adapters, so a sample for something the plugin does not provide is a compile error
 * (and, for ids known only at runtime, a failed check).
 */
export interface ConformanceOptions<P extends Plugin = Plugin> {
  /** Seed of the generated inputs. @default 1 */
  readonly seed?: number;
  /** How many random inputs per check. @default 50 */
  readonly runs?: number;
  /** Inputs to run each calculator on, by calculator id. */
  readonly calculatorSamples?: SamplesBy<CalculatorOf<P>["id"], readonly unknown[]>;
  /** Sample files (and their mapping) for each adapter, by format. */
  readonly adapterSamples?: SamplesBy<FormatOf<P>, readonly { readonly input: string | Uint8Array; readonly mapping: unknown }[]>;
}

// With no ids at all, `Record<never, …>` would be `{}`, which TypeScript lets any object fill:
// spell "no key allowed" instead.
type SamplesBy<Id extends string, S> = [Id] extends [never] ? Readonly<Record<string, never>> : Readonly<Partial<Record<Id, S>>>;

type AnySamples = Readonly<Record<string, readonly unknown[] | undefined>>;
type AnyAdapterSamples = Readonly<
  Record<string, readonly { readonly input: string | Uint8Array; readonly mapping: unknown }[] | undefined>
>;

/** Fails for samples keyed by an id the plugin does not provide: they would never run, silently. */
function unknownSampleChecks(option: string, what: string, given: object | undefined, provided: readonly string[]): ConformanceCheck[] {
  const stray = Object.keys(given ?? {}).filter((key) => !provided.includes(key));
  if (stray.length === 0) return [];
  const has = provided.length === 0 ? `it has no ${what}s` : `its ${what}s: ${provided.map((p) => `"${p}"`).join(", ")}`;
  return [
    {
      name: `${option} name only ${what}s of the plugin`,
      passed: false,
      message: `${stray.map((key) => `${option}["${key}"]`).join(", ")} name${stray.length === 1 ? "s" : ""} no ${what} of this plugin (${has}); those samples would never run`,
    },
  ];
}

/** Checks every extension of a plugin; see {@link checkPluginConformance}. */
export interface ConformanceReport {
  readonly plugin: string;
  readonly passed: boolean;
  readonly checks: readonly ConformanceCheck[];
}

/** Every number in a value, with where it is, so NaN and Infinity can be found anywhere. */
export function findNonFinite(value: unknown, path = "$"): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path} is ${value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNonFinite(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = findNonFinite(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return undefined;
}

function deepFrozenCopy<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (v: unknown) => {
    if (v !== null && typeof v === "object") {
      Object.freeze(v);
      for (const x of Object.values(v)) freeze(x);
    }
  };
  freeze(copy);
  return copy;
}

function attempt(name: string, body: () => string | undefined): ConformanceCheck {
  try {
    const problem = body();
    return problem === undefined ? { name, passed: true } : { name, passed: false, message: problem };
  } catch (error) {
    return { name, passed: false, message: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const canonical = (list: readonly unknown[]) => list.map((x) => JSON.stringify(x)).sort();

function assessorChecks(assessor: AnyTargetAssessor, runs: number, seed: number): ConformanceCheck[] {
  const kind = assessor.kind as TargetKind;
  const label = `assessor ${kind}`;
  const needsRef = kind === "gap" || kind === "growthExceeds";
  const input = (random: () => number, n: number, lo?: number, hi?: number): AssessorInput =>
    deepFrozenCopy({
      target: sampleTarget(kind),
      indicator: sampleIndicator(),
      series: sampleSeries(random, n, "X.ind", lo, hi),
      ...(needsRef ? { reference: { indicator: sampleIndicator("X.ref"), series: sampleSeries(random, n, "X.ref", lo, hi) } } : {}),
      options: sampleOptions,
    });
  const run = (i: AssessorInput) => (assessor.assess as (i: AssessorInput) => Measurement)(i);
  return [
    attempt(`${label} handles an empty series as insufficient data`, () => {
      const m = run(input(prng(seed), 0));
      if (m.insufficient === null) return "an empty series gave no `insufficient` reason";
      return findNonFinite(m);
    }),
    attempt(`${label} never returns NaN or Infinity`, () => {
      const random = prng(seed + 1);
      for (let r = 0; r < runs; r++) {
        const n = Math.floor(random() * 8);
        const spread = [1e-9, 1, 1e6, 1e12][r % 4]!;
        const m = run(input(random, n, -spread, spread));
        const bad = findNonFinite(m);
        if (bad) return `${bad} for a series of ${n} points`;
      }
      return undefined;
    }),
    attempt(`${label} handles constant and zero series`, () => {
      for (const v of [0, 5]) {
        const m = run(input(() => 0, 4, v, v));
        const bad = findNonFinite(m);
        if (bad) return `${bad} for a constant series of ${v}`;
      }
      return undefined;
    }),
    attempt(`${label} keeps forecasts inside the indicator's domain`, () => {
      const random = prng(seed + 3);
      for (let r = 0; r < runs; r++) {
        const m = run(input(random, 2 + Math.floor(random() * 6), 0, 100));
        const f = m.forecast;
        if (!f) continue;
        if ((m.domain.min !== null && f.value < m.domain.min) || (m.domain.max !== null && f.value > m.domain.max))
          return `forecast ${f.value} outside the domain [${m.domain.min ?? "−∞"}, ${m.domain.max ?? "∞"}]`;
        if (f.clamped !== (f.value !== f.unclamped)) return "forecast.clamped disagrees with value and unclamped";
      }
      return undefined;
    }),
    attempt(`${label} is deterministic and does not mutate its input`, () => {
      const i = input(prng(seed + 2), 5, 0, 100);
      return same(run(i), run(i)) ? undefined : "two runs on the same input differ";
    }),
  ];
}

function ruleChecks(rule: StatusRule, runs: number, seed: number): ConformanceCheck[] {
  const label = `status rule ${rule.id}`;
  const measurements = sampleMeasurements(prng(seed), runs).map((m) => deepFrozenCopy(m));
  const decide = (measurement: Measurement) =>
    rule.decide(deepFrozenCopy({ target: sampleTarget("threshold"), indicator: sampleIndicator(), measurement, options: sampleOptions }));
  return [
    attempt(`${label} gives a known status and colour with a reason in nb and en`, () => {
      for (const m of measurements) {
        const v = decide(m);
        if (!(STATUSES as readonly string[]).includes(v.status)) return `unknown status ${String(v.status)}`;
        if (!(COLOURS as readonly string[]).includes(v.colour)) return `unknown colour ${String(v.colour)}`;
        if (!v.reason?.nb || !v.reason?.en) return "a verdict lacks its reason in nb or en";
      }
      return undefined;
    }),
    attempt(`${label} rates insufficient data as insufficientData`, () => {
      const v = decide(measurements[0]!);
      return v.status === "insufficientData" ? undefined : `got ${v.status}`;
    }),
    attempt(`${label} gives no verdict without evidence`, () => {
      for (const m of measurements) {
        const v = decide(m);
        if (v.status === "achieved" && !(m.met === true && m.finality?.final === true))
          return `achieved on a value that ${m.met !== true ? "does not meet the target" : "is not final"}`;
        if (m.deadline.passed && !m.deadline.hasData && v.status !== "insufficientData")
          return `${v.status} after the deadline with no value for the deadline period`;
        if (m.value === null && v.status !== "insufficientData") return `${v.status} with no value`;
      }
      return undefined;
    }),
    attempt(`${label} is deterministic`, () =>
      measurements.every((m) => same(decide(m), decide(m))) ? undefined : "two runs on the same input differ",
    ),
  ];
}

function calculatorChecks(calc: IndicatorCalculator<never, unknown>, samples: readonly unknown[] | undefined): ConformanceCheck[] {
  const label = `calculator ${calc.id}`;
  if (!samples || samples.length === 0)
    return [{ name: `${label} has samples`, passed: false, message: `pass calculatorSamples["${calc.id}"] so the kit can run it` }];
  const run = (x: unknown) => (calc.calculate as (x: unknown) => unknown)(x);
  return [
    attempt(`${label} never returns NaN or Infinity`, () => {
      for (const s of samples) {
        const bad = findNonFinite(run(deepFrozenCopy(s)));
        if (bad) return bad;
      }
      return undefined;
    }),
    attempt(`${label} is deterministic and does not mutate its input`, () =>
      samples.every((s) => {
        const frozen = deepFrozenCopy(s);
        return same(run(frozen), run(frozen));
      })
        ? undefined
        : "two runs on the same input differ",
    ),
  ];
}

function adapterChecks(adapter: DataAdapter<unknown>, samples: AnyAdapterSamples | undefined): ConformanceCheck[] {
  const label = `adapter ${adapter.format}`;
  const list = samples?.[adapter.format];
  if (!list || list.length === 0)
    return [{ name: `${label} has samples`, passed: false, message: `pass adapterSamples["${adapter.format}"] so the kit can run it` }];
  // Bound, as the toolkit binds it: a detached `read` would lose `this` (assess and calculate are called as methods).
  const read = (adapter.read as (input: string | Uint8Array, o: { mapping: unknown; mode?: "strict" | "lenient" }) => ReturnType<DataAdapter["read"]>).bind(adapter);
  const checks: ConformanceCheck[] = [
    attempt(`${label} reads its samples into valid observations`, () => {
      for (const s of list) {
        const result = read(s.input, { mapping: s.mapping, mode: "strict" });
        for (const [i, o] of result.observations.entries()) {
          const parsed = observationSchema.safeParse(o);
          if (!parsed.success) return `observation ${i} is invalid: ${parsed.error.issues[0]?.message ?? ""}`;
        }
        const bad = findNonFinite(result.observations);
        if (bad) return bad;
      }
      return undefined;
    }),
    attempt(`${label} is deterministic`, () =>
      list.every((s) => same(read(s.input, { mapping: s.mapping }), read(s.input, { mapping: s.mapping })))
        ? undefined
        : "two reads of the same input differ",
    ),
    attempt(`${label} reports bad input with a typed error, never a crash`, () => {
      for (const s of list) {
        const text = typeof s.input === "string" ? s.input : new TextDecoder().decode(s.input);
        for (const broken of [text.slice(0, Math.floor(text.length / 2)), "", "\u0000\u0001garbage", text.replaceAll(/\d/g, "x")]) {
          try {
            read(broken, { mapping: s.mapping, mode: "lenient" });
          } catch (error) {
            if (!(error instanceof OpptrappingError)) return `lenient read threw ${String(error)}`;
          }
          try {
            read(broken, { mapping: s.mapping, mode: "strict" });
          } catch (error) {
            if (!(error instanceof OpptrappingError)) return `strict read threw an untyped ${error instanceof Error ? error.name : typeof error}: ${String(error)}`;
          }
        }
      }
      return undefined;
    }),
  ];
  if (adapter.write) {
    const write = adapter.write.bind(adapter);
    checks.push(
      attempt(`${label} reads back what it writes`, () => {
        if (adapter.nativeMapping === undefined) return "an adapter that writes must give the nativeMapping that reads its output";
        for (const s of list) {
          const first = read(s.input, { mapping: s.mapping }).observations;
          const again = read(write(first), { mapping: adapter.nativeMapping }).observations;
          // Writers may put rows in a canonical order; compare as multisets of observations.
          if (!same(canonical(first), canonical(again))) return "write then read (with nativeMapping) changed the observations";
        }
        return undefined;
      }),
    );
  }
  return checks;
}

/**
 * Runs the conformance checks on every extension of a plugin: assessors never return NaN,
 * handle no data, are deterministic and leave their input alone; status rules give a known
 * status and colour with reasons and rate missing data as `insufficientData`; calculators and
 * adapters are run on the samples you pass.
 *
 * @example
 * ```ts
 * import { checkPluginConformance } from "@opptrapping/sdk/testing";
 * const report = checkPluginConformance(myPlugin);
 * report.passed; // true
 * ```
 */
export function checkPluginConformance<const P extends Plugin>(plugin: P, options: NoInfer<ConformanceOptions<P>> = {}): ConformanceReport {
  const calculatorSamples = options.calculatorSamples as AnySamples | undefined;
  const adapterSamples = options.adapterSamples as AnyAdapterSamples | undefined;
  const seed = options.seed ?? 1;
  const runs = options.runs ?? 50;
  const checks: ConformanceCheck[] = [
    attempt("plugin is frozen by definePlugin", () => (Object.isFrozen(plugin) ? undefined : "define it with definePlugin")),
  ];
  for (const a of plugin.assessors ?? []) {
    if (!(TARGET_KINDS as readonly string[]).includes(a.kind)) checks.push({ name: `assessor ${a.kind}`, passed: false, message: `unknown target kind "${a.kind}"` });
    else checks.push(...assessorChecks(a, runs, seed));
  }
  for (const r of plugin.statusRules ?? []) checks.push(...ruleChecks(r, runs, seed));
  for (const c of plugin.calculators ?? []) checks.push(...calculatorChecks(c, calculatorSamples?.[c.id]));
  for (const a of plugin.adapters ?? []) checks.push(...adapterChecks(a, adapterSamples));
  checks.push(
    ...unknownSampleChecks("calculatorSamples", "calculator", calculatorSamples, (plugin.calculators ?? []).map((c) => c.id)),
    ...unknownSampleChecks("adapterSamples", "adapter format", adapterSamples, (plugin.adapters ?? []).map((a) => a.format)),
  );
  return Object.freeze({ plugin: plugin.name, passed: checks.every((c) => c.passed), checks: Object.freeze(checks) });
}

/** Thrown by {@link assertPluginConformance}, listing every failed check. */
export class ConformanceError extends OpptrappingError {
  readonly report: ConformanceReport;
  constructor(report: ConformanceReport) {
    const failed = report.checks.filter((c) => !c.passed);
    super(
      "nonconforming_plugin",
      `Plugin "${report.plugin}" fails ${failed.length} conformance check${failed.length === 1 ? "" : "s"}:\n${failed.map((c) => `  - ${c.name}: ${c.message ?? "failed"}`).join("\n")}`,
    );
    this.report = report;
  }
}

/**
 * Throws a {@link ConformanceError} listing every failed check; use it inside your own test.
 *
 * @example
 * ```ts
 * import { it } from "vitest";
 * import { assertPluginConformance } from "@opptrapping/sdk/testing";
 * it("conforms to the opptrapping plugin contract", () => assertPluginConformance(myPlugin));
 * ```
 */
export function assertPluginConformance<const P extends Plugin>(plugin: P, options?: NoInfer<ConformanceOptions<P>>): ConformanceReport {
  const report = checkPluginConformance(plugin, options);
  if (!report.passed) throw new ConformanceError(report);
  return report;
}
