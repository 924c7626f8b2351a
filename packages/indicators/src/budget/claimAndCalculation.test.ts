import { Decimal, money, type Allocation, type Commitment, type PlanData, type SourceClaim } from "@opptrapping/core";
import { plan as bundledPlan } from "@opptrapping/psykisk-helse";
import * as fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { budgetTrajectory, type BudgetTrajectory } from "./budgetTrajectory.js";
import { BudgetError, standardBudgetPaths, type BudgetPathSpec } from "./paths.js";

// Synthetic commitment of 1 320 over 2023–2033 (n = 11, n(n + 1) = 132, so 1 320 / 132 = 10):
//   equal steps 2023–2033 by year m: 120·m          → 2026 (m = 4): 480
//   equal steps 2023–2032:           1 320·m / 10   → 2026: 528
//   equal steps 2024–2033:           1 320·m / 10   → 2026 (m = 3): 396
//   front-loaded: 10·m(23 − m)                      → 2026: 760
//   back-loaded:  10·m(m + 1)                       → 2026: 200

const S = [{ doc: "synthetic" }] as const;
const dec = (x: string | number) => new Decimal(x);
type BudgetPlan = Pick<PlanData, "commitment" | "allocations">;

function commitment(extra: Partial<Commitment> = {}): Commitment {
  return { id: "C", title: { nb: "C" }, amount: money("1320"), atLeast: true, permanent: true, startYear: 2023, endYear: 2033, reported: [], sources: S, ...extra };
}
const alloc = (id: string, amount: string, budgetYear: number, permanence: Allocation["permanence"]): Allocation => ({
  id, title: { nb: id }, amount: money(amount), budgetYear, permanence, channel: "unknown", recipientIds: [], sources: S,
});
const report = (asOf: string, cumulative: string, claim?: SourceClaim, claimedOnTrack?: boolean) => ({
  asOf, cumulative: money(cumulative), sources: S, ...(claim ? { claim } : {}), ...(claimedOnTrack === undefined ? {} : { claimedOnTrack }),
});
const plan = (c: Partial<Commitment> = {}, allocations: Allocation[] = []): BudgetPlan => ({ commitment: commitment(c), allocations });
const about = (words: string): SourceClaim => ({ words, qualifier: "about" });

function thrown(f: () => unknown): BudgetError {
  try {
    f();
  } catch (error) {
    if (error instanceof BudgetError) return error;
    throw error;
  }
  throw new Error("expected a BudgetError");
}
/** Compares prose with ordinary spaces; the amounts in it use no-break spaces (U+00A0). */
const plain = (s: string | undefined) => (s ?? "").replace(/\u00A0/g, " ");
const verdicts = (b: BudgetTrajectory) => b.sensitivity.map((r) => [r.path.id, r.expected.toString(), r.verdict]);
const computed = (b: BudgetTrajectory) => {
  if (b.calculation.kind !== "computed") throw new Error("expected a computed calculation");
  return b.calculation;
};

