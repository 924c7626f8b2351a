import {
  OpptrappingError,
  deepFreeze,
  formatPath,
  parsePeriod,
  periodBounds,
  type Issue,
  type LocalizedText,
  type Observation,
  type PlanData,
} from "@opptrapping/core";
import type { Assessment, Colour, Explanation, Status } from "@opptrapping/sdk";
import { assess, resolveAsOf, type AssessSettings } from "../assess.js";
import { AssessmentInputError } from "../errors.js";
import { budgetTrajectory, type BudgetPath, type BudgetTrajectory } from "../budget/budgetTrajectory.js";
import { checkObservations } from "./checkObservations.js";
import { measureStatesAsOf, type MeasureStates } from "./measureStates.js";
import { milestoneStatesAsOf, type MilestoneState, type MilestoneStates } from "./milestones.js";
import { nationalObservations } from "./nationalSeries.js";
import { GOALS, TARGETS, worstOfPolicy, type Coverage, type RollUpPolicy } from "./rollUpPolicy.js";

/** Settings of {@link evaluatePlan}. */
export interface EvaluateSettings extends Omit<AssessSettings, "plan" | "indicators"> {
  /**
   * `strict` throws an {@link ObservationsError} listing every bad observation; `lenient`
   * leaves them out and lists them in `dataIssues`.
   * @default "strict"
   */
  readonly mode?: "strict" | "lenient";
  /** How far ahead a milestone counts as upcoming, in months. @default 6 */
  readonly upcomingMonths?: number;
  /** The budget path. @default "linear" */
  readonly budgetPath?: BudgetPath;
  /** How targets roll up into goals, and goals into areas. @default worstOfPolicy */
  readonly rollUp?: RollUpPolicy;
}

/** Thrown by {@link evaluatePlan} in strict mode, listing every bad observation. */
export class ObservationsError extends OpptrappingError {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(
      "invalid_observations",
      `${issues.length} observation problem${issues.length === 1 ? "" : "s"}:\n${issues
        .slice(0, 10)
        .map((i) => `  - observations${formatPath(i.path).replace(/^\(root\)$/, "")}: ${i.message} [${i.code}]`)
        .join("\n")}${issues.length > 10 ? `\n  … and ${issues.length - 10} more` : ""}\nPass mode: "lenient" to leave them out and see them in dataIssues.`,
    );
    this.issues = Object.freeze([...issues]);
  }
}

/** A result goal's assessments and overall status. */
export interface GoalEvaluation {
  readonly goalId: string;
  readonly areaId: string;
  /** The roll-up policy's status (by default the worst among assessed targets; `insufficientData` when none could be assessed). */
  readonly status: Status;
  readonly colour: Colour;
  readonly assessments: readonly Assessment[];
  /** How many targets were assessed, and which were not. */
  readonly coverage: Coverage;
  /** `true` when some targets are unassessed: the status rests on part of the goal, never plainly green. */
  readonly partial: boolean;
  /** "1 of 3 targets assessed". */
  readonly summary: Explanation;
  /** Interim milestones missed across the goal's targets, as `targetId@period`. */
  readonly missedMilestones: readonly string[];
}

/** An area's goals and how many stand where. */
export interface AreaEvaluation {
  readonly areaId: string;
  readonly status: Status;
  readonly colour: Colour;
  readonly goalIds: readonly string[];
  readonly counts: Readonly<Record<Status, number>>;
  /** How many goals were assessed, and which were not. */
  readonly coverage: Coverage;
  /** `true` when some goals are unassessed or partial. */
  readonly partial: boolean;
  /** "2 of 5 goals assessed". */
  readonly summary: Explanation;
}

/** A milestone's standing as of the date. */
export interface MilestoneStanding {
  readonly id: string;
  readonly due: string;
  /** The status the plan data records. */
  readonly status: "planned" | "delivered" | "unknown";
  /** Its state as of the date (see `milestoneStatesAsOf`): never `overdue` merely because no one reported since. */
  readonly state: MilestoneState;
  readonly reason: LocalizedText;
}

