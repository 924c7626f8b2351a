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
  switch (change.kind) {
    case "phaseOutMeasure":
      return `${nb ? "Fas ut tiltak" : "Phase out measure"} ${change.measureId}${when(change.date)}`;
    case "setMeasureState": {
      const state = MEASURE_STATE[change.state][lang];
      return `${nb ? "Sett tiltak" : "Set measure"} ${change.measureId} ${nb ? "til" : "to"} ${state}${when(change.date)}`;
    }
    case "addMeasure":
      return `${nb ? "Fas inn tiltak" : "Phase in measure"} ${change.measure.id} ${title(change.measure.title)}`;
    case "changeTarget":
      return `${nb ? "Endre måltall" : "Change target"} ${change.targetId}: ${describeTarget(change.target, lang)}`;
    case "addTarget":
      return `${nb ? "Legg til måltall" : "Add target"} ${change.target.id} ${nb ? "i resultatmål" : "to result goal"} ${change.goalId}: ${describeTarget(change.target, lang)}`;
    case "removeTarget":
      return `${nb ? "Fjern måltall" : "Remove target"} ${change.targetId}`;
    case "addAllocation": {
      const a = change.allocation;
      return `${nb ? "Legg til bevilgning" : "Add allocation"} ${a.id} ${title(a.title)}: ${amount(a.amount, lang)}${when(a.budgetYear?.toString())}`;
    }
    case "removeAllocation":
      return `${nb ? "Fjern bevilgning" : "Remove allocation"} ${change.allocationId}`;
    case "addMilestone":
      return `${nb ? "Legg til milepæl" : "Add milestone"} ${change.milestone.id} ${title(change.milestone.title)}, ${nb ? "frist" : "due"} ${change.milestone.due}`;
    case "setMilestoneStatus": {
      const status = MILESTONE_STATUS[change.status][lang];
      return `${nb ? "Sett milepæl" : "Set milestone"} ${change.milestoneId} ${nb ? "til" : "to"} ${status}${when(change.deliveredOn)}`;
    }
    case "reportCommitment": {
      const claim = change.claimedOnTrack === undefined ? "" : `, ${CLAIM[String(change.claimedOnTrack) as "true" | "false"][lang]}`;
      return nb
        ? `Rapport om forpliktelsen: ${amount(change.cumulative, lang)} samlet per ${change.asOf}${claim}`
        : `Commitment report: ${amount(change.cumulative, lang)} cumulative as of ${change.asOf}${claim}`;
    }
    case "setRevision":
      return `${nb ? "Revisjon" : "Revision"} ${change.version} ${nb ? "per" : "as of"} ${change.asOf}`;
    default:
      return change satisfies never;
  }
}

function amount(value: MoneyInput, lang: Lang): string {
  try {
    return formatMoney(value, { locale: lang });
  } catch {
    // A changelog line is no place to reject an amount; applyChanges does that.
    return String(value);
  }
}