describe("the claim, kept apart from the calculation", () => {
  const b = budgetTrajectory(plan({ reported: [report("2026-01-19", "520", about("om lag 520 kroner"), true)] }), { asOf: "2026-01-19" });

  it("keeps the source's words, reads 'om lag' as ±5 %: 520 → 494–546", () => {
    expect(b.claim).toMatchObject({ kind: "claim", asOf: "2026-01-19", countsFrom: "2026-01-19", words: "om lag 520 kroner", qualifier: "about", claimedOnTrack: true });
    expect(b.claim!.stated.toString()).toBe("520");
    expect(b.claim!.range.low.toString()).toBe("494");
    expect(b.claim!.range.high!.toString()).toBe("546");
    expect(b.claim!.tolerance!.toString()).toBe("0.05");
  });

  it("calculates on the default path, 11 equal steps 2023–2033: 480 expected, gap −… no: 494 − 480 = 14 to 546 − 480 = 66, on track", () => {
    const calc = computed(b);
    expect(calc).toMatchObject({ basis: "reported", prices: "nominal", pathId: "equalSteps:2023-2033", verdict: "onTrack" });
    expect(calc.expected.toString()).toBe("480");
    expect(calc.gap.low.toString()).toBe("14");
    expect(calc.gap.high!.toString()).toBe("66");
    expect(b.assumption.path.label).toEqual({ nb: "11 like store steg 2023–2033", en: "11 equal steps 2023–2033" });
    expect(b.assumption.fixedBySources).toBe(false);
  });

  it("gives the verdict under each standard reading, default first", () => {
    expect(verdicts(b)).toEqual([
      ["equalSteps:2023-2033", "480", "onTrack"],
      ["equalSteps:2023-2032", "528", "undetermined"], // 494 < 528 ≤ 546
      ["equalSteps:2024-2033", "396", "onTrack"],
      ["frontLoaded:2023-2033", "760", "behind"], // 546 < 760
      ["backLoaded:2023-2033", "200", "onTrack"],
    ]);
    expect(b.readings).toBe("disagree");
    expect(b.sensitivity.map((r) => r.isDefault)).toEqual([true, false, false, false, false]);
    expect(b.sensitivity.every((r) => r.realVerdict === null)).toBe(true);
  });

  it("says in words which reading it used and where the readings disagree", () => {
    expect(b.wording.assumption.nb).toBe(
      "Antakelse: kildene fastsetter ikke innfasingen (Stortinget tar stilling til innfasingshastigheten underveis i de årlige budsjettene); beregningen bruker 11 like store steg 2023–2033. " +
        "Lesningene er uenige: i rute med 11 like store steg 2023–2033, 10 like store steg 2024–2033 og baktung 2023–2033; kan ikke avgjøres med 10 like store steg 2023–2032; bak banen med framtung 2023–2033.",
    );
    expect(b.wording.assumption.en).toMatch(/The readings disagree: on track with 11 equal steps 2023–2033, 10 equal steps 2024–2033 and back-loaded 2023–2033; undetermined with 10 equal steps 2023–2032; behind the path with front-loaded 2023–2033\.$/);
    expect(plain(b.wording.claim!.nb)).toBe("Kildens påstand (kilden (19.01.2026)): så langt er det bevilget om lag 520 kroner av økningen på minst 1 320 kr, og dette er i rute. «Om lag» er her lest som 494–546 kr (±5 %).");
    expect(plain(b.wording.calculation.nb)).toBe(
      "Beregning (bibliotekets, ikke kildens) med antatt bane 11 like store steg 2023–2033: banen venter 480 kr ved utgangen av budsjettåret 2026, og det oppgitte beløpet (494–546 kr) ligger på eller over banen: i rute.",
    );
  });

  it("states the nominal price basis and its caveat by default", () => {
    expect(b.prices.basis).toBe("nominal");
    expect(b.wording.prices.nb).toMatch(/^Beløpene er nominelle \(løpende kroner\)/);
    expect(b.realCalculation).toBeNull();
  });

  it("reads 'atLeast' as unbounded above (never behind) and 'exact' as a point", () => {
    const atLeast = budgetTrajectory(plan({ reported: [report("2026-01-19", "100", { words: "minst 100", qualifier: "atLeast" })] }), { asOf: "2026-01-19" });
    expect(atLeast.claim!.range.high).toBeNull();
    expect(computed(atLeast).verdict).toBe("undetermined"); // 100 < 480, no upper bound
    const exact = budgetTrajectory(plan({ reported: [report("2026-01-19", "480")] }), { asOf: "2026-01-19" });
    expect(exact.claim).toMatchObject({ words: null, qualifier: "exact", tolerance: null });
    expect(computed(exact).verdict).toBe("onTrack"); // exactly on the path
  });

  it("takes another tolerance: ±10 % turns 520 into 468–572, undetermined against 480", () => {
    const b10 = budgetTrajectory(plan({ reported: [report("2026-01-19", "520", about("om lag"))] }), { asOf: "2026-01-19", aboutTolerance: "0.1" });
    expect(b10.claim!.range.low.toString()).toBe("468");
    expect(computed(b10).verdict).toBe("undetermined");
  });
});