/** Everything {@link evaluatePlan} works out. */
export interface PlanEvaluation {
  readonly asOf: string;
  readonly goals: readonly GoalEvaluation[];
  readonly areas: readonly AreaEvaluation[];
  /**
   * Ids of the plan's own measures (scope `plan`) by lifecycle state as of the date: a state
   * applies from the day it was known, never backwards. Related policy is in `measureStates`.
   */
  readonly measures: Readonly<Record<"planned" | "inProgress" | "delivered" | "phasedOut" | "unknown", readonly string[]>>;
  /** Every measure's state as of the date, with counts for plan and related measures and the data vintage. */
  readonly measureStates: MeasureStates;
  readonly budget: BudgetTrajectory | null;
  readonly milestones: {
    /** Recorded as not delivered on or after their due date. */
    readonly overdue: readonly MilestoneStanding[];
    /** Due before the date, with a status recorded before the due date (or none): not reported, not overdue. */
    readonly notReported: readonly MilestoneStanding[];
    /** @deprecated the same list as `notReported`. */
    readonly unconfirmed: readonly MilestoneStanding[];
    /** Not delivered and due in the period that contains the date or within `upcomingMonths`. */
    readonly upcoming: readonly MilestoneStanding[];
    readonly delivered: readonly MilestoneStanding[];
    /** The data vintage of the states, and "not updated since" when the date is later. */
    readonly vintage: string;
    readonly note: LocalizedText | null;
  };
  /** Targets rated `insufficientData`, and why (`code` is the assessor's reason, or `rule` when the status rule could not judge it). */
  readonly dataGaps: readonly { readonly goalId: string; readonly targetId: string; readonly code: string; readonly reason: string }[];
  /** Observations left out (lenient mode) or that could not be aggregated, with where and why. */
  readonly dataIssues: readonly Issue[];
  /** Targets by status. */
  readonly counts: Readonly<Record<Status, number>>;
  /** How many of the plan's targets were assessed, and which were not. */
  readonly coverage: Coverage;
  /** The roll-up policy used for goals and areas. */
  readonly rollUp: string;
}


