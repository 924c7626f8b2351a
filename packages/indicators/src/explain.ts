import { formatNumber, type Indicator, type Target } from "@opptrapping/core";
import type { Explanation, Measurement, Verdict } from "@opptrapping/sdk";

const UNIT: Record<Indicator["unit"], { nb: string; en: string }> = {
  days: { nb: "dager", en: "days" },
  percent: { nb: "%", en: "%" },
  share: { nb: "(andel)", en: "(share)" },
  count: { nb: "", en: "" },
  years: { nb: "år", en: "years" },
  nok: { nb: "kr", en: "NOK" },
  per100k: { nb: "per 100 000", en: "per 100,000" },
  places: { nb: "plasser", en: "places" },
  index: { nb: "", en: "" },
};

const STATUS: Record<Verdict["status"], Explanation> = {
  achieved: { nb: "nådd", en: "achieved" },
  onTrack: { nb: "i rute", en: "on track" },
  atRisk: { nb: "i fare", en: "at risk" },
  offTrack: { nb: "ikke i rute", en: "off track" },
  insufficientData: { nb: "for lite data", en: "insufficient data" },
};

/** Words for a status, in bokmål and English. */
export function statusLabel(status: Verdict["status"]): Explanation {
  return STATUS[status];
}

/**
 * A value with its unit's words, in bokmål or English, to at most 2 decimals:
 * `37,5 dager`, `87 %`, `430 places`.
 *
 * @example
 * ```ts
 * import { formatValue } from "@opptrapping/indicators";
 * formatValue(37.5, "days", "nb"); // "37,5 dager"
 * ```
 */
export function formatValue(x: number, unit: Indicator["unit"], locale: "nb" | "en"): string {
  const u = UNIT[unit][locale];
  const n = formatNumber(x, { locale, decimals: 2 });
  return u === "" ? n : `${n} ${u}`;
}

const num = (x: number, locale: "nb" | "en", unit: Indicator["unit"]) => formatValue(x, unit, locale);
// A share near the float limit overflows when multiplied by 100: say ∞ rather than throw.
const pct = (x: number, locale: "nb" | "en") => {
  const p = x * 100;
  const n = Number.isFinite(p) ? formatNumber(p, { locale, decimals: 0 }) : p > 0 ? "∞" : "−∞";
  return `${n}${locale === "nb" ? "\u00A0%" : " %"}`;
};

/** How each forecast method is named in prose (never its id). */
const METHOD: Record<Measurement["forecast"] & {} extends { method: infer M } ? M & string : never, Explanation> = {
  linearLeastSquares: { nb: "rett linje gjennom målingene", en: "straight line through the values" },
  timeWeightedLeastSquares: { nb: "rett linje der nyere målinger veier mer", en: "straight line weighting recent values more" },
  lastValue: { nb: "siste verdi holdt fast", en: "latest value held" },
};

/** Where a baseline comes from, in prose. */
const BASIS: Record<NonNullable<Measurement["baseline"]>["basis"], Explanation> = {
  stated: { nb: "oppgitt i målet", en: "stated by the target" },
  statedPeriod: { nb: "perioden målet oppgir", en: "the period the target states" },
  policy: { nb: "planens regel for utgangsnivå", en: "the plan's baseline rule" },
};

/**
 * A plain-language explanation of an assessment in bokmål and English, naming the target,
 * the latest value, the target value, the verdict's reason and every observation used.
 */