describe("dates by day", () => {
  const reported = [report("2026-01-19", "520", about("om lag"))];

  it("counts a report dated 2026-01-19 from that day, not from the end of the month", () => {
    expect(budgetTrajectory(plan({ reported }), { asOf: "2026-01-18" }).claim).toBeNull();
    expect(budgetTrajectory(plan({ reported }), { asOf: "2026-01-19" }).claim?.countsFrom).toBe("2026-01-19");
  });

  it("with no report and no allocation of known permanence is unknown — never NOK 0 and behind", () => {
    const b = budgetTrajectory(plan({ reported }, [alloc("u", "60", 2026, "unknown")]), { asOf: "2026-01-18" });
    expect(b.calculation).toMatchObject({ kind: "unknown", reason: "noReportNoKnownPermanence" });
    expect(b.sensitivity.every((r) => r.verdict === "unknown")).toBe(true);
    expect(b.readings).toBe("unknown");
    expect(b.basis).toBe("unknown");
    expect(b.onTrack).toBe(false);
    expect(b.wording.calculation.nb).toMatch(/ukjent per 18\.01\.2026: .*Det betyr ikke at 0 kr er bevilget\.$/);
    expect(b.wording.calculation.nb).not.toMatch(/bak banen/);
  });

  it("sums permanent allocations; those of unknown permanence raise only the upper bound", () => {
    const allocations = [alloc("p", "300", 2024, "permanent"), alloc("o", "999", 2025, "oneOff"), alloc("u", "250", 2026, "unknown"), alloc("later", "70", 2027, "permanent")];
    const b = budgetTrajectory(plan({}, allocations), { asOf: "2026-03-01" });
    const calc = computed(b);
    expect(calc.basis).toBe("allocations");
    expect(calc.actual.low.toString()).toBe("300");
    expect(calc.actual.high!.toString()).toBe("550");
    expect(calc.verdict).toBe("undetermined"); // 300 < 480 ≤ 550
    expect(budgetTrajectory(plan({}, allocations.slice(0, 2)), { asOf: "2026-03-01" }).calculation).toMatchObject({ verdict: "behind" }); // 300 < 480
  });

  it("lists allocations without a budget year instead of dropping them silently", () => {
    const { budgetYear: _year, ...undated } = alloc("undated", "300", 2024, "unknown");
    const b = budgetTrajectory(plan({}, [alloc("p", "100", 2024, "permanent"), undated]), { asOf: "2026-03-01" });
    expect(b.undatedAllocationIds).toEqual(["undated"]);
    expect(computed(b).actual.high!.toString()).toBe("100"); // not counted
  });

  it("accepts as-of dates after the commitment ends and expects the full amount", () => {
    const b = budgetTrajectory(plan({ reported: [report("2034-01-10", "1320")] }), { asOf: "2040-06-30" });
    expect(b.budgetYear).toBe(2040);
    expect(computed(b).expected.toString()).toBe("1320");
    expect(b.sensitivity.every((r) => r.expected.toString() === "1320")).toBe(true);
    expect(computed(b).verdict).toBe("onTrack");
  });

  it("expects nothing before the first budget year", () => {
    const b = budgetTrajectory(plan({}, [alloc("p", "1", 2023, "permanent")]), { asOf: "2022-12-31" });
    expect(b.calculation.kind).toBe("unknown"); // the 2023 allocation does not count yet
    expect(b.sensitivity.every((r) => r.expected.isZero())).toBe(true);
  });
});

