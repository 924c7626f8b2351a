import type { DeepReadonly, PlanInput } from "@opptrapping/core";
import type { ActorId, AreaId, GoalId, IndicatorId, MainGoalId, Service, TargetId, ThemeId } from "../ids.js";
import type { Citations } from "../sources.js";

// The input types of core, narrowed so that the compiler checks every id and citation of the
// bundled data against the literal id tables. The composed plan is checked against core's
// `PlanInput` as well (see planData.ts).

type Input = DeepReadonly<PlanInput>;
type Elem<T> = NonNullable<T> extends readonly (infer U)[] ? U : never;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type WithReference<T> = T extends { readonly referenceIndicatorId: string }
  ? Omit<T, "referenceIndicatorId"> & { readonly referenceIndicatorId: IndicatorId }
  : T;

/**
 * A main goal (hovedmål) of the bundled plan, on input.
 *
 * @example
 * ```ts
 * import type { MainGoalData } from "@opptrapping/psykisk-helse";
 * const g: MainGoalData = { id: "H1", title: { nb: "…" }, sources: [{ doc: "S1", section: "Hovedmål" }] };
 * ```
 */
export type MainGoalData = Omit<Elem<Input["mainGoals"]>, "id" | "sources"> & {
  readonly id: MainGoalId;
  readonly sources: Citations;
};

/**
 * An area (innsatsområde) of the bundled plan, on input.
 *
 * @example
 * ```ts
 * import type { AreaData } from "@opptrapping/psykisk-helse";
 * const a: AreaData = { id: "A1", title: { nb: "…" }, subAreas: [], sources: [{ doc: "S1", section: "Innsatsområde 1" }] };
 * ```
 */
export type AreaData = Omit<Elem<Input["areas"]>, "id" | "sources"> & { readonly id: AreaId; readonly sources: Citations };

/**
 * A cross-cutting theme of the bundled plan, on input.
 *
 * @example
 * ```ts
 * import type { ThemeData } from "@opptrapping/psykisk-helse";
 * const t: ThemeData = { id: "brukermedvirkning", title: { nb: "…" }, sources: [{ doc: "S1" }] };
 * ```
 */
export type ThemeData = Omit<Elem<Input["themes"]>, "id" | "sources"> & { readonly id: ThemeId; readonly sources: Citations };

/**
 * A target (måltall) of the bundled plan, on input: its indicators and `service` filter are
 * checked against the id tables.
 *
 * @example
 * ```ts
 * import type { TargetData } from "@opptrapping/psykisk-helse";
 * const t: TargetData = {
 *   id: "R5.phbu", kind: "threshold", indicatorId: "R5.wait", filter: { service: "PHBU" },
 *   comparator: "<", value: 35, deadline: { kind: "longRun" }, sources: [{ doc: "S0", section: "§2-waiting" }],
 * };
 * ```
 */
export type TargetData = WithReference<
  DistributiveOmit<Elem<Elem<Input["resultGoals"]>["targets"]>, "id" | "indicatorId" | "filter" | "sources">
> & {
  readonly id: TargetId;
  readonly indicatorId: IndicatorId;
  readonly filter?: { readonly service: Service };
  readonly sources: Citations;
};

/**
 * A result goal (resultatmål) of the bundled plan, on input.
 *
 * @example
 * ```ts
 * import type { ResultGoalData } from "@opptrapping/psykisk-helse";
 * const g: ResultGoalData = { id: "R8", areaId: "A2", title: { nb: "…" }, targets: [], sources: [{ doc: "P" }] };
 * ```
 */
export type ResultGoalData = Omit<Elem<Input["resultGoals"]>, "id" | "areaId" | "targets" | "sources"> & {
  readonly id: GoalId;
  readonly areaId: AreaId;
  readonly targets: readonly TargetData[];
  readonly sources: Citations;
};

/**
 * An indicator (indikator) of the bundled plan, on input.
 *
 * @example
 * ```ts
 * import type { IndicatorData } from "@opptrapping/psykisk-helse";
 * const i: IndicatorData = {
 *   id: "R6.places", title: { nb: "Døgnplasser i psykisk helsevern" }, unit: "places",
 *   aggregation: "stock", direction: "increase", sources: [{ doc: "S0", section: "§2-places" }],
 * };
 * ```
 */
export type IndicatorData = Omit<Elem<Input["indicators"]>, "id" | "sources"> & {
  readonly id: IndicatorId;
  readonly sources: Citations;
};

/**
 * A dated lifecycle event of a measure, on input.
 *
 * @example
 * ```ts
 * import type { LifecycleData } from "@opptrapping/psykisk-helse";
 * const e: LifecycleData = { state: "delivered", date: "2025-12", sources: [{ doc: "S0", section: "§3" }] };
 * ```
 */
export type LifecycleData = Omit<Elem<Elem<Input["measures"]>["lifecycle"]>, "sources"> & {
  readonly sources: Citations;
};

/**
 * A measure (tiltak) of the bundled plan, on input.
 *
 * @example
 * ```ts
 * import type { MeasureData } from "@opptrapping/psykisk-helse";
 * const m: MeasureData = {
 *   id: "m-example", title: { nb: "…" }, kind: "assignment", goalIds: ["R4"], ownerIds: ["rhf"],
 *   lifecycle: [], sources: [{ doc: "S0", section: "§2-waiting" }],
 * };
 * ```
 */
