import * as z from "zod";
import type { DeepReadonly } from "../deepReadonly.js";
import {
  idSchema,
  localizedTextSchema,
  moneySchema,
  periodStringSchema,
  sourcesSchema,
  yearSchema,
} from "./common.js";
import { seriesDefinitionSchema } from "./series.js";
import { baselinePolicySchema, directionSchema, targetSchema } from "./target.js";

/**
 * A link or value the sources do not state, which the data's authors inferred: which field it
 * is about and why. Reports show such fields as inferred, never as the source's word.
 */
export const inferenceSchema = z.strictObject({
  /** The field inferred, e.g. `areaId`, `ownerIds`, `lifecycle`, `goalIds` or `targets.R6.costGrowth`. */
  field: z.string().min(1),
  inferred: z.literal(true),
  /** Why the link was made although the sources do not make it. */
  reasoning: localizedTextSchema,
});
/** An inferred link with its reasoning. */
export type Inference = DeepReadonly<z.infer<typeof inferenceSchema>>;

/**
 * A figure as a source states it (a claim), kept apart from anything computed from it: the
 * source's own words (`om lag 1,2 mrd. kroner`, `3 av 4 kommuner`), how exact the source says
 * it is, and what else makes it uncertain.
 */
export const sourceClaimSchema = z.strictObject({
  /** The source's own words for the figure, in the source's language. */
  words: z.string().min(1),
  /** `about` for "om lag"/"ca.", `atLeast` for "minst", `exact` when stated plainly. */
  qualifier: z.enum(["exact", "about", "atLeast", "atMost"]),
  /** What else makes the figure uncertain (e.g. which year "rapportering fra 2024" describes). */
  uncertainty: localizedTextSchema.optional(),
});
/** A figure as a source states it. */
export type SourceClaim = DeepReadonly<z.infer<typeof sourceClaimSchema>>;

/** A source document the plan's facts cite (a letter, a slide deck, a public page…). */
export const sourceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(["letter", "slides", "webpage", "whitePaper", "report", "proposal", "budget", "other"]),
  title: z.string().min(1),
  /** When it was dated or published. */
  date: periodStringSchema.optional(),
  publisher: z.string().min(1).optional(),
  /** An official reference such as `25/5114` or `Meld. St. 23 (2022–2023)`. */
  reference: z.string().min(1).optional(),
  url: z.url().optional(),
  /** When it was published (a date or coarser period), where known. */
  published: periodStringSchema.optional(),
  /** When the copy the figures were transcribed from was read. */
  retrieved: periodStringSchema.optional(),
  /** A file name in this project's seeds, where the document is kept. */
  file: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
/** A source document. */
export type Source = DeepReadonly<z.infer<typeof sourceSchema>>;

/** Main goal (hovedmål). */
export const mainGoalSchema = z.strictObject({ id: idSchema, title: localizedTextSchema, sources: sourcesSchema });
/** Main goal (hovedmål). */
export type MainGoal = DeepReadonly<z.infer<typeof mainGoalSchema>>;

/** Sub-area (underområde): a themed group of measures inside an area. */
export const subAreaSchema = z.strictObject({ id: idSchema, title: localizedTextSchema, sources: sourcesSchema });
/** Sub-area (underområde). */
export type SubArea = DeepReadonly<z.infer<typeof subAreaSchema>>;

/** Area of effort (innsatsområde). */
export const areaSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  subAreas: z.array(subAreaSchema),
  sources: sourcesSchema,
});
/** Area of effort (innsatsområde). */
export type Area = DeepReadonly<z.infer<typeof areaSchema>>;

/** A cross-cutting concern of the whole plan (personnel, user participation). */
export const themeSchema = z.strictObject({ id: idSchema, title: localizedTextSchema, sources: sourcesSchema });
/** A cross-cutting theme. */
export type Theme = DeepReadonly<z.infer<typeof themeSchema>>;

/** Result goal (resultatmål): belongs to one area, judged by one or more targets. */
export const resultGoalSchema = z.strictObject({
  id: idSchema,
  areaId: idSchema,
  title: localizedTextSchema,
  targets: z.array(targetSchema),
  /** Links the sources do not make (its area, one of its targets), with the reasoning. */
  inferred: z.array(inferenceSchema).optional(),
  note: localizedTextSchema.optional(),
  sources: sourcesSchema,
});
/** Result goal (resultatmål). */
export type ResultGoal = DeepReadonly<z.infer<typeof resultGoalSchema>>;