describe("paths", () => {
  it("lists the standard alternatives for 2023–2033", () => {
    expect(standardBudgetPaths({ startYear: 2023, endYear: 2033 })).toEqual([
      { kind: "equalSteps", from: 2023, to: 2033 },
      { kind: "equalSteps", from: 2023, to: 2032 },
      { kind: "equalSteps", from: 2024, to: 2033 },
      { kind: "frontLoaded", from: 2023, to: 2033 },
      { kind: "backLoaded", from: 2023, to: 2033 },
    ]);
    expect(standardBudgetPaths({ startYear: 2030, endYear: 2030 }).map((p) => p.kind)).toEqual(["equalSteps", "frontLoaded", "backLoaded"]);
  });

  it("front-loaded 10·m(23 − m) and back-loaded 10·m(m + 1), year by year", () => {
    const b = budgetTrajectory(plan(), { asOf: "2026-01-19", path: { kind: "frontLoaded", from: 2023, to: 2033 } });
    expect(b.assumption.path.years.map((y) => y.expected.toString())).toEqual(["220", "420", "600", "760", "900", "1020", "1120", "1200", "1260", "1300", "1320"]);
    const back = b.sensitivity.find((r) => r.path.id === "backLoaded:2023-2033")!;
    expect(back.path.years.map((y) => y.expected.toString())).toEqual(["20", "60", "120", "200", "300", "420", "560", "720", "900", "1100", "1320"]);
    expect(b.sensitivity[0]!.isDefault).toBe(true);
    expect(b.sensitivity.filter((r) => r.path.id === "frontLoaded:2023-2033")).toHaveLength(1); // not repeated as an alternative
  });

  it("takes a custom path with a label and custom alternatives", () => {
    const custom: BudgetPathSpec = { kind: "custom", label: { nb: "budsjettets bane", en: "the budget's path" }, points: [{ year: 2023, cumulative: "0" }, { year: 2027, cumulative: "800" }] };
    const b = budgetTrajectory(plan({ reported: [report("2026-01-19", "520")] }), { asOf: "2026-01-19", alternatives: [custom] });
    expect(verdicts(b)).toEqual([
      ["equalSteps:2023-2033", "480", "onTrack"],
      ["custom", "600", "behind"], // 0 + 800 · 3/4
    ]);
    expect(b.sensitivity[1]!.path.label.nb).toBe("budsjettets bane");
  });

  it.each([
    ["a path that ends before it starts", { kind: "equalSteps", from: 2030, to: 2029 }, /ends \(2029\) before it starts \(2030\)/, ["path", "to"]],
    ["a year that is not whole", { kind: "backLoaded", from: 2023.5, to: 2033 }, /path\.from must be a whole year/, ["path", "from"]],
  ] as const)("refuses %s as invalid_path", (_, path, message, where) => {
    const error = thrown(() => budgetTrajectory(plan(), { asOf: "2026-01-19", path }));
    expect(error.code).toBe("invalid_path");
    expect(error.message).toMatch(message);
    expect(error.path).toEqual(where);
  });

  it("refuses an unknown path kind from an untyped caller", () => {
    const error = thrown(() => budgetTrajectory(plan(), { asOf: "2026", path: { kind: "sCurve", from: 2023, to: 2033 } as unknown as BudgetPathSpec }));
    expect(error.code).toBe("invalid_path");
    expect(error.path).toEqual(["path", "kind"]);
    expect(error.message).toMatch(/unknown path kind "sCurve"/);
  });

  it("narrows the calculation by its kind", () => {
    const c = budgetTrajectory(plan(), { asOf: "2026" }).calculation;
    if (c.kind === "computed") expectTypeOf(c.verdict).toEqualTypeOf<"onTrack" | "behind" | "undetermined">();
    else expectTypeOf(c.reason).toEqualTypeOf<"noReportNoKnownPermanence">();
    expect(c.kind).toBe("unknown");
  });

  it("points at the bad alternative", () => {
    const error = thrown(() => budgetTrajectory(plan(), { asOf: "2026", alternatives: ["linear", { kind: "custom", label: { nb: "x" }, points: [] }] }));
    expect(error.path).toEqual(["alternatives", 1]);
  });

  it.each([["-0.1"], ["1"], [Number.NaN], ["mye"]])("refuses the tolerance %s as invalid_option", (t) => {
    const error = thrown(() => budgetTrajectory(plan(), { asOf: "2026", aboutTolerance: t }));
    expect(error.code).toBe("invalid_option");
    expect(error.path).toEqual(["aboutTolerance"]);
  });
});

