/**
 * A well-behaved third-party plugin, written only against the public API (`@opptrapping/sdk`)
 * as an outside author would. The conformance tests use it as the plugin that passes; it is
 * synthetic and makes no claim about how the plan's goals should be judged.
 */
import { OpptrappingError, type Comparator, type Observation, type Issue } from "@opptrapping/core";
import { createMeasurement, definePlugin, type DataAdapter, type SeriesPoint, type TargetAssessor, type Verdict } from "@opptrapping/sdk";

const measured = createMeasurement;

const lowerIsBetter = (comparator: Comparator) => comparator === "<" || comparator === "<=";

function meets(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case "<":
      return value < target;
    case "<=":
      return value <= target;
    case ">=":
      return value >= target;
    case ">":
      return value > target;
  }
}

/** `2026-01-31` as a fractional year, on the same scale as `SeriesPoint.t`. */
function fractionalYear(isoDate: string): number {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  return year + (date.getTime() - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** Measures a threshold target on the latest point, with a two-point trend from the first. */
const latestValueAssessor: TargetAssessor<"threshold"> = {
  kind: "threshold",
  assess({ target, series, options }) {
    // A point counts once its period's midpoint is past; close enough for an example.
    const used: readonly SeriesPoint[] = series.points.filter((p) => p.t <= fractionalYear(options.asOf));
    const first = used[0];
    const last = used.at(-1);
    if (first === undefined || last === undefined)
      return measured({ insufficient: { code: "no_observations", explanation: { nb: "Ingen observasjoner.", en: "No observations." } } });
    const lower = lowerIsBetter(target.comparator);
    const slopePerYear = used.length >= options.minPointsForTrend && last.t > first.t ? (last.value - first.value) / (last.t - first.t) : null;
    return measured({
      value: last.value,
      valuePeriod: last.period,
      targetValue: target.value,
      met: meets(last.value, target.comparator, target.value),
      gap: lower ? last.value - target.value : target.value - last.value,
      trend: slopePerYear === null ? null : { slopePerYear, improving: lower ? slopePerYear < 0 : slopePerYear > 0, points: used.length, method: "linearLeastSquares" },
      used,
    });
  },
};

const verdict = (status: Verdict["status"], colour: Verdict["colour"], nb: string, en: string): Verdict => ({ status, colour, reason: { nb, en } });

/** A referral's completed wait, the input of the `meanWait` calculator. */
export interface Referral {
  readonly days: number;
}

/** Line-based sample format: one `year;value` per line, for one indicator. */
export interface LinesMapping {
  readonly indicatorId: string;
}

class LinesFormatError extends OpptrappingError {}

/** Reads `year;value` lines; a factory in a real package (`createLinesAdapter(options)`). */
const linesAdapter: DataAdapter<LinesMapping> = {
  format: "example-lines",
  extensions: [".lines"],
  read(input, { mapping, mode = "strict" }) {
    const text = typeof input === "string" ? input : new TextDecoder().decode(input);
    const observations: Observation[] = [];
    const issues: Issue[] = [];
    for (const [i, line] of text.split(/\r?\n/).entries()) {
      if (line.trim() === "") continue;
      const match = /^(\d{4});(-?\d+(?:\.\d+)?)$/.exec(line);
      if (match === null) {
        const issue: Issue = { path: [i + 1], code: "invalid_line", message: `line ${i + 1}: expected "year;value"` };
        if (mode === "strict") throw new LinesFormatError(issue.code, issue.message, issue.path);
        issues.push(issue);
        continue;
      }
      observations.push({ indicatorId: mapping.indicatorId, period: match[1]!, orgUnit: "NO", dimensions: {}, value: Number(match[2]), flags: [] });
    }
    return { observations, issues };
  },
};

export const examplePlugin = definePlugin({
  name: "example:waiting-times",
  assessors: [latestValueAssessor],
  statusRules: [
    {
      id: "met-or-trend",
      title: { nb: "Nådd, eller på vei", en: "Met, or heading there" },
      decide: ({ measurement }) => {
        if (measurement.insufficient !== null || measurement.met === null || (measurement.deadline.passed && !measurement.deadline.hasData))
          return verdict("insufficientData", "grey", "For lite data.", "Too little data.");
        // Only a final value achieves a target; a provisional one that meets it is on track.
        if (measurement.met) return measurement.finality?.final ? verdict("achieved", "green", "Målet er nådd.", "The target is met.") : verdict("onTrack", "green", "Nådd på foreløpige tall.", "Met on provisional figures.");
        if (measurement.trend?.improving) return verdict("atRisk", "yellow", "Ikke nådd, men bedre.", "Not met, but improving.");
        return verdict("offTrack", "red", "Ikke nådd og ikke bedre.", "Not met and not improving.");
      },
    },
  ],
  calculators: [
    {
      id: "meanWait",
      description: "Mean completed waiting time in days; null when there are no referrals.",
      calculate: (referrals: readonly Referral[]): { readonly value: number | null; readonly count: number } => ({
        value: referrals.length === 0 ? null : referrals.reduce((sum, r) => sum + r.days, 0) / referrals.length,
        count: referrals.length,
      }),
    },
  ],
  adapters: [linesAdapter],
});

/** Inputs for the calculator, as `assertPluginConformance` wants them. */
export const exampleCalculatorSamples = {
  meanWait: [[{ days: 30 }, { days: 41 }, { days: 37 }], [{ days: 0 }], []] satisfies Referral[][],
};

/** Sample files for the adapter. */
export const exampleAdapterSamples = {
  "example-lines": [{ input: "2023;41.5\n2024;38\n2025;36.2\n", mapping: { indicatorId: "X.ind" } satisfies LinesMapping }],
};