/** Units an indicator can be measured in. `percent` values run 0–100, `share` values 0–1. */
export const indicatorUnitSchema = z.enum([
  "days",
  "percent",
  "share",
  "count",
  "years",
  "nok",
  "per100k",
  "places",
  "index",
]);
/** Unit of an indicator. */
export type IndicatorUnit = DeepReadonly<z.infer<typeof indicatorUnitSchema>>;

/**
 * What kind of quantity an indicator is, which fixes how it aggregates: `mean` (weighted by
 * counts), `proportion` (sum numerators and denominators), `count` (sum), `stock` (last value
 * over time, sum across units), `rate` (sum events and populations), `difference` (of two
 * aggregated series).
 */
export const aggregationKindSchema = z.enum(["mean", "proportion", "count", "stock", "rate", "difference"]);
/** Aggregation kind of an indicator. */
export type AggregationKind = DeepReadonly<z.infer<typeof aggregationKindSchema>>;

/** How to combine values over time (the DHIS2 time axis). */
export const overTimeSchema = z.enum(["sum", "weighted", "average", "last", "first", "min", "max", "none"]);
/** How to combine across org units (the DHIS2 unit axis). */
export const acrossUnitsSchema = z.enum(["sum", "weighted", "average", "min", "max", "none"]);

/** A dimension an indicator is broken down by, with its allowed values. */
export const disaggregationSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema.optional(),
  values: z.array(z.string().min(1)).min(1),
});
/** A disaggregation (e.g. `service: PHBU | PHV | TSB`). */
export type Disaggregation = DeepReadonly<z.infer<typeof disaggregationSchema>>;

/** Indicator (indikator): a measured quantity. */
export const indicatorSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  unit: indicatorUnitSchema,
  aggregation: aggregationKindSchema,
  /** Override the across-units axis implied by `aggregation`. */
  acrossUnits: acrossUnitsSchema.optional(),
  /** Override the over-time axis implied by `aggregation`. */
  overTime: overTimeSchema.optional(),
  /** The preferred direction; left out for a reference series with none of its own. */
  direction: directionSchema.optional(),
  disaggregations: z.array(disaggregationSchema).default([]),
  /** How and where it is measured, in words. */
  definition: localizedTextSchema.optional(),
  /**
   * The period the producer publishes final figures for (tertial for waiting times, year for
   * registers). Only a final value of this period kind can achieve a target; a provisional
   * month cannot. Left out: any final value counts.
   */
  reportingPeriod: z.enum(["month", "quarter", "tertial", "half", "year", "schoolYear"]).optional(),
  /**
   * The smallest change, in the indicator's unit, that counts as a real change rather than
   * noise (e.g. 0.5 years of life expectancy). A change inside it is "no clear change".
   * Left out: the status rule's documented default (a share of the baseline) applies.
   */
  minimumMeaningfulChange: z.number().finite().positive().optional(),
  /**
   * The values the indicator can take, when narrower or wider than its unit implies
   * (days, counts ≥ 0; percent 0–100; share 0–1). Forecasts are clamped to it.
   */
  domain: z
    .strictObject({ min: z.number().finite().optional(), max: z.number().finite().optional() })
    .refine((d) => d.min === undefined || d.max === undefined || d.min < d.max, {
      message: "domain.min must be below domain.max",
      params: { code: "invalid_domain" },
    })
    .optional(),
  /** The published series behind it: what each measures, who produces it, where it breaks. */
  series: z.array(seriesDefinitionSchema).optional(),
  sources: sourcesSchema,
});
/** Indicator (indikator). */
export type Indicator = DeepReadonly<z.infer<typeof indicatorSchema>>;

/** Lifecycle states of a measure. */
export const measureStateSchema = z.enum(["planned", "inProgress", "delivered", "phasedOut"]);
/** Lifecycle state of a measure. */
export type MeasureState = DeepReadonly<z.infer<typeof measureStateSchema>>;

/**
 * A dated change of a measure's state. `date` is when the change happened, left out when the
 * sources give none; `knownFrom` is when the state was first known (at the latest the date of
 * the source that reports it). An undated state applies from `knownFrom`, never backwards.
 */