describe("prices", () => {
  const deflator = { baseYear: 2023, index: { 2023: "100", 2024: "104", 2025: "125", 2026: "125" }, label: { nb: "pris- og lønnsomregningen", en: "the wage and price adjustment" } };

  it("deflates a 2026 report by the 2026 index: 520 · 100/125 = 416, behind 480 in real terms, on track nominally", () => {
    const b = budgetTrajectory(plan({ reported: [report("2026-01-19", "520")] }), { asOf: "2026-01-19", deflator });
    expect(computed(b).verdict).toBe("onTrack");
    const real = b.realCalculation;
    expect(real).toMatchObject({ kind: "computed", prices: "real", verdict: "behind" });
    expect(real?.kind === "computed" && real.actual.low.toString()).toBe("416");
    expect(b.prices).toMatchObject({ basis: "nominalAndReal", baseYear: 2023 });
    expect(b.sensitivity.map((r) => r.realVerdict)).toEqual(["behind", "behind", "onTrack", "behind", "onTrack"]); // 416 vs 480, 528, 396, 760, 200
    expect(plain(b.wording.calculation.nb)).toMatch(/Reelt, i 2023-kroner: 416 kr, bak banen\.$/);
  });

  it("deflates each allocation by its own budget year: 104 (2024) → 100, 250 (2025) → 200", () => {
    const b = budgetTrajectory(plan({}, [alloc("p", "104", 2024, "permanent"), alloc("u", "250", 2025, "unknown")]), { asOf: "2026-02-01", deflator });
    const real = b.realCalculation;
    expect(real?.kind === "computed" && [real.actual.low.toString(), real.actual.high?.toString()]).toEqual(["100", "300"]);
  });

  it.each([
    ["a missing year", { baseYear: 2023, index: { 2023: "100" } }, "missing_deflator", ["deflator", "index", "2026"]],
    ["a zero index", { baseYear: 2023, index: { 2023: "0" } }, "invalid_deflator", ["deflator", "index", "2023"]],
    ["a base year that is not whole", { baseYear: 2023.5, index: {} }, "invalid_deflator", ["deflator", "baseYear"]],
    ["a value that is not a number", { baseYear: 2023, index: { 2023: "hundre" } }, "invalid_deflator", ["deflator", "index", "2023"]],
  ] as const)("refuses a deflator with %s", (_, d, code, where) => {
    const error = thrown(() => budgetTrajectory(plan({ reported: [report("2026-01-19", "520")] }), { asOf: "2026-01-19", deflator: d }));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(where);
  });
});

describe("the bundled plan", () => {
  it("as of 2026-01-19: the claim 'om lag 1,2 mrd. kroner' (1.14–1.26 bn) against 3 bn · 4/11", () => {
    const b = budgetTrajectory(bundledPlan(), { asOf: "2026-01-19" });
    expect(b.claim).toMatchObject({ words: "omlag 1,2 mrd. kroner", qualifier: "about", claimedOnTrack: true, countsFrom: "2026-01-19" });
    expect(b.claim!.range.low.toString()).toBe("1140000000");
    expect(b.claim!.range.high!.toString()).toBe("1260000000");
    const calc = computed(b);
    expect(calc.expected.equals(dec("12000000000").div(11))).toBe(true);
    expect(calc.verdict).toBe("onTrack");
    // 10 steps 2023–2032: 1.2 bn, inside 1.14–1.26; front-loaded: 3 bn · 76/132 = 1.727 bn.
    expect(b.sensitivity.map((r) => r.verdict)).toEqual(["onTrack", "undetermined", "onTrack", "behind", "onTrack"]);
    expect(plain(b.wording.claim!.nb)).toBe(
      "Kildens påstand (brev fra Helse- og omsorgsdepartementet, 19.01.2026): så langt er det bevilget omlag 1,2 mrd. kroner av økningen på minst 3 mrd. kr, og dette er i rute. «Om lag» er her lest som 1,14–1,26 mrd. kr (±5 %).",
    );
  });

  it("as of 2026-01-18 (before the letter) is unknown: no allocation has a known permanence", () => {
    const b = budgetTrajectory(bundledPlan(), { asOf: "2026-01-18" });
    expect(b.calculation.kind).toBe("unknown");
    expect(b.undatedAllocationIds).toEqual(["a-lavterskel-kommuneinntekter"]);
  });

  it("writes bokmål without English words or internal ids", () => {
    const b = budgetTrajectory(bundledPlan(), { asOf: "2026-01-19" });
    const nb = [b.wording.claim!.nb, b.wording.calculation.nb, b.wording.assumption.nb, b.wording.prices.nb].join(" ");
    expect(nb).not.toMatch(/\b(on track|behind|path|equal|steps|front|back|loaded|nominal|real|the|and|of)\b/i);
    expect(nb).not.toMatch(/§|equalSteps|S0|c-3-mrd/);
  });
});

