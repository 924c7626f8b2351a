import type { z } from "zod";
import type { Issue } from "../errors.js";

/** Converts zod's issues to ours: custom checks carry their code in `params.code`. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    if (issue.code === "invalid_union" && "errors" in issue && issue.errors.length > 0 && !("discriminator" in issue && issue.discriminator)) {
      // A union's members each failed; report the member that got furthest (most nested path).
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      if (best.length > 0) return fromZodIssues(best, [...prefix, ...toPath(issue.path)]);
    }
    const code =
      issue.code === "custom" && typeof issue.params?.["code"] === "string" ? (issue.params["code"] as string) : issue.code;
    return [{ path: [...prefix, ...toPath(issue.path)], code, message: issue.message }];
  });
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}