export function explain(
  target: Target,
  indicator: Indicator,
  m: Measurement,
  verdict: Verdict,
  seriesBreak?: { readonly period: string },
  notComparable: readonly { readonly period: string; readonly value: number }[] = [],
): Explanation {
  const used = m.used.flatMap((p) => p.observations);
  const list = (locale: "nb" | "en") =>
    used.map((o) => `${o.orgUnit} ${o.period}${Object.keys(o.dimensions).length ? ` (${Object.entries(o.dimensions).map(([k, v]) => `${k}=${v}`).join(", ")})` : ""} = ${num(o.value, locale, indicator.unit)}${o.provisional ? (locale === "nb" ? " (foreløpig)" : " (provisional)") : ""}`).join("; ");
  const sentence = (locale: "nb" | "en") => {
    const head = `${target.id}: ${STATUS[verdict.status][locale]}.`;
    const value =
      m.value === null || m.valuePeriod === null
        ? ""
        : locale === "nb"
          ? ` Siste verdi ${num(m.value, "nb", indicator.unit)} (${m.valuePeriod})${m.targetValue === null ? "" : `, målverdi ${num(m.targetValue, "nb", indicator.unit)}`}.`
          : ` Latest value ${num(m.value, "en", indicator.unit)} (${m.valuePeriod})${m.targetValue === null ? "" : `, target value ${num(m.targetValue, "en", indicator.unit)}`}.`;
    const forecast =
      m.forecast === null
        ? ""
        : locale === "nb"
          ? ` Prognose ${num(m.forecast.value, "nb", indicator.unit)} ved fristen (${METHOD[m.forecast.method].nb})${m.forecast.clamped ? `; rett linje gir ${num(m.forecast.unclamped, "nb", indicator.unit)}, utenfor det mulige, så verdien er avgrenset` : ""}.`
          : ` Forecast ${num(m.forecast.value, "en", indicator.unit)} at the deadline (${METHOD[m.forecast.method].en})${m.forecast.clamped ? `; the straight line gives ${num(m.forecast.unclamped, "en", indicator.unit)}, outside what is possible, so it is clamped` : ""}.`;
    const baseline =
      m.baseline === null
        ? ""
        : locale === "nb"
          ? ` Utgangsnivå ${num(m.baseline.value, "nb", indicator.unit)} (${m.baseline.period}; ${BASIS[m.baseline.basis].nb}).`
          : ` Baseline ${num(m.baseline.value, "en", indicator.unit)} (${m.baseline.period}; ${BASIS[m.baseline.basis].en}).`;
    const pace =
      m.pace === null
        ? ""
        : locale === "nb"
          ? ` Tilbakelagt ${pct(m.pace.observed, "nb")} av avstanden til målet; banen krever ${pct(m.pace.required, "nb")} nå.`
          : ` Covered ${pct(m.pace.observed, "en")} of the distance to the target; the path requires ${pct(m.pace.required, "en")} by now.`;
    const final =
      m.finality === null || m.finality.final
        ? ""
        : locale === "nb"
          ? m.finality.reason === "provisional" ? " Siste verdi er foreløpig." : " Siste verdi gjelder ikke indikatorens rapporteringsperiode."
          : m.finality.reason === "provisional" ? " The latest value is provisional." : " The latest value is not for the indicator's reporting period.";
    const basis =
      used.length === 0
        ? locale === "nb" ? " Ingen observasjoner brukt." : " No observations used."
        : locale === "nb" ? ` Bygger på ${used.length} observasjon${used.length === 1 ? "" : "er"}: ${list("nb")}.` : ` Based on ${used.length} observation${used.length === 1 ? "" : "s"}: ${list("en")}.`;
    const broken =
      seriesBreak === undefined
        ? ""
        : locale === "nb"
          ? ` Serien har brudd i ${seriesBreak.period}; bare tall fra og med bruddet brukes.`
          : ` The series breaks in ${seriesBreak.period}; only figures from the break on are used.`;
    const apart =
      notComparable.length === 0
        ? ""
        : locale === "nb"
          ? ` Holdt utenfor utviklingen, fordi perioden ikke kan sammenlignes med indikatorens rapporteringsperiode: ${notComparable.map((p) => `${p.period} = ${num(p.value, "nb", indicator.unit)}`).join("; ")}.`
          : ` Left off the trajectory, as its period is not comparable with the indicator's reporting period: ${notComparable.map((p) => `${p.period} = ${num(p.value, "en", indicator.unit)}`).join("; ")}.`;
    return `${head}${value}${baseline}${broken}${apart}${pace}${final}${forecast} ${verdict.reason[locale]}${basis}`;
  };
  return { nb: sentence("nb"), en: sentence("en") };
}
