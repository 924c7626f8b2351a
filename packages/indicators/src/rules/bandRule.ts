import { OpptrappingError, formatNumber } from "@opptrapping/core";
import type { Colour, Status, StatusRule, Verdict } from "@opptrapping/sdk";
import { achievedOn } from "./defaultRule.js";

/**
 * One colour band over the latest value, half-open `[from, to)` as in DHIS2 legends.
 * `from: null` is open to −∞, `to: null` open to +∞.
 */
export interface Band {
  readonly from: number | null;
  readonly to: number | null;
  readonly status: Exclude<Status, "insufficientData">;
  readonly colour: Colour;
}

/** Options of {@link createBandRule}. */
export interface BandRuleOptions {
  /** Rule id. @default "bands" */
  readonly id?: string;
  /**
   * Bands by target id or indicator id (target id wins). Each list must cover every finite
   * value exactly once: sorted, no gaps, no overlaps, open at both ends.
   */
  readonly bands: Readonly<Record<string, readonly Band[]>>;
}

/** Thrown when bands are malformed. */
export class BandRuleError extends OpptrappingError {}

/**
 * A traffic light over the latest value with configurable half-open bands — e.g. for waiting
 * times, which Norway follows monthly with a traffic-light model whose thresholds are **not
 * published**: the bands are yours to set; none are claimed to be official. Targets with no
 * bands configured, or no value, get `insufficientData` saying so.
 *
 * @example
 * ```ts
 * import { createBandRule } from "@opptrapping/indicators";
 * const rule = createBandRule({ bands: { "R5.phbu": [
 *   { from: null, to: 35, status: "achieved", colour: "green" },
 *   { from: 35, to: 45, status: "atRisk", colour: "yellow" },
 *   { from: 45, to: null, status: "offTrack", colour: "red" },
 * ] } });
 * ```
 */
export function createBandRule(options: BandRuleOptions): StatusRule {
  const id = options.id ?? "bands";
  const table = new Map<string, readonly Band[]>();
  for (const [key, bands] of Object.entries(options.bands)) {
    checkBands(key, bands);
    table.set(key, Object.freeze(bands.map((b) => Object.freeze({ ...b }))));
  }
  const fmt = (x: number | null, locale: "nb" | "en") => (x === null ? (locale === "nb" ? "∞" : "∞") : formatNumber(x, { locale, decimals: 2 }));
  const rule: StatusRule = {
    id,
    title: { nb: "Fargebånd (konfigurerbare, ikke offisielle)", en: "Colour bands (configurable, not official)" },
    decide({ target, measurement: m }): Verdict {
      const bands = table.get(target.id) ?? table.get(target.indicatorId);
      if (!bands)
        return { status: "insufficientData", colour: "grey", reason: { nb: `Ingen fargebånd satt for ${target.id}.`, en: `No colour bands configured for ${target.id}.` } };
      if (m.value === null) return { status: "insufficientData", colour: "grey", reason: m.insufficient?.explanation ?? { nb: "Ingen verdi.", en: "No value." } };
      if (m.deadline.passed && !m.deadline.hasData)
        return { status: "insufficientData", colour: "grey", reason: { nb: "Fristen er ute, men det finnes ingen verdi for friståret.", en: "The deadline has passed, but there is no value for the deadline year." } };
      const v = m.value;
      const band = bands.find((b) => (b.from === null || v >= b.from) && (b.to === null || v < b.to))!;
      // A band may call a level "achieved", but only a final value that meets the target achieves it.
      const status = band.status === "achieved" && !achievedOn(m) ? "onTrack" : band.status;
      const notFinal = status !== band.status ? { nb: " Verdien er ikke endelig (eller når ikke målet), så målet regnes ikke som nådd.", en: " The value is not final (or does not meet the target), so the target does not count as achieved." } : { nb: "", en: "" };
      return {
        status,
        colour: band.colour,
        reason: {
          nb: `Siste verdi ${formatNumber(v, { locale: "nb", decimals: 2 })} ligger i båndet [${band.from === null ? "−∞" : fmt(band.from, "nb")}, ${fmt(band.to, "nb")}).${notFinal.nb}`,
          en: `The latest value ${formatNumber(v, { locale: "en", decimals: 2 })} lies in the band [${band.from === null ? "−∞" : fmt(band.from, "en")}, ${fmt(band.to, "en")}).${notFinal.en}`,
        },
      };
    },
  };
  return Object.freeze(rule);
}

function checkBands(key: string, bands: readonly Band[]): void {
  const fail = (i: number, message: string) => {
    throw new BandRuleError("invalid_bands", `bands for "${key}": ${message}`, ["bands", key, i]);
  };
  if (bands.length === 0) fail(0, "give at least one band");
  if (bands[0]!.from !== null) fail(0, "the first band must start at null (−∞)");
  if (bands.at(-1)!.to !== null) fail(bands.length - 1, "the last band must end at null (+∞)");
  bands.forEach((b, i) => {
    for (const edge of [b.from, b.to]) if (edge !== null && !Number.isFinite(edge)) fail(i, `band edges must be finite numbers or null, got ${edge}`);
    if (b.from !== null && b.to !== null && !(b.from < b.to)) fail(i, `a band must start below its end, got [${b.from}, ${b.to})`);
    // Only the last band may run to +∞; an open band before it would overlap everything after.
    if (b.to === null && i < bands.length - 1) fail(i, "only the last band may end at null (+∞)");
    const next = bands[i + 1];
    if (next && next.from !== b.to) fail(i + 1, `bands must touch: [.., ${b.to}) is followed by [${next.from}, ..)`);
  });
}
