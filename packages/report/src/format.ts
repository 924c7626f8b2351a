import { formatMoney, formatNumber, parsePeriod, type IndicatorUnit, type MoneyInput, type Period, type SourceRef } from "@opptrapping/core";
import type { Lang } from "./messages.js";

/** Numbers follow bokmål rules in both Norwegian written standards. */
const numberLocale = (lang: Lang): "nb" | "en" => (lang === "en" ? "en" : "nb");

const MONTHS: Readonly<Record<"no" | "en", readonly string[]>> = {
  no: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const UNIT_AFTER_VALUE: Readonly<Record<Lang, Readonly<Record<IndicatorUnit, string>>>> = {
  nb: { days: "dager", percent: "%", share: "%", count: "", years: "år", nok: "kr", per100k: "per 100 000", places: "plasser", index: "" },
  nn: { days: "dagar", percent: "%", share: "%", count: "", years: "år", nok: "kr", per100k: "per 100 000", places: "plassar", index: "" },
  en: { days: "days", percent: "%", share: "%", count: "", years: "years", nok: "NOK", per100k: "per 100,000", places: "places", index: "" },
};

/**
 * How a value of a unit is shown: a `share` (0–1) as a percentage of 100 (0.87 → 87), every
 * other unit as it is. Charts, tables and prose all show shares this way, so a share and a
 * percentage read alike.
 *
 * @example
 * ```ts
 * import { displayValue } from "@opptrapping/report";
 * displayValue(0.875, "share"); // 87.5
 * ```
 */
export function displayValue(value: number, unit: IndicatorUnit): number {
  return unit === "share" ? value * 100 : value;
}

/**
 * A plain number for the language: `37,5` (nb, nn) or `37.5` (en), at most `decimals` digits.
 *
 * @example
 * ```ts
 * import { formatNumberFor } from "@opptrapping/report";
 * formatNumberFor(1234.5, "nb"); // "1 234,5" (with a no-break space)
 * ```
 */
export function formatNumberFor(value: number, lang: Lang, decimals = 2): string {
  return formatNumber(value, { locale: numberLocale(lang), decimals });
}

/**
 * A value with its unit's words: `37,5 dager`, `87 %`, `430 places`; a `share` (0–1) is
 * written as a percentage (0.87 → `87 %`).
 *
 * @example
 * ```ts
 * import { formatValueFor } from "@opptrapping/report";
 * formatValueFor(37.5, "days", "nn"); // "37,5 dagar"
 * ```
 */
export function formatValueFor(value: number, unit: IndicatorUnit, lang: Lang, decimals = 2): string {
  const words = UNIT_AFTER_VALUE[lang][unit];
  const n = formatNumberFor(displayValue(value, unit), lang, decimals);
  return words === "" ? n : `${n}\u00a0${words}`;
}

/**
 * An amount of NOK, short style: `1,2 mrd. kr`, `NOK 1.2 billion`; `decimals` as in core's
 * `formatMoney` (the budget uses 2, so `1,09 mrd. kr` is not rounded up to `1,1`).
 *
 * @example
 * ```ts
 * import { formatMoneyFor } from "@opptrapping/report";
 * formatMoneyFor("1200000000", "en"); // "NOK 1.2 billion" (with no-break spaces)
 * ```
 */
export function formatMoneyFor(amount: MoneyInput, lang: Lang, decimals?: number): string {
  return formatMoney(amount, { locale: numberLocale(lang), ...(decimals === undefined ? {} : { decimals }) });
}

const NBSP = "\u00a0";

/**
 * An amount known within bounds, as {@link formatMoneyFor} writes each end: `1,14–1,26 mrd. kr`
 * when both ends share their words, `minst 1,2 mrd. kr` without an upper bound, one amount when
 * the ends are equal.
 *
 * @example
 * ```ts
 * import { formatMoneyRangeFor } from "@opptrapping/report";
 * formatMoneyRangeFor("1140000000", "1260000000", "nb"); // "1,14–1,26 mrd. kr" (with no-break spaces)
 * ```
 */
export function formatMoneyRangeFor(low: MoneyInput, high: MoneyInput | null, lang: Lang): string {
  const lo = formatMoney(low, { locale: numberLocale(lang), decimals: 2 });
  if (high === null) return `${lang === "en" ? "at least" : "minst"} ${lo}`;
  const hi = formatMoney(high, { locale: numberLocale(lang), decimals: 2 });
  if (lo === hi) return lo;
  const split = (text: string) => {
    const words = text.split(NBSP);
    const i = words.findIndex((w) => /\d/.test(w));
    return { before: words.slice(0, i).join(NBSP), number: words[i] ?? "", after: words.slice(i + 1).join(NBSP) };
  };
  const [a, b] = [split(lo), split(hi)];
  if (a.before === b.before && a.after === b.after) return [a.before, `${a.number}–${b.number}`, a.after].filter((x) => x !== "").join(NBSP);
  return `${lo}–${hi}`;
}

/**
 * A calendar date for the language: `19.01.2026` (nb, nn) or `19 January 2026` (en). Anything
 * that is not an ISO date is written as a period ({@link formatPeriodFor}).
 *
 * @example
 * ```ts
 * import { formatDateFor } from "@opptrapping/report";
 * formatDateFor("2026-01-19", "nb"); // "19.01.2026"
 * ```
 */
export function formatDateFor(date: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return formatPeriodFor(date, lang);
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return lang === "en" ? `${Number(d)} ${MONTHS.en[Number(mo) - 1] ?? mo} ${y}` : `${d}.${mo}.${y}`;
}

const ORDINAL_EN = ["first", "second", "third", "fourth"] as const;

function periodWords(p: Period, lang: Lang): string {
  const months = MONTHS[lang === "en" ? "en" : "no"];
  switch (p.kind) {
    case "day":
      return formatDateFor(`${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`, lang);
    case "week":
      return lang === "en" ? `week ${p.week} ${p.year}` : `uke ${p.week} ${p.year}`;
    case "month":
      return `${months[p.month - 1]} ${p.year}`;
    case "quarter":
      return lang === "en" ? `Q${p.quarter} ${p.year}` : `${p.quarter}. kvartal ${p.year}`;
    case "tertial":
      return lang === "en" ? `${ORDINAL_EN[p.tertial - 1]} tertial ${p.year}` : `${p.tertial}. tertial ${p.year}`;
    case "half":
      return lang === "en" ? `${ORDINAL_EN[p.half - 1]} half of ${p.year}` : `${p.half}. halvår ${p.year}`;
    case "year":
      return String(p.year);
    case "schoolYear":
      return `${lang === "en" ? "school year" : "skoleåret"} ${p.startYear}/${String((p.startYear + 1) % 100).padStart(2, "0")}`;
    case "range": {
      // Months of one year read as "juni–desember 2025"; anything else as "from–to".
      if (p.from.kind === "month" && p.to.kind === "month" && p.from.year === p.to.year)
        return `${months[p.from.month - 1]}–${months[p.to.month - 1]} ${p.to.year}`;
      if (p.from.kind === "year" && p.to.kind === "year") return `${p.from.year}–${p.to.year}`;
      return `${periodWords(p.from, lang)}–${periodWords(p.to, lang)}`;
    }
  }
}

/**
 * A period in words: `april 2025`, `juni–desember 2025`, `2. tertial 2025`, `Q3 2025`. A
 * string that is not a period is returned as it is.
 *
 * @example
 * ```ts
 * import { formatPeriodFor } from "@opptrapping/report";
 * formatPeriodFor("2025-06/2025-12", "nb"); // "juni–desember 2025"
 * ```
 */
export function formatPeriodFor(period: string, lang: Lang): string {
  try {
    return periodWords(parsePeriod(period), lang);
  } catch {
    return period;
  }
}

/**
 * A section of a source as a reader would cite it: the letter's internal anchors
 * (`§2-waiting`) become their paragraph (`§ 2`), `§intro` the introduction; slide titles and
 * page numbers stay as they are.
 */
function sectionWords(section: string, introduction: string): string {
  const m = /^§\s*(\d+)(?:-[A-Za-z0-9-]+)?$/.exec(section);
  if (m) return `§\u00a0${m[1]}`;
  if (/^§\s*intro$/i.test(section)) return introduction;
  return section;
}

/**
 * Source references as a compact bracket in a reader's words: `[S0 § 2; P]`. Repeats after
 * the sections are simplified are dropped, so `§2-waiting` and `§2-places` cite `§ 2` once.
 *
 * @example
 * ```ts
 * import { citeFor } from "@opptrapping/report";
 * citeFor([{ doc: "S0", section: "§2-waiting" }, { doc: "P" }], "innledningen"); // "[S0 § 2; P]"
 * ```
 */
export function citeFor(sources: readonly SourceRef[], introduction: string): string {
  const parts = [...new Set(sources.map((s) => (s.section ? `${s.doc} ${sectionWords(s.section, introduction)}` : s.doc)))];
  return parts.length === 0 ? "" : `[${parts.join("; ")}]`;
}