export const lifecycleEventSchema = z.strictObject({
  state: measureStateSchema,
  date: periodStringSchema.optional(),
  /** The day (or period) the state is known from: the reporting source's date at the latest. */
  knownFrom: periodStringSchema.optional(),
  note: z.string().min(1).optional(),
  sources: sourcesSchema,
});
/** A lifecycle event of a measure. */
export type LifecycleEvent = DeepReadonly<z.infer<typeof lifecycleEventSchema>>;

/** Kinds of measure. */
export const measureKindSchema = z.enum([
  "assignment",
  "grant",
  "law",
  "guide",
  "pilot",
  "campaign",
  "study",
  "service",
  "plan",
  "funding",
  "other",
]);
/** Kind of measure. */
export type MeasureKind = DeepReadonly<z.infer<typeof measureKindSchema>>;

/**
 * Whether a measure is part of the plan (`plan`) or other government policy a source mentions
 * beside it (`related`: white papers, curricula, laws, family benefits…).
 */
export const measureScopeSchema = z.enum(["plan", "related"]);
/** Scope of a measure. */
export type MeasureScope = DeepReadonly<z.infer<typeof measureScopeSchema>>;

/** Measure (tiltak): a concrete action, with owners and a dated lifecycle. */
export const measureSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  kind: measureKindSchema,
  /** `plan` or `related`; left out, a measure counts as part of the plan. */
  scope: measureScopeSchema.optional(),
  areaId: idSchema.optional(),
  subAreaId: idSchema.optional(),
  themeIds: z.array(idSchema).default([]),
  goalIds: z.array(idSchema).default([]),
  ownerIds: z.array(idSchema).default([]),
  /** In time order; the last event is the current state. Empty when the sources state none. */
  lifecycle: z.array(lifecycleEventSchema).default([]),
  /** Fields the sources do not state (owners, area, goals, state), with the reasoning. */
  inferred: z.array(inferenceSchema).optional(),
  note: localizedTextSchema.optional(),
  sources: sourcesSchema,
});
/** Measure (tiltak). */
export type Measure = DeepReadonly<z.infer<typeof measureSchema>>;

/** How money reaches its recipients. */
export const channelSchema = z.enum([
  "municipalIncome",
  "earmarkedGrant",
  "rhfFrame",
  "agencyBudget",
  "unknown",
]);
/** Channel of an allocation. */
export type Channel = DeepReadonly<z.infer<typeof channelSchema>>;

/** Allocation (bevilgning): money granted, exact in NOK. */
export const allocationSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  amount: moneySchema,
  /** The budget year; left out when the sources do not say. */
  budgetYear: yearSchema.optional(),
  /** `permanent` raises the level for good; `oneOff` is for one year; `unknown` when not stated. */
  permanence: z.enum(["permanent", "oneOff", "unknown"]),
  channel: channelSchema,
  chapter: z.number().int().positive().optional(),
  post: z.number().int().positive().optional(),
  measureId: idSchema.optional(),
  recipientIds: z.array(idSchema).default([]),
  /** The actors that decided the allocation (e.g. the Storting), where the source says so. */
  decidedByIds: z.array(idSchema).optional(),
  note: localizedTextSchema.optional(),
  sources: sourcesSchema,
});
/** Allocation (bevilgning). */
export type Allocation = DeepReadonly<z.infer<typeof allocationSchema>>;

/**
 * A reported cumulative amount towards the commitment, as of a date: a claim of its source. A
 * report counts from the last day of `asOf` (a report dated by day counts from that day).
 */
export const commitmentReportSchema = z.strictObject({
  asOf: periodStringSchema,
  /** The figure as a number; `claim` keeps the source's words and how exact it is. */
  cumulative: moneySchema,
  /** Whether the reporter (not this library) said it is on track. */
  claimedOnTrack: z.boolean().optional(),
  /** The source's own words ("om lag 1,2 mrd. kroner") and qualifier; left out = stated exactly. */
  claim: sourceClaimSchema.optional(),
  sources: sourcesSchema,
});
/** A reported cumulative amount. */
export type CommitmentReport = DeepReadonly<z.infer<typeof commitmentReportSchema>>;

/** The plan's money commitment: a permanent increase of (at least) an amount over the period. */
export const commitmentSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  amount: moneySchema,
  /** `true` when the amount is a floor ("minst"). */
  atLeast: z.boolean(),
  permanent: z.boolean(),
  startYear: yearSchema,
  endYear: yearSchema,
  reported: z.array(commitmentReportSchema).default([]),
  sources: sourcesSchema,
});
/** The money commitment. */
export type Commitment = DeepReadonly<z.infer<typeof commitmentSchema>>;

