import { formatNumber, type Indicator, type Target } from "@opptrapping/core";
import type { Explanation, Measurement, Verdict } from "@opptrapping/sdk";

const UNIT: Record<Indicator["unit"], { nb: string; en: string }> = {
  days: { nb: "dager", en: "days" },
  percent: { nb: "%", en: "%" },
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

/**
 * A plain-language explanation of an assessment in bokmål and English, naming the target,
 * the latest value, the target value, the verdict's reason and every observation used.
 */
export function explain(target: Target, indicator: Indicator, m: Measurement, verdict: Verdict): Explanation {
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
          ? ` Prognose ${num(m.forecast.value, "nb", indicator.unit)} ved fristen (${m.forecast.method}).`
          : ` Forecast ${num(m.forecast.value, "en", indicator.unit)} at the deadline (${m.forecast.method}).`;
    const basis =
      used.length === 0
        ? locale === "nb" ? " Ingen observasjoner brukt." : " No observations used."
        : locale === "nb" ? ` Bygger på ${used.length} observasjon${used.length === 1 ? "" : "er"}: ${list("nb")}.` : ` Based on ${used.length} observation${used.length === 1 ? "" : "s"}: ${list("en")}.`;
    return `${head}${value}${forecast} ${verdict.reason[locale]}${basis}`;
  };
  return { nb: sentence("nb"), en: sentence("en") };
}
