/**
 * The ids of the bundled plan's areas of effort (innsatsområder), in plan order.
 *
 * @example
 * ```ts
 * import { AREA_IDS, type AreaId } from "@opptrapping/psykisk-helse";
 * const area: AreaId = "A2";
 * AREA_IDS.length; // 3
 * ```
 */
export const AREA_IDS = ["A1", "A2", "A3"] as const satisfies readonly string[];

/**
 * An area id of the bundled plan.
 *
 * @example
 * ```ts
 * import type { AreaId } from "@opptrapping/psykisk-helse";
 * const area: AreaId = "A3";
 * ```
 */
export type AreaId = (typeof AREA_IDS)[number];

/**
 * The ids of the plan's two main goals (hovedmål).
 *
 * @example
 * ```ts
 * import { MAIN_GOAL_IDS } from "@opptrapping/psykisk-helse";
 * MAIN_GOAL_IDS; // ["H1", "H2"]
 * ```
 */
export const MAIN_GOAL_IDS = ["H1", "H2"] as const satisfies readonly string[];

/**
 * A main goal id.
 *
 * @example
 * ```ts
 * import type { MainGoalId } from "@opptrapping/psykisk-helse";
 * const goal: MainGoalId = "H2";
 * ```
 */
export type MainGoalId = (typeof MAIN_GOAL_IDS)[number];

/**
 * The ids of the plan's eight result goals (resultatmål), in plan order.
 *
 * @example
 * ```ts
 * import { GOAL_IDS, type GoalId } from "@opptrapping/psykisk-helse";
 * const waiting: GoalId = "R5";
 * GOAL_IDS.length; // 8
 * ```
 */
export const GOAL_IDS = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"] as const satisfies readonly string[];

/**
 * A result goal id.
 *
 * @example
 * ```ts
 * import type { GoalId } from "@opptrapping/psykisk-helse";
 * const goal: GoalId = "R4";
 * ```
 */
export type GoalId = (typeof GOAL_IDS)[number];

/**
 * The specialist services the waiting-time targets are set for: PHBU (mental health care for
 * children and youth), PHV (adult mental health care) and TSB (interdisciplinary specialised
 * substance-abuse treatment). The values of the `service` disaggregation.
 *
 * @example
 * ```ts
 * import { SERVICES, type Service } from "@opptrapping/psykisk-helse";
 * const s: Service = "PHBU";
 * SERVICES.includes(s); // true
 * ```
 */
export const SERVICES = ["PHBU", "PHV", "TSB"] as const satisfies readonly string[];

/**
 * A service id (`PHBU`, `PHV` or `TSB`).
 *
 * @example
 * ```ts
 * import type { Service } from "@opptrapping/psykisk-helse";
 * const s: Service = "TSB";
 * ```
 */
export type Service = (typeof SERVICES)[number];

/**
 * The ids of the plan's cross-cutting themes.
 *
 * @example
 * ```ts
 * import { THEME_IDS } from "@opptrapping/psykisk-helse";
 * THEME_IDS.includes("brukermedvirkning"); // true
 * ```
 */
export const THEME_IDS = ["personellressurser", "brukermedvirkning", "personell-kompetanse"] as const satisfies readonly string[];

/**
 * A theme id.
 *
 * @example
 * ```ts
 * import type { ThemeId } from "@opptrapping/psykisk-helse";
 * const theme: ThemeId = "personellressurser";
 * ```
 */
export type ThemeId = (typeof THEME_IDS)[number];

/**
 * The ids of the plan's indicators.
 *
 * @example
 * ```ts
 * import { INDICATOR_IDS } from "@opptrapping/psykisk-helse";
 * INDICATOR_IDS.includes("R5.wait"); // true
 * ```
 */
export const INDICATOR_IDS = [
  "R1.complaints",
  "R2.disability",
  "R3.lowThreshold",
  "R4.assessment",
  "R5.wait",
  "R6.places",
  "rhf.costGrowth",
  "rhf.demographicGrowth",
  "R7.lifeExpectancy",
  "R7.lifeExpectancyRest",
] as const satisfies readonly string[];

/**
 * An indicator id.
 *
 * @example
 * ```ts
 * import type { IndicatorId } from "@opptrapping/psykisk-helse";
 * const wait: IndicatorId = "R5.wait";
 * ```
 */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/**
 * The ids of the actors the sources name: bodies that own measures, receive money or deliver
 * milestones.
 *
 * @example
 * ```ts
 * import { ACTOR_IDS } from "@opptrapping/psykisk-helse";
 * ACTOR_IDS.includes("hdir"); // true
 * ```
 */
export const ACTOR_IDS = [
  "storting",
  "regjeringen",
  "hod",
  "aid",
  "bfd",
  "fin",
  "jd",
  "hdir",
  "fhi",
  "udir",
  "av-dir",
  "nav",
  "rhf",
  "statsforvalteren",
  "kompetansesentre",
  "kommunene",
  "sintef",
  "ahus",
  "ntnu",
  "sentio",
  "helsereformutvalget",
  "kommunekommisjonen",
] as const satisfies readonly string[];

/**
 * An actor id.
 *
 * @example
 * ```ts
 * import type { ActorId } from "@opptrapping/psykisk-helse";
 * const owner: ActorId = "rhf";
 * ```
 */
export type ActorId = (typeof ACTOR_IDS)[number];

/**
 * The ids of the plan's targets (the measurable criteria each result goal is judged by), in
 * plan order. The bundled data may use no other id, so this list and the data cannot drift.
 *
 * @example
 * ```ts
 * import { TARGET_IDS, type TargetId } from "@opptrapping/psykisk-helse";
 * const phbu: TargetId = "R5.phbu";
 * TARGET_IDS.length; // 12
 * ```
 */
export const TARGET_IDS = [
  "R1.reduce25",
  "R2.reduce",
  "R3.all",
  "R4.all",
  "R5.phbu",
  "R5.phv",
  "R5.tsb",
  "R6.noDecline",
  "R6.capacity2040",
  "R6.costGrowth",
  "R7.increase",
  "R7.gap",
] as const satisfies readonly string[];

/**
 * A target id of the bundled plan; {@link TARGET_IDS} lists them.
 *
 * @example
 * ```ts
 * import { target, type TargetId } from "@opptrapping/psykisk-helse";
 * const id: TargetId = "R5.tsb";
 * target(id).kind; // "threshold"
 * ```
 */
export type TargetId = (typeof TARGET_IDS)[number];
