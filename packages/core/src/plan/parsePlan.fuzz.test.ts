// Fuzz suite of parsePlan (issue 15): seeded mutations of the bundled plan data, with a fixed
// budget of runs. The parser must throw nothing but PlanValidationError, never pollute a
// prototype, and whatever it accepts holds no NaN or Infinity.
import { planData } from "@opptrapping/psykisk-helse";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlan } from "./parsePlan.js";
import { PlanValidationError } from "./PlanValidationError.js";

type Path = readonly (string | number)[];
type Node = Record<string | number, unknown>;

/** Every path into the bundled data (objects and arrays), in a fixed order. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (value === null || typeof value !== "object") return out;
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    const path = [...at, key];
    out.push(path);
    pathsOf((value as Node)[key], path, out);
  }
  return out;
}
const PATHS = pathsOf(planData);

function parentOf(root: unknown, path: Path): Node | undefined {
  let at: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return undefined;
    at = (at as Node)[key];
  }
  return at !== null && typeof at === "object" ? (at as Node) : undefined;
}

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

const HOSTILE: readonly (() => unknown)[] = [
  () => null,
  () => undefined,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -1,
  () => 0,
  () => 1e308,
  () => 2.5,
  () => "",
  () => " ",
  () => "x".repeat(100_000),
  () => "__proto__",
  () => "constructor",
  () => "toString",
  () => "2025T4",
  () => "NaN",
  () => "1e400",
  () => [],
  () => ({}),
  () => nested(20_000),
  () => true,
  () => () => "function",
  () => Symbol("s"),
  () => 1n,
  () => new Date(Number.NaN),
  () => new Map([["a", 1]]),
  () => JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}') as unknown,
  () => Object.create(null) as unknown,
  () => ({ constructor: { prototype: { polluted: true } } }),
];

const mutation = fc.record({
  path: fc.nat({ max: PATHS.length - 1 }),
  other: fc.nat({ max: PATHS.length - 1 }),
  op: fc.constantFrom("delete", "set", "set", "set", "duplicate", "protoKey", "swap"),
  value: fc.nat({ max: HOSTILE.length - 1 }),
});

function mutate(root: unknown, m: { path: number; other: number; op: string; value: number }): void {
  const path = PATHS[m.path]!;
  const parent = parentOf(root, path);
  if (parent === undefined) return;
  const key = path[path.length - 1]!;
  switch (m.op) {
    case "delete":
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return;
    case "set":
      parent[key] = HOSTILE[m.value]!();
      return;
    case "duplicate":
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
      else parent[`${String(key)}Copy`] = parent[key];
      return;
    case "protoKey":
      // An own "__proto__" key, as JSON.parse makes one.
      Object.defineProperty(parent, "__proto__", { value: { polluted: true, id: "R1" }, enumerable: true, configurable: true, writable: true });
      return;
    case "swap": {
      const otherPath = PATHS[m.other]!;
      const otherParent = parentOf(root, otherPath);
      if (otherParent !== undefined) parent[key] = otherParent[otherPath[otherPath.length - 1]!];
      return;
    }
  }
}

/** Every number in a value, however deep (iteratively: accepted data may be deep). */
function numbersIn(root: unknown): number[] {
  const out: number[] = [];
  const stack = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "number") out.push(v);
    else if (v !== null && typeof v === "object" && !seen.has(v)) {
      seen.add(v);
      stack.push(...Object.values(v));
    }
  }
  return out;
}

const prototypeNames = (o: object) => Object.getOwnPropertyNames(o).join(",");
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

// Each run clones and parses the whole plan (about 10 ms on an idle core), so the budget is
// 150 runs and the test may take longer than vitest's default 5 s on a loaded CI machine.
describe("parsePlan fuzz (seeded)", { timeout: 60_000 }, () => {
  it("throws only PlanValidationError on mutated plan data, pollutes no prototype, and accepts no NaN or Infinity", () => {
    const before = PROTOTYPES.map(prototypeNames);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const data = structuredClone(planData) as unknown;
        for (const m of mutations) mutate(data, m);
        try {
          const plan = parsePlan(data);
          for (const n of numbersIn(plan)) expect(Number.isFinite(n)).toBe(true);
          expect(Object.isFrozen(plan)).toBe(true);
        } catch (error) {
          if (!(error instanceof PlanValidationError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
          for (const issue of error.issues) {
            expect(typeof issue.code).toBe("string");
            expect(issue.path.every((k) => typeof k === "string" || typeof k === "number")).toBe(true);
            expect(issue.message.length).toBeLessThan(1000);
          }
        }
        expect(PROTOTYPES.map(prototypeNames)).toEqual(before);
        expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      }),
      { seed: 15_061, numRuns: 150 },
    );
  });
});