/** Kinds of actor. */
export const actorKindSchema = z.enum([
  "parliament",
  "ministry",
  "directorate",
  "institute",
  "rhf",
  "hf",
  "countyGovernor",
  "competenceCentre",
  "municipality",
  "evaluator",
  "committee",
  "other",
]);
/** Actor: a body that owns measures or milestones. */
export const actorSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  abbreviation: z.string().min(1).optional(),
  kind: actorKindSchema,
  sources: sourcesSchema,
});
/** Actor. */
export type Actor = DeepReadonly<z.infer<typeof actorSchema>>;

/** Milestone: a dated deliverable or deadline. */
export const milestoneSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  kind: z.enum(["report", "evaluation", "plan", "deadline", "lawInForce", "launch", "trial", "decision"]),
  /** When it is (or was) due: a day, month, year or a part of a year. */
  due: periodStringSchema,
  ownerIds: z.array(idSchema).default([]),
  status: z.enum(["planned", "delivered", "unknown"]),
  /**
   * When `status` was recorded (the date of the source that states it). Left out, the plan's
   * `revision.asOf`. A milestone recorded as planned before it fell due is "not reported" after
   * its due date, never "overdue".
   */
  statusAsOf: periodStringSchema.optional(),
  /** When it was delivered, where known. */
  deliveredOn: periodStringSchema.optional(),
  measureIds: z.array(idSchema).default([]),
  goalIds: z.array(idSchema).default([]),
  note: localizedTextSchema.optional(),
  sources: sourcesSchema,
});
/** Milestone. */
export type Milestone = DeepReadonly<z.infer<typeof milestoneSchema>>;

/** One item of a proposal, mapped to what the plan already has. */
export const proposalItemSchema = z.strictObject({
  id: idSchema,
  text: localizedTextSchema,
  /** Deadline the item asks for, if any. */
  due: periodStringSchema.optional(),
  /** The minister's answer in our words. */
  response: localizedTextSchema.optional(),
  measureIds: z.array(idSchema).default([]),
  goalIds: z.array(idSchema).default([]),
  allocationIds: z.array(idSchema).default([]),
  milestoneIds: z.array(idSchema).default([]),
  sources: sourcesSchema,
});
/** Proposal item. */
export type ProposalItem = DeepReadonly<z.infer<typeof proposalItemSchema>>;

/** A private members' proposal (representantforslag), e.g. Dokument 8:74 S (2025–2026). */
export const proposalSchema = z.strictObject({
  id: idSchema,
  reference: z.string().min(1),
  title: localizedTextSchema,
  items: z.array(proposalItemSchema).min(1),
  sources: sourcesSchema,
});
/** Proposal. */
export type Proposal = DeepReadonly<z.infer<typeof proposalSchema>>;

/** Which version of the plan data this is. */
export const revisionInfoSchema = z.strictObject({
  version: z.string().min(1),
  /**
   * The date the data was recorded as of (its vintage): measure and milestone states without a
   * date of their own are known from this date, and nothing later is known.
   */
  asOf: periodStringSchema,
  note: z.string().min(1).optional(),
});
/** Revision info. */
export type RevisionInfo = DeepReadonly<z.infer<typeof revisionInfoSchema>>;

/** The plan (opptrappingsplan), as plain data before cross-reference checks. */
export const planSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  reference: z.string().min(1).optional(),
  /** The plan period as a range of years, e.g. `2023/2033`. */
  period: periodStringSchema,
  mainGoals: z.array(mainGoalSchema),
  areas: z.array(areaSchema),
  themes: z.array(themeSchema).default([]),
  resultGoals: z.array(resultGoalSchema),
  indicators: z.array(indicatorSchema),
  measures: z.array(measureSchema).default([]),
  allocations: z.array(allocationSchema).default([]),
  commitment: commitmentSchema.optional(),
  actors: z.array(actorSchema).default([]),
  milestones: z.array(milestoneSchema).default([]),
  proposals: z.array(proposalSchema).default([]),
  sources: z.array(sourceSchema).min(1),
  revision: revisionInfoSchema,
  /**
   * How a target that states no baseline gets one. Left out: the last observation at or
   * before the plan's start year (`{ kind: "lastAtOrBefore", period: "<start year>" }`).
   */
  baselinePolicy: baselinePolicySchema.optional(),
});