export type MeasureData = Omit<
  Elem<Input["measures"]>,
  "areaId" | "subAreaId" | "themeIds" | "goalIds" | "ownerIds" | "lifecycle" | "sources"
> & {
  readonly areaId?: AreaId;
  readonly themeIds?: readonly ThemeId[];
  readonly goalIds: readonly GoalId[];
  readonly ownerIds: readonly ActorId[];
  readonly lifecycle: readonly LifecycleData[];
  readonly sources: Citations;
};

/**
 * An actor of the bundled plan, on input.
 *
 * @example
 * ```ts
 * import type { ActorData } from "@opptrapping/psykisk-helse";
 * const a: ActorData = { id: "hdir", name: { nb: "Helsedirektoratet" }, kind: "directorate", sources: [{ doc: "S1" }] };
 * ```
 */
export type ActorData = Omit<Elem<Input["actors"]>, "id" | "sources"> & { readonly id: ActorId; readonly sources: Citations };

/**
 * An allocation (bevilgning) of the bundled plan, on input; `MeasureId` is the id type of the
 * bundled measures.
 *
 * @example
 * ```ts
 * import type { AllocationData } from "@opptrapping/psykisk-helse";
 * const a: AllocationData<"m-x"> = {
 *   id: "a-x", title: { nb: "…" }, amount: "60000000", budgetYear: 2026, permanence: "unknown",
 *   channel: "earmarkedGrant", measureId: "m-x", recipientIds: [], sources: [{ doc: "S0", section: "§2-lowthreshold" }],
 * };
 * ```
 */
export type AllocationData<MeasureId extends string> = Omit<
  Elem<Input["allocations"]>,
  "amount" | "measureId" | "recipientIds" | "decidedByIds" | "sources"
> & {
  /** An exact decimal string: no floating point in the bundled data. */
  readonly amount: string;
  readonly measureId?: MeasureId;
  readonly recipientIds: readonly ActorId[];
  readonly decidedByIds?: readonly ActorId[];
  readonly sources: Citations;
};

/**
 * A reported cumulative amount towards the commitment, on input.
 *
 * @example
 * ```ts
 * import type { CommitmentReportData } from "@opptrapping/psykisk-helse";
 * const r: CommitmentReportData = { asOf: "2026-01", cumulative: "1200000000", sources: [{ doc: "S0", section: "§1" }] };
 * ```
 */
export type CommitmentReportData = Omit<Elem<NonNullable<Input["commitment"]>["reported"]>, "cumulative" | "sources"> & {
  readonly cumulative: string;
  readonly sources: Citations;
};

/**
 * The money commitment of the bundled plan, on input.
 *
 * @example
 * ```ts
 * import type { CommitmentData } from "@opptrapping/psykisk-helse";
 * const c: CommitmentData = {
 *   id: "c", title: { nb: "…" }, amount: "3000000000", atLeast: true, permanent: true,
 *   startYear: 2023, endYear: 2033, reported: [], sources: [{ doc: "S1", section: "Hovedmål" }],
 * };
 * ```
 */
export type CommitmentData = Omit<NonNullable<Input["commitment"]>, "amount" | "reported" | "sources"> & {
  readonly amount: string;
  readonly reported: readonly CommitmentReportData[];
  readonly sources: Citations;
};

/**
 * A milestone of the bundled plan, on input; `MeasureId` is the id type of the bundled
 * measures.
 *
 * @example
 * ```ts
 * import type { MilestoneData } from "@opptrapping/psykisk-helse";
 * const m: MilestoneData<"m-x"> = {
 *   id: "ms-x", title: { nb: "…" }, kind: "report", due: "2026-02-16", status: "planned",
 *   ownerIds: ["sintef"], measureIds: ["m-x"], goalIds: [], sources: [{ doc: "S0", section: "§1" }],
 * };
 * ```
 */
export type MilestoneData<MeasureId extends string> = Omit<
  Elem<Input["milestones"]>,
  "ownerIds" | "measureIds" | "goalIds" | "sources"
> & {
  readonly ownerIds: readonly ActorId[];
  readonly measureIds: readonly MeasureId[];
  readonly goalIds: readonly GoalId[];
  readonly sources: Citations;
};

/**
 * One item of a proposal, on input, mapped to the bundled measures, goals, allocations and
 * milestones by their literal ids.
 *
 * @example
 * ```ts
 * import type { ProposalItemData } from "@opptrapping/psykisk-helse";
 * const item: ProposalItemData<"m-x", "a-x", "ms-x"> = {
 *   id: "F9", text: { nb: "…" }, measureIds: ["m-x"], goalIds: [], allocationIds: [], milestoneIds: [],
 *   sources: [{ doc: "S0", section: "§intro" }],
 * };
 * ```
 */
export type ProposalItemData<MeasureId extends string, AllocationId extends string, MilestoneId extends string> = Omit<
  Elem<Elem<Input["proposals"]>["items"]>,
  "measureIds" | "goalIds" | "allocationIds" | "milestoneIds" | "sources"
> & {
  readonly measureIds: readonly MeasureId[];
  readonly goalIds: readonly GoalId[];
  readonly allocationIds: readonly AllocationId[];
  readonly milestoneIds: readonly MilestoneId[];
  readonly sources: Citations;
};
