/**
 * Seeded synthetic observations for benchmarks — SYNTHETIC DATA, not real figures.
 * 357 municipalities (the count from 2024) × 132 months (2023-01 … 2033-12) × every
 * indicator slice asked for, each with the numerator/denominator/count its kind needs.
 */
import type { Indicator, Observation } from "@opptrapping/core";
import { prng } from "@opptrapping/sdk/testing";

/** The seeded PRNG of the SDK's conformance kit (mulberry32). */
export const mulberry32 = prng;

/** 357 four-digit municipality numbers, synthetic but well-formed (county prefix + number). */
export function municipalities(count = 357): string[] {
  const counties = ["03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56"];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const county = counties[i % counties.length]!;
    out.push(`${county}${String(1 + Math.floor(i / counties.length)).padStart(2, "0")}`);
  }
  return out;
}

export function months(from = 2023, to = 2033): string[] {
  const out: string[] = [];
  for (let y = from; y <= to; y++) for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, "0")}`);
  return out;
}

export interface Slice {
  readonly indicator: Indicator;
  readonly dimensions: Readonly<Record<string, string>>;
}

/** Every slice of the indicators: each disaggregation value alone, or the total when there are none. */
export function slicesOf(indicators: readonly Indicator[]): Slice[] {
  return indicators
    .filter((i) => i.aggregation !== "difference")
    .flatMap((indicator) => {
      const first = indicator.disaggregations[0];
      return first ? first.values.map((v) => ({ indicator, dimensions: { [first.id]: v } })) : [{ indicator, dimensions: {} }];
    });
}

export function generate(slices: readonly Slice[], seed = 20260123, units = municipalities(), periods = months()): Observation[] {
  const random = mulberry32(seed);
  const out: Observation[] = [];
  for (const { indicator, dimensions } of slices) {
    for (const period of periods) {
      for (const orgUnit of units) {
        const n = 1 + Math.floor(random() * 200);
        let o: Observation;
        switch (indicator.aggregation) {
          case "mean":
            o = { indicatorId: indicator.id, period, orgUnit, dimensions, value: 20 + random() * 40, count: n, flags: ["synthetic"] };
            break;
          case "proportion": {
            const num = Math.floor(random() * n);
            o = { indicatorId: indicator.id, period, orgUnit, dimensions, value: (num / n) * (indicator.unit === "percent" ? 100 : 1), numerator: num, denominator: n, flags: ["synthetic"] };
            break;
          }
          case "rate": {
            const pop = 1000 + Math.floor(random() * 50000);
            const events = Math.floor(random() * 50);
            o = { indicatorId: indicator.id, period, orgUnit, dimensions, value: (events / pop) * 100000, numerator: events, denominator: pop, flags: ["synthetic"] };
            break;
          }
          default:
            o = { indicatorId: indicator.id, period, orgUnit, dimensions, value: Math.floor(random() * (indicator.unit === "years" ? 90 : 100)), flags: ["synthetic"] };
        }
        out.push(o);
      }
    }
  }
  return out;
}
