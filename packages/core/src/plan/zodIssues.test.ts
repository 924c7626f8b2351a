import { z } from "zod";
import { describe, expect, it } from "vitest";
import { fromZodIssues } from "./zodIssues.js";

describe("fromZodIssues", () => {
  it("takes the code of a custom issue from params.code", () => {
    const schema = z.number().refine((v) => v > 0, { message: "must be positive", params: { code: "not_positive" } });
    expect(fromZodIssues(schema.safeParse(-1).error!.issues)).toEqual([{ path: [], code: "not_positive", message: "must be positive" }]);
  });

  it("keeps 'custom' for a custom issue without a code, and zod's code otherwise", () => {
    const schema = z.strictObject({ a: z.string().refine(() => false, { message: "never" }), b: z.number() });
    expect(fromZodIssues(schema.safeParse({ a: "x", b: "y" }).error!.issues)).toEqual([
      { path: ["a"], code: "custom", message: "never" },
      { path: ["b"], code: "invalid_type", message: "Invalid input: expected number, received string" },
    ]);
  });

  it("prefixes paths", () => {
    const issues = z.strictObject({ a: z.string() }).safeParse({ a: 1 }).error!.issues;
    expect(fromZodIssues(issues, ["measures", 2]).map((i) => i.path)).toEqual([["measures", 2, "a"]]);
  });

  it("reports the union member that got furthest, under the union's path", () => {
    const schema = z.strictObject({
      x: z.union([z.string(), z.strictObject({ deep: z.strictObject({ n: z.number() }) })]),
    });
    expect(fromZodIssues(schema.safeParse({ x: { deep: { n: "1" } } }).error!.issues)).toEqual([
      { path: ["x", "deep", "n"], code: "invalid_type", message: "Invalid input: expected number, received string" },
    ]);
  });

  it("reports an unknown discriminator as one invalid_union issue on the discriminator", () => {
    const schema = z.discriminatedUnion("kind", [z.object({ kind: z.literal("a") }), z.object({ kind: z.literal("b") })]);
    const issues = fromZodIssues(schema.safeParse({ kind: "c" }).error!.issues);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ["kind"], code: "invalid_union" });
  });
});
