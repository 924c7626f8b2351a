import type { LocalizedText, Source } from "@opptrapping/core";
import type { BudgetCalculation, BudgetTrajectory, BudgetVerdict } from "@opptrapping/indicators";
import { formatDateFor, formatMoneyFor, formatMoneyRangeFor } from "./format.js";

const KIND: Readonly<Record<Source["kind"], string>> = {
  letter: "brev",
  slides: "lysbiletserie",
  webpage: "nettside",
  whitePaper: "stortingsmelding",
  report: "rapport",
  proposal: "forslag",
  budget: "budsjettproposisjon",
  other: "kjelde",
};

const VERDICT: Readonly<Record<BudgetVerdict | "unknown", string>> = { onTrack: "i rute", behind: "bak bana", undetermined: "kan ikkje avgjerast", unknown: "ukjend" };

const nn = (text: LocalizedText) => text.nn ?? text.nb;
const money = (x: Parameters<typeof formatMoneyFor>[0]) => formatMoneyFor(x, "nn", 2);

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}

/**
 * The budget's sentences in nynorsk, from the same fields as `budgetTrajectory`'s own bokmål
 * and English `wording`: the claim (the source's words and how "om lag" is read), the
 * calculation on the assumed path, the assumption with where the readings disagree, and the
 * prices. No English words, no internal ids.
 *
 * @example
 * ```ts
 * import { budgetTrajectory } from "@opptrapping/indicators";
 * import { plan } from "@opptrapping/psykisk-helse";
 * import { budgetWordingNynorsk } from "@opptrapping/report";
 * const p = plan();
 * budgetWordingNynorsk(budgetTrajectory(p, { asOf: "2026-01-19" }), p.sources).calculation;
 * // "Utrekning (biblioteket si, ikkje kjelda si) med anteken bane 11 like store steg 2023–2033: …"
 * ```
 */
export function budgetWordingNynorsk(
  b: BudgetTrajectory,
  sources: readonly Source[],
): { readonly claim: string | null; readonly calculation: string; readonly assumption: string; readonly prices: string } {
  const total = `${b.commitment.atLeast ? "minst " : ""}${money(b.commitment.amount)}`;
  const claim = b.claim;
  let claimText: string | null = null;
  if (claim) {
    const doc = sources.find((s) => s.id === claim.sources[0]?.doc);
    const src = doc ? `${KIND[doc.kind]}${doc.publisher ? ` frå ${doc.publisher}` : ""}${doc.date ? `, ${formatDateFor(doc.date, "nn")}` : ""}` : `kjelda (${formatDateFor(claim.asOf, "nn")})`;
    const onTrack = claim.claimedOnTrack === null ? "" : claim.claimedOnTrack ? ", og dette er i rute" : ", og dette er ikkje i rute";
    const figure = claim.words ?? money(claim.stated);
    const reading =
      claim.qualifier === "about" && claim.tolerance
        ? ` «Om lag» er her lese som ${formatMoneyRangeFor(claim.range.low, claim.range.high, "nn")} (±${claim.tolerance.times(100).toString().replace(".", ",")} %).`
        : "";
    claimText = `Påstanden i kjelda (${src}): så langt er det løyvd ${figure} av auken på ${total}${onTrack}.${reading}`;
  }
  const year = Math.min(b.budgetYear, b.commitment.endYear);
  const sentence = (c: BudgetCalculation): string => {
    if (c.kind === "unknown")
      return `ukjend per ${formatDateFor(b.asOf, "nn")}: inga rapport om samla auke og inga løyving med kjend varigheit (varig eller eingongs) fram til denne datoen. Det tyder ikkje at 0 kr er løyvd.`;
    const range = formatMoneyRangeFor(c.actual.low, c.actual.high, "nn");
    const what = c.basis === "reported" ? `det oppgitte beløpet (${range})` : `summen av løyvingar (${range}; den øvre grensa tek med løyvingar med ukjend varigheit)`;
    const where = c.verdict === "onTrack" ? "ligg på eller over bana" : c.verdict === "behind" ? "ligg under bana" : "spenner over bana";
    return `bana ventar ${money(c.expected)} ved utgangen av budsjettåret ${year}, og ${what} ${where}: ${VERDICT[c.verdict]}.`;
  };
  const path = nn(b.assumption.path.label);
  let calculation = `Utrekning (biblioteket si, ikkje kjelda si) med anteken bane ${path}: ${sentence(b.calculation)}`;
  if (b.realCalculation && b.prices.basis === "nominalAndReal") {
    const real = b.realCalculation;
    calculation +=
      real.kind === "computed" ? ` Reelt, i ${b.prices.baseYear}-kroner: ${formatMoneyRangeFor(real.actual.low, real.actual.high, "nn")}, ${VERDICT[real.verdict]}.` : " Reelt: ukjend.";
  }
  const head = `Føresetnad: kjeldene fastset ikkje innfasinga (Stortinget tek stilling til innfasingsfarten undervegs i dei årlege budsjetta); utrekninga bruker ${path}.`;
  const n = b.sensitivity.length;
  const assumption =
    b.readings === "unknown"
      ? `${head} Utan tal gir inga lesing eit svar.`
      : b.readings === "agree"
        ? `${head} Alle ${n} lesingane gir same svar: ${VERDICT[b.sensitivity[0]?.verdict ?? "unknown"]}.`
        : `${head} Lesingane er usamde: ${(["onTrack", "undetermined", "behind"] as const)
            .map((v) => ({ v, labels: b.sensitivity.filter((r) => r.verdict === v).map((r) => nn(r.path.label)) }))
            .filter((g) => g.labels.length > 0)
            .map((g) => `${VERDICT[g.v]} med ${list(g.labels)}`)
            .join("; ")}.`;
  const prices =
    b.prices.basis === "nominalAndReal"
      ? `Beløpa er viste både nominelt (løpande kroner) og reelt (i ${b.prices.baseYear}-kroner, rekna om med ${nn(b.prices.index)}); forpliktinga er lesen i ${b.prices.baseYear}-kroner.`
      : "Beløpa er nominelle (løpande kroner): pris- og lønsvekst er ikkje trekt frå, så den reelle auken er mindre enn tala viser.";
  return { claim: claimText, calculation, assumption, prices };
}
