import { describe, expect, it } from "vitest";
import { OpptrappingError } from "../errors.js";
import { PlanValidationError } from "./PlanValidationError.js";

describe("PlanValidationError", () => {
  it("is an OpptrappingError with code invalid_plan and its own name", () => {
    const error = new PlanValidationError([{ path: ["id"], code: "invalid_type", message: "expected a string" }]);
    expect(error).toBeInstanceOf(PlanValidationError);
    expect(error).toBeInstanceOf(OpptrappingError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("PlanValidationError");
    expect(error.code).toBe("invalid_plan");
    expect(error.path).toEqual([]);
  });

  it("says 'problem' for one issue and lists it with its path and code", () => {
    const error = new PlanValidationError([{ path: ["measures", 3, "goalIds", 0], code: "dangling_reference", message: 'unknown result goal "R9"' }]);
    expect(error.message).toBe('Invalid plan: 1 problem\n  - measures[3].goalIds[0]: unknown result goal "R9" [dangling_reference]');
  });

  it("lists ten issues and counts the rest", () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({ path: ["measures", i, "id"], code: "duplicate_id", message: "duplicate" }));
    const lines = new PlanValidationError(issues).message.split("\n");
    expect(lines[0]).toBe("Invalid plan: 12 problems");
    expect(lines.slice(1, 11)).toEqual(issues.slice(0, 10).map((_, i) => `  - measures[${i}].id: duplicate [duplicate_id]`));
    expect(lines[11]).toBe("  … and 2 more");
    expect(lines).toHaveLength(12);
  });

  it("shows a root issue as (root)", () => {
    expect(new PlanValidationError([{ path: [], code: "invalid_type", message: "expected object" }]).message).toBe(
      "Invalid plan: 1 problem\n  - (root): expected object [invalid_type]",
    );
  });

  it("keeps a frozen copy of the issues, unaffected by later changes to the input list", () => {
    const path: (string | number)[] = ["id"];
    const issues = [{ path, code: "invalid_type", message: "expected a string" }];
    const error = new PlanValidationError(issues);
    path.push("changed");
    issues.push({ path: ["title"], code: "invalid_type", message: "expected an object" });
    expect(error.issues).toEqual([{ path: ["id"], code: "invalid_type", message: "expected a string" }]);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
  });
});