describe("properties", () => {
  const RANK = { behind: 0, undetermined: 1, onTrack: 2, unknown: -1 } as const;
  const case_ = fc.record({
    amount: fc.integer({ min: 1, max: 10_000_000_000 }),
    from: fc.integer({ min: 2015, max: 2035 }),
    years: fc.integer({ min: 0, max: 15 }),
    asOfYear: fc.integer({ min: 2010, max: 2055 }),
    stated: fc.integer({ min: 0, max: 12_000_000_000 }),
    qualifier: fc.constantFrom("exact", "about", "atLeast", "atMost") as fc.Arbitrary<SourceClaim["qualifier"]>,
  });
  type Case = typeof case_ extends fc.Arbitrary<infer T> ? T : never;
  const build = (k: Case) =>
    plan({ amount: money(k.amount), startYear: k.from, endYear: k.from + k.years, reported: [report(`${k.asOfYear}-01-01`, String(k.stated), { words: "x", qualifier: k.qualifier })] });

  it("front-loaded ≥ equal steps ≥ back-loaded, so verdicts are monotone in path shape", () => {
    fc.assert(
      fc.property(case_, (k) => {
        const range = { from: k.from, to: k.from + k.years };
        const b = budgetTrajectory(build(k), {
          asOf: `${k.asOfYear}-06-30`,
          path: { kind: "equalSteps", ...range },
          alternatives: [{ kind: "frontLoaded", ...range }, { kind: "backLoaded", ...range }],
        });
        const [equal, front, back] = b.sensitivity as [(typeof b.sensitivity)[0], (typeof b.sensitivity)[0], (typeof b.sensitivity)[0]];
        expect(front.expected.gte(equal.expected) && equal.expected.gte(back.expected)).toBe(true);
        // Front and back average to equal steps, every year.
        // (Each is divided to 40 significant digits, so they agree to far below an øre.)
        front.path.years.forEach((y, i) =>
          expect(y.expected.plus(back.path.years[i]!.expected).minus(equal.path.years[i]!.expected.times(2)).abs().lt("1e-20")).toBe(true),
        );
        expect(RANK[front.verdict]).toBeLessThanOrEqual(RANK[equal.verdict]);
        expect(RANK[equal.verdict]).toBeLessThanOrEqual(RANK[back.verdict]);
      }),
    );
  });

  it("real ≤ nominal, and the real verdict no better, when prices rise", () => {
    fc.assert(
      fc.property(case_, fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 60, maxLength: 60 }), (k, rises) => {
        const index: Record<number, string> = {};
        let level = new Decimal(100);
        for (let y = 2000; y < 2060; y++) {
          index[y] = level.toString();
          level = level.times(new Decimal(100 + rises[y - 2000]!).div(100));
        }
        const b = budgetTrajectory(build(k), { asOf: `${k.asOfYear}-06-30`, deflator: { baseYear: 2000, index } });
        const nominal = b.calculation;
        const real = b.realCalculation!;
        if (nominal.kind !== "computed" || real.kind !== "computed") return;
        expect(real.actual.low.lte(nominal.actual.low)).toBe(true);
        if (nominal.actual.high !== null) expect(real.actual.high!.lte(nominal.actual.high)).toBe(true);
        expect(RANK[real.verdict]).toBeLessThanOrEqual(RANK[nominal.verdict]);
      }),
      { numRuns: 60 },
    );
  });

  it("never says unknown when a report counts, and the gap is exactly actual − expected", () => {
    fc.assert(
      fc.property(case_, (k) => {
        const b = budgetTrajectory(build(k), { asOf: `${k.asOfYear}-06-30` });
        expect(b.calculation.kind).toBe("computed"); // the report (1 January) counts by 30 June
        if (b.calculation.kind === "computed") expect(b.calculation.gap.low.equals(b.calculation.actual.low.minus(b.calculation.expected))).toBe(true);
      }),
    );
  });
});
