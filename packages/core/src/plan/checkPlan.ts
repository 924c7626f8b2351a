import type { Issue } from "../errors.js";
import { isOrgUnitId } from "../orgunit/index.js";
import { parsePeriod, periodBounds, periodContains, type Period } from "../period/index.js";
import type { Collection, RawIds } from "./salvage.js";
import type { PlanData } from "./types.js";

type Path = (string | number)[];

/** The ids a reference may name. */
interface Known {
  has(id: string): boolean;
}
const EVERY_ID: Known = { has: () => true };
const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The checks a schema cannot make: unique ids, every reference resolving, periods inside the
 * plan period, lifecycles in order. Returns every issue found, in document order.
 */
export function checkPlan(plan: PlanData, rawIds?: RawIds): Issue[] {
  const issues: Issue[] = [];
  const report = (path: Path, code: string, message: string) => issues.push({ path, code, message });

  const index = <T extends { readonly id: string }>(items: readonly T[], collection: Collection, what: string) => {
    const byId = new Map<string, T>();
    items.forEach((item, i) => {
      if (byId.has(item.id)) report([collection, i, "id"], "duplicate_id", `duplicate ${what} id "${item.id}"`);
      else byId.set(item.id, item);
    });
    // Entities that failed the schema still count as existing, so references to them are not
    // dangling; when the collection itself is malformed, no reference into it can be judged.
    const raw = rawIds === undefined ? NO_IDS : rawIds[collection];
    const known: Known = raw === undefined ? EVERY_ID : { has: (id) => byId.has(id) || raw.has(id) };
    return { byId, known };
  };

  const sources = index(plan.sources, "sources", "source").known;
  const areas = index(plan.areas, "areas", "area").known;
  const rawSubAreas = rawIds === undefined ? NO_IDS : rawIds.subAreas;
  const subAreas = new Map<string, string>(); // sub-area id → area id
  plan.areas.forEach((area, a) =>
    area.subAreas.forEach((sub, s) => {
      if (subAreas.has(sub.id)) report(["areas", a, "subAreas", s, "id"], "duplicate_id", `duplicate sub-area id "${sub.id}"`);
      else subAreas.set(sub.id, area.id);
    }),
  );
  index(plan.mainGoals, "mainGoals", "main goal");
  const themes = index(plan.themes, "themes", "theme").known;
  const goals = index(plan.resultGoals, "resultGoals", "result goal").known;
  const { byId: indicatorById, known: indicators } = index(plan.indicators, "indicators", "indicator");
  const measures = index(plan.measures, "measures", "measure").known;
  const allocations = index(plan.allocations, "allocations", "allocation").known;
  const actors = index(plan.actors, "actors", "actor").known;
  const milestones = index(plan.milestones, "milestones", "milestone").known;
  index(plan.proposals, "proposals", "proposal");

  const refs = (ids: readonly string[], known: Known, path: Path, what: string) =>
    ids.forEach((id, i) => ref(id, known, [...path, i], what));
  const ref = (id: string | undefined, known: Known, path: Path, what: string) => {
    if (id !== undefined && !known.has(id)) report(path, "dangling_reference", `unknown ${what} "${id}"`);
  };

  // Plan period, and periods that must lie inside it.
  let planPeriod: Period | undefined;
  try {
    planPeriod = plan.period === undefined ? undefined : parsePeriod(plan.period);
  } catch {
    // The schema has reported it.
  }
  const planYears = planPeriod ? yearsOf(planPeriod) : undefined;
  const inPlan = (period: string | undefined, path: Path, what: string) => {
    if (period === undefined || planPeriod === undefined) return;
    if (!periodContains(planPeriod, parsePeriod(period)))
      report(path, "outside_plan_period", `${what} ${period} lies outside the plan period ${plan.period}`);
  };
  const yearInPlan = (year: number | undefined, path: Path, what: string) => {
    if (year === undefined || planYears === undefined) return;
    if (year < planYears.first || year > planYears.last)
      report(path, "outside_plan_period", `${what} ${year} lies outside the plan period ${plan.period}`);
  };

  // Result goals and their targets.
  const targetIds = new Set<string>();
  plan.resultGoals.forEach((goal, g) => {
    const at: Path = ["resultGoals", g];
    ref(goal.areaId, areas, [...at, "areaId"], "area");
    goal.targets.forEach((target, t) => {
      const tp: Path = [...at, "targets", t];
      if (targetIds.has(target.id)) report([...tp, "id"], "duplicate_id", `duplicate target id "${target.id}"`);
      targetIds.add(target.id);
      const indicator = indicatorById.get(target.indicatorId);
      ref(target.indicatorId, indicators, [...tp, "indicatorId"], "indicator");
      if ("referenceIndicatorId" in target) ref(target.referenceIndicatorId, indicators, [...tp, "referenceIndicatorId"], "indicator");
      if (target.orgUnit !== undefined && !isOrgUnitId(target.orgUnit))
        report([...tp, "orgUnit"], "invalid_org_unit", `"${target.orgUnit}" is not an org unit id`);
      if (indicator && target.filter) {
        for (const [dim, value] of Object.entries(target.filter)) {
          const d = indicator.disaggregations.find((x) => x.id === dim);
          if (!d) report([...tp, "filter", dim], "unknown_disaggregation", `indicator "${indicator.id}" has no disaggregation "${dim}"`);
          else if (!d.values.includes(value))
            report([...tp, "filter", dim], "unknown_disaggregation_value", `"${value}" is not a value of ${indicator.id}.${dim} (${d.values.join(", ")})`);
        }
      }
      if (indicator?.direction !== undefined && target.kind === "direction" && target.direction !== indicator.direction)
        report([...tp, "direction"], "direction_conflict", `target asks for ${target.direction} but indicator "${indicator.id}" prefers ${indicator.direction}`);
      if (target.deadline.kind === "year" && planYears && target.deadline.year < planYears.first)
        report([...tp, "deadline", "year"], "outside_plan_period", `deadline ${target.deadline.year} is before the plan starts (${planYears.first})`);
      target.milestones?.forEach((m, i) => inPlan(m.period, [...tp, "milestones", i, "period"], "interim milestone"));
    });
  });

  plan.measures.forEach((measure, m) => {
    const at: Path = ["measures", m];
    ref(measure.areaId, areas, [...at, "areaId"], "area");
    if (measure.subAreaId !== undefined) {
      const owner = subAreas.get(measure.subAreaId);
      // A sub-area of an area that failed the schema exists; only its owner cannot be checked.
      if (owner === undefined) {
        if (rawSubAreas !== undefined && !rawSubAreas.has(measure.subAreaId))
          report([...at, "subAreaId"], "dangling_reference", `unknown sub-area "${measure.subAreaId}"`);
      }
      else if (measure.areaId !== undefined && owner !== measure.areaId)
        report([...at, "subAreaId"], "dangling_reference", `sub-area "${measure.subAreaId}" belongs to area "${owner}", not "${measure.areaId}"`);
    }
    refs(measure.themeIds, themes, [...at, "themeIds"], "theme");
    refs(measure.goalIds, goals, [...at, "goalIds"], "result goal");
    refs(measure.ownerIds, actors, [...at, "ownerIds"], "actor");
    checkLifecycle(measure.lifecycle, [...at, "lifecycle"], report);
    measure.lifecycle.forEach((e, i) => inPlan(e.date, [...at, "lifecycle", i, "date"], "lifecycle date"));
  });

  plan.allocations.forEach((allocation, a) => {
    const at: Path = ["allocations", a];
    ref(allocation.measureId, measures, [...at, "measureId"], "measure");
    refs(allocation.recipientIds, actors, [...at, "recipientIds"], "actor");
    refs(allocation.decidedByIds ?? [], actors, [...at, "decidedByIds"], "actor");
    yearInPlan(allocation.budgetYear, [...at, "budgetYear"], "budget year");
  });

  if (plan.commitment) {
    const c = plan.commitment;
    if (c.startYear > c.endYear) report(["commitment", "endYear"], "invalid_range", `the commitment ends (${c.endYear}) before it starts (${c.startYear})`);
    yearInPlan(c.startYear, ["commitment", "startYear"], "commitment start");
    yearInPlan(c.endYear, ["commitment", "endYear"], "commitment end");
    c.reported.forEach((r, i) => inPlan(r.asOf, ["commitment", "reported", i, "asOf"], "report date"));
  }

  plan.milestones.forEach((milestone, i) => {
    const at: Path = ["milestones", i];
    refs(milestone.ownerIds, actors, [...at, "ownerIds"], "actor");
    refs(milestone.measureIds, measures, [...at, "measureIds"], "measure");
    refs(milestone.goalIds, goals, [...at, "goalIds"], "result goal");
    inPlan(milestone.due, [...at, "due"], "due date");
    if (milestone.deliveredOn !== undefined && milestone.status !== "delivered")
      report([...at, "deliveredOn"], "inconsistent_status", `a delivery date is given but the status is "${milestone.status}"`);
  });

  plan.proposals.forEach((proposal, p) => {
    const itemIds = new Set<string>();
    proposal.items.forEach((item, i) => {
      const at: Path = ["proposals", p, "items", i];
      if (itemIds.has(item.id)) report([...at, "id"], "duplicate_id", `duplicate proposal item id "${item.id}"`);
      itemIds.add(item.id);
      refs(item.measureIds, measures, [...at, "measureIds"], "measure");
      refs(item.goalIds, goals, [...at, "goalIds"], "result goal");
      refs(item.allocationIds, allocations, [...at, "allocationIds"], "allocation");
      refs(item.milestoneIds, milestones, [...at, "milestoneIds"], "milestone");
    });
  });

  // Every source reference names a known source document.
  walkSourceRefs(plan, [], (doc, path) => ref(doc, sources, path, "source document"));

  return issues;
}

