import { formatPath, planSchema, safeParsePlan, type Issue, type Plan } from "@opptrapping/core";
import { planData } from "@opptrapping/psykisk-helse";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import * as z from "zod";
import { clip } from "./args.js";
import { FileError, readText } from "./files.js";

/**
 * The plan's JSON Schema (draft 2020-12), made from core's zod schema: the input side, so
 * amounts may be decimal strings or numbers and defaulted lists may be left out.
 *
 * @example
 * ```ts
 * import { planJsonSchema } from "@opptrapping/cli";
 * planJsonSchema().required; // ["id", "title", "period", …]
 * ```
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
  return { ...schema, title: "Opptrapping plan", description: "A plan as `opptrapping status --plan FILE` reads it; `opptrapping plan export` writes the bundled one." };
}

/**
 * The bundled plan as an editable file, JSON or YAML.
 *
 * @example
 * ```ts
 * import { exportPlan } from "@opptrapping/cli";
 * exportPlan("yaml").startsWith("id: "); // true
 * ```
 */
export function exportPlan(format: "json" | "yaml"): string {
  return format === "yaml" ? stringifyYaml(planData, { lineWidth: 0 }) : `${JSON.stringify(planData, null, 2)}\n`;
}

/** Parses a JSON or YAML file's text by its name (`.yaml`/`.yml` are YAML, anything else JSON). */
export function parseStructured(path: string, text: string): unknown {
  const yaml = /\.ya?ml$/i.test(path);
  try {
    // YAML aliases could expand a small file into a huge value: cap them.
    return yaml ? parseYaml(text, { maxAliasCount: 100, uniqueKeys: true }) : JSON.parse(text);
  } catch (error) {
    throw new FileError(yaml ? "invalid_yaml" : "invalid_json", `"${clip(path, 120)}" is not valid ${yaml ? "YAML" : "JSON"}: ${clip(error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error), 160)}`, "check the file's syntax");
  }
}

/** The plan's top-level fields, from its schema. */
const PLAN_KEYS: readonly string[] = Object.keys(planSchema.shape);
const REQUIRED_PLAN_KEYS: readonly string[] = PLAN_KEYS.filter((k) => !planSchema.shape[k as keyof typeof planSchema.shape].safeParse(undefined).success);

/**
 * Whether a parsed file is meant as a plan: an object carrying most of the fields the plan
 * schema requires (so a plan with a field missing or misspelt is still checked as a plan and
 * gets every problem listed, and a data file is never taken for one).
 *
 * @example
 * ```ts
 * import { looksLikePlan } from "@opptrapping/cli";
 * looksLikePlan([{ indicatorId: "R5.wait" }]); // false
 * ```
 */
export function looksLikePlan(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const present = REQUIRED_PLAN_KEYS.filter((k) => Object.hasOwn(value, k)).length;
  return present * 2 > REQUIRED_PLAN_KEYS.length;
}

/** The problems of a plan, at most `max` lines, each at most 200 characters. */
export function planProblems(issues: readonly Issue[], max = 20): string[] {
  const lines = issues.slice(0, max).map((i) => `  ${clip(formatPath(i.path), 80)}: ${clip(i.message, 200)} [${i.code}]`);
  if (issues.length > max) lines.push(`  … and ${issues.length - max} more`);
  return lines;
}

/**
 * Reads a plan file (JSON or YAML) and validates it against the schema and every
 * cross-reference; a {@link FileError} lists the problems otherwise.
 *
 * @example
 * ```ts
 * import { loadPlanFile } from "@opptrapping/cli";
 * const plan = loadPlanFile("plan.yaml");
 * ```
 */
export function loadPlanFile(path: string): Plan {
  const data = parseStructured(path, readText(path));
  if (!looksLikePlan(data))
    throw new FileError("not_a_plan", `"${clip(path, 120)}" is not a plan: it lacks most of the fields a plan has (${REQUIRED_PLAN_KEYS.slice(0, 6).join(", ")}, …)`, "start from the bundled plan: opptrapping plan export --out plan.yaml --format yaml");
  const r = safeParsePlan(data);
  if (!r.success)
    throw new FileError("invalid_plan", `"${clip(path, 120)}" has ${r.error.issues.length} problem${r.error.issues.length === 1 ? "" : "s"}:\n${planProblems(r.error.issues).join("\n")}`, `see every problem with: opptrapping validate ${clip(path, 120)}`);
  return r.plan;
}
