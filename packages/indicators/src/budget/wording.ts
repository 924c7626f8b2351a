import { formatMoney, type Commitment, type DeepReadonly, type LocalizedText, type Source } from "@opptrapping/core";
import type { BudgetCalculation, BudgetClaim, BudgetPrices, BudgetSensitivityRow, BudgetVerdict, MoneyRange } from "./budgetTrajectory.js";
import type { BudgetPathDescription } from "./paths.js";

const NBSP = "\u00A0";

type Lang = "nb" | "en";

/**
 * Verdict words in bokmål and English.
 *
 * @example
 * ```ts
 * import { BUDGET_VERDICT_LABELS } from "@opptrapping/indicators";
 * BUDGET_VERDICT_LABELS.undetermined.nb; // "kan ikke avgjøres"
 * ```
 */
export const BUDGET_VERDICT_LABELS: Readonly<Record<BudgetVerdict | "unknown", LocalizedText>> = Object.freeze({
  onTrack: { nb: "i rute", en: "on track" },
  behind: { nb: "bak banen", en: "behind the path" },
  undetermined: { nb: "kan ikke avgjøres", en: "undetermined" },
  unknown: { nb: "ukjent", en: "unknown" },
});

const KIND: Record<Source["kind"], LocalizedText> = {
  letter: { nb: "brev", en: "letter" },
  slides: { nb: "lysbildeserie", en: "slide deck" },
  webpage: { nb: "nettside", en: "web page" },
  whitePaper: { nb: "stortingsmelding", en: "white paper" },
  report: { nb: "rapport", en: "report" },
  proposal: { nb: "forslag", en: "proposal" },
  budget: { nb: "budsjettproposisjon", en: "budget bill" },
  other: { nb: "kilde", en: "source" },
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A day as `19.01.2026` (nb) or `19 January 2026` (en); other periods as given. */
function day(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang === "nb" ? `${m[3]}.${m[2]}.${m[1]}` : `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

const money = (x: Parameters<typeof formatMoney>[0], lang: Lang) => formatMoney(x, { locale: lang, decimals: 2 });

/** `1,14–1,26 mrd. kr` when both ends share their unit, else `900 mill. kr–1,2 mrd. kr`. */
function range(r: MoneyRange, lang: Lang): string {
  if (r.high === null) return `${lang === "nb" ? "minst" : "at least"} ${money(r.low, lang)}`;
  if (r.low.equals(r.high)) return money(r.low, lang);
  const [low, high] = [money(r.low, lang), money(r.high, lang)];
  const split = (text: string) => {
    const words = text.split(NBSP);
    const i = words.findIndex((w) => /\d/.test(w));
    return { before: words.slice(0, i).join(NBSP), number: words[i] ?? "", after: words.slice(i + 1).join(NBSP) };
  };
  const [a, b] = [split(low), split(high)];
  if (a.before === b.before && a.after === b.after)
    return [a.before, `${a.number}–${b.number}`, a.after].filter((x) => x !== "").join(NBSP);
  return `${low}–${high}`;
}

function sourceText(claim: BudgetClaim, sources: readonly Source[], lang: Lang): string {
  const doc = sources.find((s) => s.id === claim.sources[0]?.doc);
  if (!doc) return lang === "nb" ? `kilden (${day(claim.asOf, lang)})` : `the source (${day(claim.asOf, lang)})`;
  const kind = KIND[doc.kind][lang] ?? KIND[doc.kind].nb;
  const from = doc.publisher ? (lang === "nb" ? ` fra ${doc.publisher}` : ` from ${doc.publisher}`) : "";
  return `${kind}${from}${doc.date ? `, ${day(doc.date, lang)}` : ""}`;
}

/** Inputs of {@link budgetWording}. */
export interface BudgetWordingInput {
  readonly asOf: string;
  readonly budgetYear: number;
  readonly commitment: DeepReadonly<Commitment>;
  readonly claim: BudgetClaim | null;
  readonly calculation: BudgetCalculation;
  readonly realCalculation: BudgetCalculation | null;
  readonly defaultPath: BudgetPathDescription;
  readonly sensitivity: readonly BudgetSensitivityRow[];
  readonly readings: "agree" | "disagree" | "unknown";
  readonly prices: BudgetPrices;
  readonly sources: readonly Source[];
}

/**
 * The budget's sentences for a report, one text per language: the claim (the source's words and
 * how "om lag" is read), the calculation (the library's, on the named path), the assumption
 * with where the readings disagree, and the price basis. The bokmål text has no English words
 * and no internal ids.
 */
export function budgetWording(input: BudgetWordingInput): {
  claim: LocalizedText | null;
  calculation: LocalizedText;
  assumption: LocalizedText;
  prices: LocalizedText;
} {
  const both = (f: (lang: Lang) => string): LocalizedText => ({ nb: f("nb"), en: f("en") });
  const { claim, commitment: c } = input;
  const total = (lang: Lang) => `${c.atLeast ? (lang === "nb" ? "minst " : "at least ") : ""}${money(c.amount, lang)}`;

  const claimText = claim
    ? both((lang) => {
        const src = sourceText(claim, input.sources, lang);
        const onTrack =
          claim.claimedOnTrack === null ? "" : lang === "nb" ? (claim.claimedOnTrack ? ", og dette er i rute" : ", og dette er ikke i rute") : claim.claimedOnTrack ? ", and this is on track" : ", and this is not on track";
        if (lang === "nb") {
          const figure = claim.words ?? money(claim.stated, lang);
          const reading =
            claim.qualifier === "about" && claim.tolerance
              ? ` «Om lag» er her lest som ${range(claim.range, lang)} (±${claim.tolerance.times(100).toString().replace(".", ",")} %).`
              : "";
          return `Kildens påstand (${src}): så langt er det bevilget ${figure} av økningen på ${total(lang)}${onTrack}.${reading}`;
        }
        const figure = `${claim.qualifier === "about" ? "about " : claim.qualifier === "atLeast" ? "at least " : ""}${money(claim.stated, lang)}${claim.words ? ` ("${claim.words}")` : ""}`;
        const reading = claim.qualifier === "about" && claim.tolerance ? ` "About" is read here as ${range(claim.range, lang)} (±${claim.tolerance.times(100).toString()} %).` : "";
        return `The source's claim (${src}): ${figure} has been appropriated so far of the increase of ${total(lang)}${onTrack}.${reading}`;
      })
    : null;

  const verdict = (v: BudgetVerdict | "unknown", lang: Lang) => BUDGET_VERDICT_LABELS[v][lang] ?? BUDGET_VERDICT_LABELS[v].nb;
  const calcSentence = (calc: BudgetCalculation, lang: Lang): string => {
    if (calc.kind === "unknown")
      return lang === "nb"
        ? `ukjent per ${day(input.asOf, lang)}: ${calc.explanation.nb[0]!.toLowerCase()}${calc.explanation.nb.slice(1, -1)}. Det betyr ikke at 0 kr er bevilget.`
        : `unknown as of ${day(input.asOf, lang)}: ${calc.explanation.en![0]!.toLowerCase()}${calc.explanation.en!.slice(1, -1)}. This does not mean that NOK 0 has been appropriated.`;
    const what =
      calc.basis === "reported"
        ? lang === "nb" ? `det oppgitte beløpet (${range(calc.actual, lang)})` : `the stated amount (${range(calc.actual, lang)})`
        : lang === "nb"
          ? `summen av bevilgninger (${range(calc.actual, lang)}; den øvre grensen tar med bevilgninger av ukjent varighet)`
          : `the sum of allocations (${range(calc.actual, lang)}; the upper bound includes allocations of unknown permanence)`;
    const where =
      calc.verdict === "onTrack"
        ? lang === "nb" ? "ligger på eller over banen" : "is at or above the path"
        : calc.verdict === "behind"
          ? lang === "nb" ? "ligger under banen" : "is below the path"
          : lang === "nb" ? "spenner over banen" : "straddles the path";
    return lang === "nb"
      ? `banen venter ${money(calc.expected, lang)} ved utgangen av budsjettåret ${Math.min(input.budgetYear, c.endYear)}, og ${what} ${where}: ${verdict(calc.verdict, lang)}.`
      : `the path expects ${money(calc.expected, lang)} by the end of budget year ${Math.min(input.budgetYear, c.endYear)}, and ${what} ${where}: ${verdict(calc.verdict, lang)}.`;
  };
  const calculation = both((lang) => {
    const path = input.defaultPath.label[lang] ?? input.defaultPath.label.nb;
    const head = lang === "nb" ? `Beregning (bibliotekets, ikke kildens) med antatt bane ${path}: ` : `Calculation (the library's, not the source's) on the assumed path ${path}: `;
    let text = head + calcSentence(input.calculation, lang);
    const real = input.realCalculation;
    if (real && input.prices.basis === "nominalAndReal") {
      const base = input.prices.baseYear;
      text +=
        real.kind === "computed"
          ? lang === "nb"
            ? ` Reelt, i ${base}-kroner: ${range(real.actual, lang)}, ${verdict(real.verdict, lang)}.`
            : ` In real terms, in ${base} kroner: ${range(real.actual, lang)}, ${verdict(real.verdict, lang)}.`
          : lang === "nb" ? ` Reelt: ukjent.` : ` In real terms: unknown.`;
    }
    return text;
  });

  const assumption = both((lang) => {
    const path = input.defaultPath.label[lang] ?? input.defaultPath.label.nb;
    const head =
      lang === "nb"
        ? `Antakelse: kildene fastsetter ikke innfasingen (Stortinget tar stilling til innfasingshastigheten underveis i de årlige budsjettene); beregningen bruker ${path}.`
        : `Assumption: the sources do not fix the phase-in (the Storting decides its pace in each year's budget); the calculation uses ${path}.`;
    const n = input.sensitivity.length;
    if (input.readings === "unknown") return `${head} ${lang === "nb" ? "Uten tall gir ingen lesning et svar." : "Without figures, no reading gives an answer."}`;
    if (input.readings === "agree") {
      const v = verdict(input.sensitivity[0]!.verdict, lang);
      return `${head} ${lang === "nb" ? `Alle ${n} lesningene gir samme svar: ${v}.` : `All ${n} readings give the same answer: ${v}.`}`;
    }
    const groups = (["onTrack", "undetermined", "behind"] as const)
      .map((v) => ({ v, labels: input.sensitivity.filter((r) => r.verdict === v).map((r) => r.path.label[lang] ?? r.path.label.nb) }))
      .filter((g) => g.labels.length > 0)
      .map((g) => `${verdict(g.v, lang)} ${lang === "nb" ? "med" : "with"} ${list(g.labels, lang)}`);
    return `${head} ${lang === "nb" ? "Lesningene er uenige" : "The readings disagree"}: ${groups.join("; ")}.`;
  });

  return { claim: claimText, calculation, assumption, prices: input.prices.caveat };
}

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${lang === "nb" ? "og" : "and"} ${items.at(-1)}`;
}
