import { match } from "ts-pattern";
import { formatMoney, type MoneyInput } from "../money/index.js";
import { describeTarget } from "./describeTarget.js";
import type { PlanChange } from "./planChangeSchema.js";

type Lang = "nb" | "en";

const MEASURE_STATE = {
  planned: { nb: "planlagt", en: "planned" },
  inProgress: { nb: "pågår", en: "in progress" },
  delivered: { nb: "gjennomført", en: "delivered" },
  phasedOut: { nb: "faset ut", en: "phased out" },
} as const;

const MILESTONE_STATUS = {
  planned: { nb: "planlagt", en: "planned" },
  delivered: { nb: "levert", en: "delivered" },
  unknown: { nb: "ukjent", en: "unknown" },
} as const;

const CLAIM = {
  true: { nb: "meldt i rute", en: "reported on track" },
  false: { nb: "meldt etter skjema", en: "reported behind" },
} as const;

/**
 * One line describing a change, in bokmål (`nb`) or English (`en`), for a changelog. The
 * change's note, if any, follows a dash.
 *
 * @example
 * ```ts
 * import { describeChange } from "@opptrapping/core";
 * describeChange({ kind: "phaseOutMeasure", measureId: "M.pilot", date: "2026", sources: [{ doc: "S.budget" }] }, "en");
 * // "Phase out measure M.pilot (2026)"
 * describeChange({ kind: "removeTarget", targetId: "R1.wait", sources: [{ doc: "S.letter" }] }, "nb");
 * // "Fjern måltall R1.wait"
 * ```
 */
export function describeChange(change: PlanChange, lang: Lang): string {
  const note = change.note === undefined ? "" : ` \u2013 ${change.note}`;
  return `${line(change, lang)}${note}`;
}

function line(change: PlanChange, lang: Lang): string {
  const nb = lang === "nb";
  const when = (date: string | undefined) => (date === undefined ? "" : ` (${date})`);
  const title = (t: { readonly nb: string; readonly en?: string | undefined }) => (nb ? `«${t.nb}»` : `\u201C${t.en ?? t.nb}\u201D`);
  return match(change)
    .with({ kind: "phaseOutMeasure" }, (c) => `${nb ? "Fas ut tiltak" : "Phase out measure"} ${c.measureId}${when(c.date)}`)
    .with({ kind: "setMeasureState" }, (c) => `${nb ? "Sett tiltak" : "Set measure"} ${c.measureId} ${nb ? "til" : "to"} ${MEASURE_STATE[c.state][lang]}${when(c.date)}`)
    .with({ kind: "addMeasure" }, (c) => `${nb ? "Fas inn tiltak" : "Phase in measure"} ${c.measure.id} ${title(c.measure.title)}`)
    .with({ kind: "changeTarget" }, (c) => `${nb ? "Endre måltall" : "Change target"} ${c.targetId}: ${describeTarget(c.target, lang)}`)
    .with(
      { kind: "addTarget" },
      (c) => `${nb ? "Legg til måltall" : "Add target"} ${c.target.id} ${nb ? "i resultatmål" : "to result goal"} ${c.goalId}: ${describeTarget(c.target, lang)}`,
    )
    .with({ kind: "removeTarget" }, (c) => `${nb ? "Fjern måltall" : "Remove target"} ${c.targetId}`)
    .with({ kind: "addAllocation" }, ({ allocation: a }) => `${nb ? "Legg til bevilgning" : "Add allocation"} ${a.id} ${title(a.title)}: ${amount(a.amount, lang)}${when(a.budgetYear?.toString())}`)
    .with({ kind: "removeAllocation" }, (c) => `${nb ? "Fjern bevilgning" : "Remove allocation"} ${c.allocationId}`)
    .with({ kind: "addMilestone" }, (c) => `${nb ? "Legg til milepæl" : "Add milestone"} ${c.milestone.id} ${title(c.milestone.title)}, ${nb ? "frist" : "due"} ${c.milestone.due}`)
    .with({ kind: "setMilestoneStatus" }, (c) => `${nb ? "Sett milepæl" : "Set milestone"} ${c.milestoneId} ${nb ? "til" : "to"} ${MILESTONE_STATUS[c.status][lang]}${when(c.deliveredOn)}`)
    .with({ kind: "reportCommitment" }, (c) => {
      const claim = c.claimedOnTrack === undefined ? "" : `, ${CLAIM[String(c.claimedOnTrack) as "true" | "false"][lang]}`;
      return nb
        ? `Rapport om forpliktelsen: ${amount(c.cumulative, lang)} samlet per ${c.asOf}${claim}`
        : `Commitment report: ${amount(c.cumulative, lang)} cumulative as of ${c.asOf}${claim}`;
    })
    .with({ kind: "setRevision" }, (c) => `${nb ? "Revisjon" : "Revision"} ${c.version} ${nb ? "per" : "as of"} ${c.asOf}`)
    .exhaustive();
}

function amount(value: MoneyInput, lang: Lang): string {
  try {
    return formatMoney(value, { locale: lang });
  } catch {
    // A changelog line is no place to reject an amount; applyChanges does that.
    return String(value);
  }
}
