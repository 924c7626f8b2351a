import { formatNumber, type Indicator, type LocalizedText, type SourceRef, type Target } from "@opptrapping/core";
import { formatValue } from "@opptrapping/indicators";

/** Output language. */
export type Lang = "nb" | "en";

/** A localized text in the language asked for, falling back to bokmål. */
export function t(text: LocalizedText, lang: Lang): string {
  return lang === "en" ? (text.en ?? text.nb) : text.nb;
}

/** Source references as a compact bracket: `[S0 §2-waiting; P]`. */
export function cite(sources: readonly SourceRef[]): string {
  return `[${sources.map((s) => (s.section ? `${s.doc} ${s.section}` : s.doc)).join("; ")}]`;
}

/**
 * A number with its unit: `37,5 dager`, `87 %` (the indicators package's wording).
 *
 * @example
 * ```ts
 * import { withUnit } from "@opptrapping/cli";
 * withUnit(37.5, "days", "en"); // "37.5 days"
 * ```
 */
export const withUnit = (value: number, unit: Indicator["unit"], lang: Lang): string => formatValue(value, unit, lang);

/** Words for each measure state, in lifecycle order. */
export const MEASURE_STATES = {
  delivered: { nb: "Levert", en: "Delivered" },
  inProgress: { nb: "Under arbeid", en: "In progress" },
  planned: { nb: "Planlagt", en: "Planned" },
  phasedOut: { nb: "Faset ut", en: "Phased out" },
  unknown: { nb: "Status ikke oppgitt i kildene", en: "Status not stated in the sources" },
} as const;

/** A target in words: `PHBU < 35 dager, på sikt`. */
export function describeTarget(target: Target, indicator: Indicator | undefined, lang: Lang): string {
  const unit = indicator?.unit ?? "count";
  const slice = target.filter ? `${Object.values(target.filter).join("/")} ` : "";
  const nb = lang === "nb";
  const what = ((): string => {
    switch (target.kind) {
      case "threshold":
        return `${slice}${target.comparator} ${withUnit(target.value, unit, lang)}`;
      case "relativeChange":
        return `${slice}${target.change > 0 ? "+" : "−"}${formatNumber(Math.abs(target.change) * 100, { locale: lang })} % ${nb ? "fra" : "from"} ${target.baseline ?? (nb ? "utgangsnivå (ikke oppgitt)" : "baseline (not stated)")}`;
      case "direction":
        return `${slice}${target.direction === "decrease" ? (nb ? "lavere" : "lower") : nb ? "høyere" : "higher"} ${nb ? "enn" : "than"} ${target.baseline ?? (nb ? "utgangsnivået" : "the baseline")}`;
      case "coverage":
        return `${slice}${nb ? "dekning" : "coverage"} ${withUnit(target.value, unit, lang)}`;
      case "noDecline":
        return `${slice}${nb ? "ingen nedgang fra" : "no decline from"} ${target.baseline ?? (nb ? "utgangsnivået" : "the baseline")}`;
      case "capacity":
        return `${slice}+${withUnit(target.increase, unit, lang)}${target.baseline ? ` ${nb ? "fra" : "from"} ${target.baseline}` : ""}`;
      case "gap":
        return `${slice}${nb ? "gapet til" : "gap to"} ${target.referenceIndicatorId} ${nb ? "minsker" : "shrinks"}`;
      case "growthExceeds":
        return `${slice}${nb ? "vekst over veksten i" : "growth above growth of"} ${target.referenceIndicatorId}`;
    }
  })();
  const when = target.deadline.kind === "year" ? `${nb ? "innen" : "by"} ${target.deadline.year}` : nb ? "på sikt" : "in the long run";
  return `${what}, ${when}`;
}