function countStatuses(statuses: readonly Status[]): Record<Status, number> {
  const counts: Record<Status, number> = { achieved: 0, onTrack: 0, atRisk: 0, offTrack: 0, insufficientData: 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}

/**
 * Evaluates the whole plan as of a date: every result goal with its target assessments and an
 * overall status (the worst assessed), area roll-ups, measures by lifecycle state, the budget
 * trajectory, milestones overdue, upcoming and delivered, and the data gaps. Observations at
 * lower org units are aggregated to the nation by each indicator's kind.
 *
 * @example
 * ```ts
 * import { evaluatePlan } from "@opptrapping/indicators";
 * import { plan, observations } from "@opptrapping/psykisk-helse";
 * const e = evaluatePlan(plan(), observations(), { asOf: "2026-01" });
 * e.goals.map((g) => `${g.goalId} ${g.status}`);
 * ```
 */
export function evaluatePlan(plan: PlanData, observations: readonly Observation[], settings: EvaluateSettings): PlanEvaluation {
  const asOf = resolveAsOf(settings.asOf);
  const t = evaluateTargets(plan, observations, settings);

  const measureStates = measureStatesAsOf(plan, asOf);
  const measures: Record<keyof PlanEvaluation["measures"], string[]> = { planned: [], inProgress: [], delivered: [], phasedOut: [], unknown: [] };
  for (const m of measureStates.measures) if (m.scope === "plan") measures[m.state].push(m.measureId);

  const horizon = addMonths(asOf, settings.upcomingMonths ?? 6);
  const states = milestoneStatesAsOf(plan, asOf);
  const byId = new Map(plan.milestones.map((m) => [m.id, m]));
  const overdue: MilestoneStanding[] = [];
  const notReported: MilestoneStanding[] = [];
  const upcoming: MilestoneStanding[] = [];
  const delivered: MilestoneStanding[] = [];
  const sorted = [...states.milestones]
    .map((x) => ({ x, m: byId.get(x.milestoneId)!, start: periodBounds(parsePeriod(x.due)).start }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.m.id < b.m.id ? -1 : 1));
  for (const { x, m, start } of sorted) {
    const standing: MilestoneStanding = { id: m.id, due: m.due, status: m.status, state: x.state, reason: x.reason };
    if (x.state === "delivered") delivered.push(standing);
    else if (x.state === "overdue") overdue.push(standing);
    else if (x.state === "notReported") notReported.push(standing);
    else if (start <= horizon) upcoming.push(standing);
  }
  const milestones = { overdue, notReported, unconfirmed: notReported, upcoming, delivered, vintage: states.vintage, note: states.note };

  return deepFreeze({
    asOf,
    goals: t.goals,
    areas: t.areas,
    measures,
    measureStates,
    budget: plan.commitment ? budgetTrajectory(plan, { asOf, ...(settings.budgetPath ? { path: settings.budgetPath } : {}) }) : null,
    milestones,
    dataGaps: t.dataGaps,
    dataIssues: t.dataIssues,
    counts: t.counts,
    coverage: t.coverage,
    rollUp: t.rollUp,
  });
}

/** What {@link evaluateTargets} works out: the targets, goals and areas, without the plan-wide parts. */
export type TargetsEvaluation = Pick<PlanEvaluation, "goals" | "areas" | "dataGaps" | "dataIssues" | "counts" | "coverage" | "rollUp">;

/**
 * The part of {@link evaluatePlan} that judges targets: checks the observations, builds the
 * national series, assesses every target and rolls them up into goals and areas. The budget,
 * measures and milestones are evaluatePlan's own; `evaluateByLevel` calls this per unit.
 */
export function evaluateTargets(plan: PlanData, observations: readonly Observation[], settings: EvaluateSettings): TargetsEvaluation {
  const asOf = resolveAsOf(settings.asOf);
  const strict = (settings.mode ?? "strict") === "strict";
  const problems = checkObservations(plan.indicators, observations, { latest: latestRelevantDay(plan) });
  const bad = new Set(problems.map((p) => p.path[0]));
  // Indices into `observations` of the ones kept, so issues found later point at the caller's array.
  const kept = observations.flatMap((_, i) => (bad.has(i) ? [] : [i]));
  const usable = kept.map((i) => observations[i]!);
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const national = nationalObservations(usable, indicators);
  const nationalIssues = national.issues.map((issue) =>
    typeof issue.path[0] === "number" ? { ...issue, path: [kept[issue.path[0]]!, ...issue.path.slice(1)] } : issue,
  );
  const duplicates = nationalIssues.filter((i) => i.code === "duplicate_observation");
  if (strict && (problems.length > 0 || duplicates.length > 0)) throw new ObservationsError([...problems, ...duplicates]);
  const dataIssues: Issue[] = [...problems, ...nationalIssues];
  const duplicateAt = new Set(duplicates.map((i) => i.path[0]));
  // Targets about other org units than the nation read the given observations of that unit.
  const otherUnits = new Set(plan.resultGoals.flatMap((g) => g.targets.map((t) => t.orgUnit ?? "NO")).filter((u) => u !== "NO"));
  const direct = otherUnits.size === 0 ? [] : kept.filter((i) => !duplicateAt.has(i) && otherUnits.has(observations[i]!.orgUnit)).map((i) => observations[i]!);
  const series = [...national.observations, ...direct];

  const { mode: _mode, upcomingMonths: _months, budgetPath: _budgetPath, rollUp: _rollUp, ...assessSettings } = settings;
  const policy = settings.rollUp ?? worstOfPolicy;
  const goals: GoalEvaluation[] = plan.resultGoals.map((goal) => {
    const assessments = goal.targets.map((target) => {
      try {
        return assess(target, series, { ...assessSettings, asOf, plan });
      } catch (error) {
        // Lenient mode: a series assess refuses (overlapping periods, say) is a data issue of
        // its target, assessed as insufficient data; strict mode throws it as it is.
        if (strict || !(error instanceof AssessmentInputError) || error.code === "unknown_indicator") throw error;
        dataIssues.push({ path: ["targets", target.id], code: error.code, message: error.message });
        return refused(assess(target, [], { ...assessSettings, asOf, plan }), error);
      }
    });
    const r = policy.rollUp(assessments.map((a) => ({ id: a.targetId, status: a.status })), TARGETS);
    const missedMilestones = assessments.flatMap((a) => a.milestones.filter((m) => m.state === "missed").map((m) => `${a.targetId}@${m.period}`));
    return { goalId: goal.id, areaId: goal.areaId, status: r.status, colour: r.colour, assessments, coverage: r.coverage, partial: r.partial, summary: r.summary, missedMilestones };
  });

  const areas: AreaEvaluation[] = plan.areas.map((area) => {
    const mine = goals.filter((g) => g.areaId === area.id);
    const r = policy.rollUp(mine.map((g) => ({ id: g.goalId, status: g.status, partial: g.partial })), GOALS);
    return {
      areaId: area.id,
      status: r.status,
      colour: r.colour,
      goalIds: mine.map((g) => g.goalId),
      counts: countStatuses(mine.map((g) => g.status)),
      coverage: r.coverage,
      partial: r.partial,
      summary: r.summary,
    };
  });
  const allAssessments = goals.flatMap((g) => g.assessments);
  const planCoverage = policy.rollUp(allAssessments.map((a) => ({ id: a.targetId, status: a.status })), TARGETS).coverage;

  const dataGaps = goals.flatMap((g) =>
    g.assessments
      .filter((a) => a.status === "insufficientData")
      .map((a) => ({ goalId: g.goalId, targetId: a.targetId, code: a.insufficient?.code ?? "rule", reason: a.insufficient?.explanation.en ?? a.reason.en })),
  );

  return {
    goals,
    areas,
    dataGaps,
    dataIssues,
    counts: countStatuses(allAssessments.map((a) => a.status)),
    coverage: planCoverage,
    rollUp: policy.id,
  };
}

/** The same day `months` later, or the last day of that month when it is shorter (31 January + 1 → 28 February). */
/** The last day data can be about: the end of the plan period or of the latest target deadline. */
function latestRelevantDay(plan: PlanData): string {
  const years = plan.resultGoals.flatMap((g) => g.targets.map((t) => (t.deadline.kind === "year" ? t.deadline.year : 0)));
  const planEnd = periodBounds(parsePeriod(plan.period)).end;
  const lastDeadline = Math.max(0, ...years);
  return lastDeadline > Number(planEnd.slice(0, 4)) ? `${lastDeadline}-12-31` : planEnd;
}

function addMonths(isoDate: string, months: number): string {
  const [y, m, day] = isoDate.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** An assessment of a target whose series was refused, saying why. */
function refused(empty: Assessment, error: AssessmentInputError): Assessment {
  const why = { nb: `Serien kan ikke brukes: ${error.message}`, en: `The series cannot be used: ${error.message}` };
  return deepFreeze({ ...empty, insufficient: { code: "not_measurable", explanation: why }, reason: why, explanation: why });
}