const RANK = { planned: 0, inProgress: 1, delivered: 2 } as const;

/**
 * A lifecycle moves forward (planned → inProgress → delivered); `phasedOut` may follow any
 * state, and a phased-out measure may be phased in again (planned or inProgress). Dated events
 * must be in time order.
 */
function checkLifecycle(
  events: PlanData["measures"][number]["lifecycle"],
  path: Path,
  report: (path: Path, code: string, message: string) => void,
) {
  let lastDate: { start: string; label: string } | undefined;
  events.forEach((event, i) => {
    const previous = events[i - 1];
    if (previous && previous.state !== "phasedOut" && event.state !== "phasedOut" && RANK[event.state] < RANK[previous.state])
      report([...path, i, "state"], "invalid_lifecycle", `a measure cannot go from ${previous.state} back to ${event.state}`);
    if (previous && previous.state === "phasedOut" && event.state === "delivered")
      report([...path, i, "state"], "invalid_lifecycle", "a phased-out measure must be phased in (planned or inProgress) before it is delivered");
    if (event.date !== undefined) {
      let start: string;
      try {
        start = periodBounds(parsePeriod(event.date)).start;
      } catch {
        return; // reported by the schema
      }
      if (lastDate && start < lastDate.start)
        report([...path, i, "date"], "invalid_lifecycle", `lifecycle events must be in time order: ${event.date} comes before ${lastDate.label}`);
      lastDate = { start, label: event.date };
    }
  });
}

function yearsOf(period: Period): { first: number; last: number } {
  const { start, end } = periodBounds(period);
  return { first: Number(start.slice(0, 4)), last: Number(end.slice(0, 4)) };
}

function walkSourceRefs(value: unknown, path: Path, visit: (doc: string, path: Path) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkSourceRefs(v, [...path, i], visit));
  } else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (path.length === 0 && key === "sources") continue; // the source documents themselves
      if ((key === "sources" && Array.isArray(v)) || key === "source") {
        const list = Array.isArray(v) ? v : [v];
        list.forEach((s, i) => {
          if (s !== null && typeof s === "object" && typeof (s as { doc?: unknown }).doc === "string")
            visit((s as { doc: string }).doc, Array.isArray(v) ? [...path, key, i, "doc"] : [...path, key, "doc"]);
        });
      } else if (typeof v === "object" && v !== null && !isDecimalLike(v)) {
        walkSourceRefs(v, [...path, key], visit);
      }
    }
  }
}

function isDecimalLike(v: object): boolean {
  return typeof (v as { toFixed?: unknown }).toFixed === "function" && "d" in v && "e" in v;
}
