import { match } from "ts-pattern";
import type { z } from "zod";
import type { DeepReadonly } from "../deepReadonly.js";
import type { targetSchema } from "../schema/target.js";

type TargetInput = DeepReadonly<z.input<typeof targetSchema>>;
type Lang = "nb" | "en";

/** What a target asks for, in a few words: `< 35 by 2027`, `−25 % innen 2033`. */
export function describeTarget(target: TargetInput, lang: Lang): string {
  return `${aim(target, lang)} ${deadline(target.deadline, lang)}`;
}

function aim(target: TargetInput, lang: Lang): string {
  const nb = lang === "nb";
  const decimal = (n: number) => (nb ? String(n).replace(".", ",").replace("-", "\u2212") : String(n));
  return match(target)
    .with({ kind: "threshold" }, (t) => `${t.comparator} ${decimal(t.value)}`)
    .with({ kind: "relativeChange" }, (t) => {
      const percent = decimal(Math.round(t.change * 1e6) / 1e4);
      return `${t.change > 0 ? "+" : ""}${percent}${nb ? "\u00A0%" : "%"}${since(t.baseline, lang)}`;
    })
    .with({ kind: "direction" }, (t) => `${nb ? (t.direction === "decrease" ? "ned" : "opp") : t.direction}${since(t.baseline, lang)}`)
    .with({ kind: "coverage" }, (t) => `${nb ? "dekning" : "coverage"} ${decimal(t.value)}`)
    .with({ kind: "noDecline" }, (t) => `${nb ? "ingen nedgang" : "no decline"}${since(t.baseline, lang)}`)
    .with({ kind: "capacity" }, (t) => `+${decimal(t.increase)}${since(t.baseline, lang)}`)
    .with({ kind: "gap" }, (t) => `${nb ? "mindre avstand til" : "smaller gap to"} ${t.referenceIndicatorId}${since(t.baseline, lang)}`)
    .with({ kind: "growthExceeds" }, (t) => `${nb ? "vekst over" : "growth above"} ${t.referenceIndicatorId}`)
    .exhaustive();
}

function since(baseline: string | undefined, lang: Lang): string {
  if (baseline === undefined) return "";
  return lang === "nb" ? ` fra ${baseline}` : ` from ${baseline}`;
}

function deadline(d: TargetInput["deadline"], lang: Lang): string {
  if (d.kind === "longRun") return lang === "nb" ? "på sikt" : "in the long run";
  return lang === "nb" ? `innen ${d.year}` : `by ${d.year}`;
}
