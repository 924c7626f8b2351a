import { describe, expectTypeOf, it } from "vitest";
import { parsePeriod } from "./parsePeriod.js";
import { periodOf, type PeriodOfKind } from "./periodOf.js";
import { rollUp } from "./rollUp.js";
import type { Granularity, Period, PeriodKind, SchoolYearPeriod, TertialPeriod } from "./types.js";

describe("period types", () => {
  it("derives the kinds from the union", () => {
    expectTypeOf<PeriodKind>().toEqualTypeOf<Period["kind"]>();
    expectTypeOf<Granularity>().toEqualTypeOf<Exclude<PeriodKind, "range">>();
    expectTypeOf<PeriodOfKind<"tertial">>().toEqualTypeOf<TertialPeriod>();
  });

  it("narrows periodOf and rollUp to the kind asked for", () => {
    expectTypeOf(periodOf("2025-06-15", "tertial")).toEqualTypeOf<TertialPeriod>();
    expectTypeOf(rollUp(parsePeriod("2025-06"), "schoolYear")).toEqualTypeOf<SchoolYearPeriod>();
  });

  it("rejects what is not a period or granularity at compile time", () => {
    // @ts-expect-error a range is not a granularity
    const g: Granularity = "range";
    // @ts-expect-error a month is not a roll-up target
    const roll = () => rollUp(parsePeriod("2025-06-15"), "month");
    // @ts-expect-error a tertial needs its number
    const t: Period = { kind: "tertial", year: 2025 };
    expectTypeOf(g).toBeString();
    expectTypeOf(roll).toBeFunction();
    expectTypeOf(t).toEqualTypeOf<Period>();
  });

  it("makes periods readonly", () => {
    const p: TertialPeriod = { kind: "tertial", year: 2025, tertial: 2 };
    // @ts-expect-error periods are immutable
    const mutate = () => { p.tertial = 3; };
    expectTypeOf(mutate).toBeFunction();
  });
});
