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
  switch (target.kind) {
    case "threshold":
      return `${target.comparator} ${decimal(target.value)}`;
    case "relativeChange": {
      const percent = decimal(Math.round(target.change * 1e6) / 1e4);
      return `${target.change > 0 ? "+" : ""}${percent}${nb ? "\u00A0%" : "%"}${since(target.baseline, lang)}`;
    }
    case "direction":
      return `${nb ? (target.direction === "decrease" ? "ned" : "opp") : target.direction}${since(target.baseline, lang)}`;
    case "coverage":
      return `${nb ? "dekning" : "coverage"} ${decimal(target.value)}`;
    case "noDecline":
      return `${nb ? "ingen nedgang" : "no decline"}${since(target.baseline, lang)}`;
    case "capacity":
      return `+${decimal(target.increase)}${since(target.baseline, lang)}`;
    case "gap":
      return `${nb ? "mindre avstand til" : "smaller gap to"} ${target.referenceIndicatorId}${since(target.baseline, lang)}`;
    case "growthExceeds":
      return `${nb ? "vekst over" : "growth above"} ${target.referenceIndicatorId}`;
    default:
      return target satisfies never;
  }
}

function since(baseline: string | undefined, lang: Lang): string {
  if (baseline === undefined) return "";
  return lang === "nb" ? ` fra ${baseline}` : ` from ${baseline}`;
}

function deadline(d: TargetInput["deadline"], lang: Lang): string {
  if (d.kind === "longRun") return lang === "nb" ? "på sikt" : "in the long run";
  return lang === "nb" ? `innen ${d.year}` : `by ${d.year}`;
}
