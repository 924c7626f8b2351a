import { writeFileSync } from "node:fs";
import { toObservationsJson } from "@opptrapping/adapters";
import { OpptrappingError, formatPath, parsePeriod, periodBounds, safeParsePlan, type Observation } from "@opptrapping/core";
import { checkObservations, evaluatePlan } from "@opptrapping/indicators";
import { observations as bundledObservations, plan as bundledPlan } from "@opptrapping/psykisk-helse";
import type { DataAdapter } from "@opptrapping/sdk";
import { choice, parseArgs, UsageError } from "./args.js";
import { fetchCommand } from "./commands/fetchSsb.js";
import { HELP } from "./help.js";
import { adapterToolkit, loadData, loadMapping, readBytes } from "./load.js";
import { renderHtml } from "./report/html.js";
import { renderMarkdown } from "./report/markdown.js";
import { buildStatusReport } from "./report/model.js";
import { renderText } from "./report/text.js";
import { renderPlanSummary } from "./summary.js";
import type { Lang } from "./text.js";

/** Where the command writes, and what it knows of its terminal; injectable for tests. */
export interface RunIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (colours are used only then). @default false */
  readonly isTTY?: boolean;
  /** Environment variables (NO_COLOR). @default {} */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Today's date, for the default `--as-of`. @default the system clock */
  readonly today?: string;
}

/** Exit codes. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/**
 * Runs the command line and returns the exit code: 0 ok, 1 invalid input (a file with
 * problems, a failed validation), 2 usage error (unknown command or flag, bad value).
 * Errors print as one line plus a hint; `--debug` adds the stack. `fetch` talks to the network,
 * so for it the exit code comes as a promise: `await` the result.
 *
 * @example
 * ```ts
 * import { run } from "@opptrapping/cli";
 * const code = run(["status", "--lang", "en"], { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
 * ```
 */
export function run(argv: readonly string[], io: RunIO, version = "0.0.0"): number | Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const command = args[0];
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(HELP.main);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    const rest = args.slice(1);
    if (!(command in HELP) || command === "main") throw new UsageError(`unknown command "${command}"`, "opptrapping --help");
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(HELP[command as keyof typeof HELP]);
      return EXIT.ok;
    }
    switch (command) {
      case "status":
        return status(rest, io);
      case "validate":
        return validate(rest, io);
      case "convert":
        return convert(rest, io);
      case "fetch":
        return fetchCommand(rest, io, debug); // async: resolves to the exit code, never rejects
      case "summary": {
        const a = parseArgs(rest, { values: ["--lang"] }, "summary");
        io.stdout(renderPlanSummary(bundledPlan(), { lang: choice(a, "--lang", ["nb", "en"] as const, "nb", "summary"), observations: bundledObservations() }));
        return EXIT.ok;
      }
    }
    throw new UsageError(`unknown command "${command}"`, "opptrapping --help");
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`opptrapping: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ""}`);
      if (debug) io.stderr(`${error.stack ?? ""}\n`);
      return EXIT.usage;
    }
    if (error instanceof OpptrappingError) {
      const first = error.message.split("\n")[0];
      io.stderr(`opptrapping: ${first}\n`);
      const more = error.message.split("\n").slice(1);
      if (more.length > 0) io.stderr(`${more.join("\n")}\n`);
      if (debug) io.stderr(`${error.stack ?? ""}\n`);
      return EXIT.invalid;
    }
    if (debug) throw error;
    io.stderr(`opptrapping: unexpected error: ${error instanceof Error ? error.message : String(error)}\nhint: run again with --debug for the stack trace, and report it\n`);
    return EXIT.invalid;
  }
}

function today(io: RunIO): string {
  return io.today ?? new Date().toISOString().slice(0, 10);
}

function status(argv: readonly string[], io: RunIO): number {
  const a = parseArgs(argv, { values: ["--as-of", "--format", "--lang", "--mapping", "--input-format", "--out"], repeatable: ["--data"], switches: ["--lenient"] }, "status");
  const format = choice(a, "--format", ["text", "md", "json", "html"] as const, "text", "status");
  const lang: Lang = choice(a, "--lang", ["nb", "en"] as const, "nb", "status");
  const p = bundledPlan();
  const asOf = a.values.get("--as-of") ?? today(io);
  checkAsOf(asOf, p.period);
  const mode = a.switches.has("--lenient") ? "lenient" : "strict";
  const mappingPath = a.values.get("--mapping");
  const mapping = mappingPath === undefined ? undefined : loadMapping(mappingPath);
  const data: Observation[] = [...bundledObservations()];
  for (const file of a.lists.get("--data") ?? []) {
    const loaded = loadData(file, { ...(a.values.get("--input-format") ? { format: a.values.get("--input-format")! } : {}), mapping, mode, progress: (m) => io.stderr(`${m}\n`) });
    for (const issue of loaded.issues) io.stderr(`warning: ${file} ${formatPath(issue.path)}: ${issue.message}\n`);
    data.push(...loaded.observations);
  }
  const evaluation = evaluatePlan(p, data, { asOf, mode });
  for (const issue of evaluation.dataIssues) io.stderr(`warning: observations${formatPath(issue.path).replace("(root)", "")}: ${issue.message}\n`);
  const report = buildStatusReport(p, evaluation, lang);
  const colour = (io.isTTY ?? false) && !io.env?.["NO_COLOR"] && format === "text";
  const text =
    format === "json"
      ? `${JSON.stringify({ ...evaluation, report }, null, 2)}\n` // Decimal amounts serialise as strings (toJSON)
      : format === "md"
        ? renderMarkdown(report)
        : format === "html"
          ? renderHtml(report)
          : renderText(report, { colour });
  const out = a.values.get("--out");
  if (out === undefined) io.stdout(text);
  else writeFileSync(out, text);
  return EXIT.ok;
}

function checkAsOf(asOf: string, planPeriod: string): void {
  let end: string;
  try {
    end = periodBounds(parsePeriod(asOf)).end;
  } catch {
    throw new UsageError(`--as-of "${asOf}" is not a date or period`, "use a date like 2026-01-31 or a month like 2026-01");
  }
  const plan = periodBounds(parsePeriod(planPeriod));
  if (end < plan.start || end > plan.end)
    throw new UsageError(`--as-of ${asOf} lies outside the plan period ${planPeriod}`, `pick a date between ${plan.start} and ${plan.end}`);
}

function validate(argv: readonly string[], io: RunIO): number {
  const a = parseArgs(argv, { values: ["--mapping", "--input-format"], positionals: [1, 1] }, "validate");
  const file = a.positionals[0]!;
  const lower = file.toLowerCase();
  if (lower.endsWith(".json") && a.values.get("--input-format") === undefined) {
    const text = new TextDecoder().decode(readBytes(file));
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      io.stderr(`opptrapping: "${file}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.invalid;
    }
    if (data !== null && typeof data === "object" && !Array.isArray(data) && "resultGoals" in data) {
      const r = safeParsePlan(data);
      if (r.success) {
        io.stdout(`${file}: a valid plan (${r.plan.resultGoals.length} result goals, ${r.plan.measures.length} measures)\n`);
        return EXIT.ok;
      }
      io.stderr(`${file}: ${r.error.issues.length} problem${r.error.issues.length === 1 ? "" : "s"}\n`);
      for (const i of r.error.issues) io.stderr(`  ${formatPath(i.path)}: ${i.message} [${i.code}]\n`);
      return EXIT.invalid;
    }
  }
  const mappingPath = a.values.get("--mapping");
  const loaded = loadData(file, { ...(a.values.get("--input-format") ? { format: a.values.get("--input-format")! } : {}), mapping: mappingPath === undefined ? undefined : loadMapping(mappingPath), mode: "lenient" });
  const problems = [...loaded.issues, ...checkObservations(bundledPlan().indicators, loaded.observations).map((i) => ({ ...i, path: ["observations", ...i.path] }))];
  if (problems.length === 0) {
    io.stdout(`${file}: ${loaded.observations.length} valid observation${loaded.observations.length === 1 ? "" : "s"}\n`);
    return EXIT.ok;
  }
  io.stderr(`${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n`);
  for (const i of problems) io.stderr(`  ${formatPath(i.path)}: ${i.message} [${i.code}]\n`);
  return EXIT.invalid;
}

function convert(argv: readonly string[], io: RunIO): number {
  const a = parseArgs(argv, { values: ["--to", "--mapping", "--input-format", "--out"], switches: ["--lenient"], positionals: [1, 1] }, "convert");
  const to = a.values.get("--to");
  if (to === undefined) throw new UsageError("convert needs --to csv|json-stat|px|json", "opptrapping convert --help");
  const target = choice(a, "--to", ["csv", "json-stat", "px", "json"] as const, "json", "convert");
  const mappingPath = a.values.get("--mapping");
  const file = a.positionals[0]!;
  const loaded = loadData(file, { ...(a.values.get("--input-format") ? { format: a.values.get("--input-format")! } : {}), mapping: mappingPath === undefined ? undefined : loadMapping(mappingPath), mode: a.switches.has("--lenient") ? "lenient" : "strict", progress: (m) => io.stderr(`${m}\n`) });
  for (const issue of loaded.issues) io.stderr(`warning: ${file} ${formatPath(issue.path)}: ${issue.message}\n`);
  let text: string;
  if (target === "json") text = toObservationsJson(loaded.observations);
  else {
    const adapter = adapterToolkit().adapter(target) as DataAdapter<unknown>;
    if (!adapter.write) throw new UsageError(`cannot write ${target}`);
    text = adapter.write(loaded.observations);
  }
  const out = a.values.get("--out");
  if (out === undefined) io.stdout(text);
  else writeFileSync(out, text);
  return EXIT.ok;
}
