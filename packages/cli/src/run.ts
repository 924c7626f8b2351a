import { toObservationsJson } from "@opptrapping/adapters";
import { OpptrappingError, formatPath, parsePeriod, periodBounds, safeParsePlan, type Issue, type Observation, type Plan } from "@opptrapping/core";
import { checkObservations, evaluateByLevel, evaluatePlan, type LevelEvaluation, type PlanEvaluation } from "@opptrapping/indicators";
import { observations as bundledObservations, plan as bundledPlan } from "@opptrapping/psykisk-helse";
import { buildReport, formatDateFor, renderHtml, renderMarkdown, renderText, type Lang } from "@opptrapping/report";
import type { DataAdapter } from "@opptrapping/sdk";
import { choice, clip, parseArgs, suggest, UsageError } from "./args.js";
import { fetchCommand } from "./commands/fetchSsb.js";
import { FileError, fileError, readText, writeOutput } from "./files.js";
import { HELP } from "./help.js";
import { adapterToolkit, loadData, loadMapping } from "./load.js";
import { MAPPING_TEMPLATES, mappingTemplate } from "./mappings.js";
import { exportPlan, loadPlanFile, looksLikePlan, parseStructured, planJsonSchema, planProblems } from "./plan.js";
import { renderPlanSummary } from "./summary.js";

/** Where the command writes, and what it knows of its terminal; injectable for tests. */
export interface RunIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (colours are used only then). @default false */
  readonly isTTY?: boolean;
  /** Environment variables (NO_COLOR). @default {} */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Today's date. No command reads it now: `status` defaults `--as-of` to the plan data's
   * vintage (`plan.revision.asOf`), not today.
   * @deprecated kept so callers that pass it still compile; it has no effect.
   */
  readonly today?: string;
}

/** Exit codes. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A command: its arguments (after its name) in, an exit code out (a promise for commands that use the network). */
type Command = (argv: readonly string[], io: RunIO, debug: boolean) => number | Promise<number>;

/**
 * Every command by name; a two-word command (`plan export`) is one entry, and its first word
 * becomes a group (`opptrapping plan` lists it, typos after it get a "did you mean"). Adding a
 * command is one line here and one help text in `help.ts` under the same name. A `Map`, so only these names are commands:
 * `constructor` or `__proto__` are unknown like any other word.
 */
const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  ["status", status],
  ["validate", validate],
  ["convert", convert],
  ["summary", summary],
  ["plan export", planExport],
  ["plan schema", planSchemaCommand],
  ["mappings", mappings],
  ["fetch", fetchCommand], // async: resolves to the exit code, never rejects
]);

/** The help text of a command, own keys only. */
function helpOf(name: string): string | undefined {
  return Object.hasOwn(HELP, name) ? HELP[name as keyof typeof HELP] : undefined;
}

/** The longest error line printed, and how many lines of detail follow it at most. */
const MAX_LINE = 300;
const MAX_DETAIL_LINES = 12;

/** Prints an error as one line (capped), a few lines of detail at most, and a hint. */
function printError(io: RunIO, message: string, hint: string | undefined): void {
  const lines = message.split("\n");
  io.stderr(`opptrapping: ${clip(lines[0] ?? "", MAX_LINE)}\n`);
  const detail = lines.slice(1);
  for (const line of detail.slice(0, MAX_DETAIL_LINES)) io.stderr(`${clip(line, MAX_LINE)}\n`);
  if (detail.length > MAX_DETAIL_LINES) io.stderr(`  … ${detail.length - MAX_DETAIL_LINES} more lines\n`);
  if (hint) io.stderr(`hint: ${clip(hint, MAX_LINE)}\n`);
}

/**
 * Runs the command line and returns the exit code: 0 ok, 1 invalid input (a file with
 * problems, a failed validation, a file that cannot be read or written), 2 usage error
 * (unknown command or flag, bad value). Errors print as one line plus a hint; `--debug` adds
 * the stack. `fetch` talks to the network, so for it the exit code comes as a promise: `await`
 * the result.
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
  const first = args[0];
  try {
    if (first === undefined) {
      io.stderr(HELP.main); // no command is a usage error: the usage goes where errors go
      return EXIT.usage;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      io.stdout(HELP.main);
      return EXIT.ok;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    const two = args[1] === undefined ? undefined : `${first} ${args[1]}`;
    const name = two !== undefined && COMMANDS.has(two) ? two : first;
    const command = COMMANDS.get(name);
    const rest = args.slice(name.split(" ").length);
    const wantsHelp = rest.includes("--help") || rest.includes("-h");
    if (command === undefined) {
      // A group of two-word commands (`plan export`, `plan schema`): its word alone, or a typo after it.
      const subcommands = [...COMMANDS.keys()].filter((k) => k.startsWith(`${first} `)).map((k) => k.slice(first.length + 1));
      if (subcommands.length > 0) {
        const sub = args[1];
        if (wantsHelp && (sub === undefined || sub.startsWith("-"))) {
          io.stdout(helpOf(first) ?? `opptrapping ${first} ${subcommands.join("|")}\n`);
          return EXIT.ok;
        }
        if (sub === undefined || sub.startsWith("-")) throw new UsageError(`"${first}" needs a subcommand: ${subcommands.join(", ")}`, `opptrapping ${first} --help`);
        const near = suggest(sub, subcommands);
        throw new UsageError(`unknown subcommand "${first} ${clip(sub)}"${near ? `; did you mean "${first} ${near}"?` : ""}`, `opptrapping ${first} --help`);
      }
      const near = suggest(first, [...new Set([...COMMANDS.keys()].map((k) => k.split(" ")[0]!))]);
      throw new UsageError(`unknown command "${clip(first)}"${near ? `; did you mean "${near}"?` : ""}`, "opptrapping --help");
    }
    if (wantsHelp) {
      io.stdout(helpOf(name) ?? HELP.main);
      return EXIT.ok;
    }
    return command(rest, io, debug);
  } catch (error) {
    if (error instanceof UsageError) {
      printError(io, error.message, error.hint);
      if (debug) io.stderr(`${error.stack ?? ""}\n`);
      return EXIT.usage;
    }
    if (error instanceof OpptrappingError) {
      printError(io, error.message, error instanceof FileError ? error.hint : undefined);
      if (debug) io.stderr(`${error.stack ?? ""}\n`);
      return EXIT.invalid;
    }
    if (debug) throw error;
    // A file-system failure nobody wrapped is still an I/O error with a hint, not a crash.
    if (error !== null && typeof error === "object" && "syscall" in error) {
      const path = "path" in error && typeof error.path === "string" ? error.path : "?";
      const e = fileError(error, path, "syscall" in error && String(error.syscall).startsWith("open") ? "read" : "write");
      printError(io, e.message, e.hint);
      return EXIT.invalid;
    }
    printError(io, `unexpected error: ${error instanceof Error ? error.message : String(error)}`, "run again with --debug for the stack trace, and report it");
    return EXIT.invalid;
  }
}


/** Writes a command's output to `--out` or standard output. */
function emit(io: RunIO, out: string | undefined, text: string): void {
  if (out === undefined) io.stdout(text);
  else writeOutput(out, text);
}

const LANGS = ["nb", "nn", "en"] as const satisfies readonly Lang[];

function status(argv: readonly string[], io: RunIO): number {
  const a = parseArgs(argv, { values: ["--as-of", "--format", "--lang", "--mapping", "--input-format", "--out", "--plan", "--by"], repeatable: ["--data", "--goal"], switches: ["--lenient"] }, "status");
  const format = choice(a, "--format", ["text", "md", "json", "html"] as const, "text", "status");
  const lang: Lang = choice(a, "--lang", LANGS, "nb", "status");
  const planPath = a.values.get("--plan");
  const p: Plan = planPath === undefined ? bundledPlan() : loadPlanFile(planPath);
  // The data's vintage, not today: the plan data knows nothing later (issue 10, "Vintage").
  const asOf = a.values.get("--as-of") ?? p.revision.asOf;
  checkAsOf(asOf, p);
  const mode = a.switches.has("--lenient") ? "lenient" : "strict";
  const mappingPath = a.values.get("--mapping");
  const mapping = mappingPath === undefined ? undefined : loadMapping(mappingPath);
  const data: Observation[] = [...bundledObservations()];
  for (const file of a.lists.get("--data") ?? []) {
    const loaded = loadData(file, { ...(a.values.get("--input-format") ? { format: a.values.get("--input-format")! } : {}), mapping, mode, progress: (m) => io.stderr(`${m}\n`) });
    if (loaded.template) io.stderr(`note: reading ${clip(file, 120)} with the shipped mapping "${loaded.template}"\n`);
    warnIssues(io, clip(file, 120), loaded.issues);
    data.push(...loaded.observations);
  }
  if (a.values.has("--by")) {
    const level = choice(a, "--by", ["rhf", "hf", "county"] as const, "rhf", "status");
    const byLevel = evaluateByLevel(p, data, { asOf, mode, level });
    for (const unit of byLevel.units) warnIssues(io, unit.orgUnit, unit.dataIssues);
    const text = format === "json" ? `${JSON.stringify(byLevel, null, 2)}\n` : renderByLevel(byLevel, lang);
    emit(io, a.values.get("--out"), text);
    return EXIT.ok;
  }
  const evaluation = onlyGoals(evaluatePlan(p, data, { asOf, mode }), a.lists.get("--goal") ?? [], p);
  warnIssues(io, "observations", evaluation.dataIssues);
  const report = buildReport(p, evaluation, { lang });
  const colour = (io.isTTY ?? false) && !io.env?.["NO_COLOR"] && format === "text";
  const { messages: _messages, ...model } = report;
  const text =
    format === "json"
      ? `${JSON.stringify({ ...evaluation, report: model }, null, 2)}\n` // Decimal amounts serialise as strings (toJSON)
      : format === "md"
        ? renderMarkdown(report)
        : format === "html"
          ? renderHtml(report)
          : renderText(report, { colour });
  emit(io, a.values.get("--out"), text);
  return EXIT.ok;
}

const BY_LEVEL_WORDS = {
  nb: { title: "Per", rhf: "regionalt helseforetak", hf: "helseforetak", county: "fylke", none: "Ingen observasjoner på dette nivået.", line: (c: Record<string, number>, assessed: number, total: number) => `${c["onTrack"]! + c["achieved"]!} i rute · ${c["atRisk"]} i fare · ${c["offTrack"]} ikke i rute · ${c["insufficientData"]} uten nok data (${assessed} av ${total} mål vurdert)` },
  nn: { title: "Per", rhf: "regionalt helseføretak", hf: "helseføretak", county: "fylke", none: "Ingen observasjonar på dette nivået.", line: (c: Record<string, number>, assessed: number, total: number) => `${c["onTrack"]! + c["achieved"]!} i rute · ${c["atRisk"]} i fare · ${c["offTrack"]} ikkje i rute · ${c["insufficientData"]} utan nok data (${assessed} av ${total} mål vurderte)` },
  en: { title: "By", rhf: "regional health authority", hf: "health trust", county: "county", none: "No observations at this level.", line: (c: Record<string, number>, assessed: number, total: number) => `${c["onTrack"]! + c["achieved"]!} on track · ${c["atRisk"]} at risk · ${c["offTrack"]} off track · ${c["insufficientData"]} without enough data (${assessed} of ${total} targets assessed)` },
} as const;

/** One line per unit: its targets by status and how many were assessed. */
function renderByLevel(e: LevelEvaluation, lang: Lang): string {
  const w = BY_LEVEL_WORDS[lang];
  const lines = [`${w.title} ${w[e.level]} — ${formatDateFor(e.asOf, lang)}`, ""];
  if (e.units.length === 0) lines.push(w.none);
  const width = Math.max(0, ...e.units.map((u) => u.orgUnit.length));
  for (const u of e.units) lines.push(`${u.orgUnit.padEnd(width)}  ${w.line(u.counts, u.coverage.assessed, u.coverage.total)}`);
  return `${lines.join("\n")}\n`;
}

/** Prints at most a few warnings, then how many more there were. */
function warnIssues(io: RunIO, where: string, issues: readonly Issue[], max = 10): void {
  for (const issue of issues.slice(0, max)) {
    const path = clip(formatPath(issue.path), 80).replace("(root)", "");
    io.stderr(`warning: ${where}${path === "" ? "" : ` ${path}`}: ${clip(issue.message, 200)}\n`);
  }
  if (issues.length > max) io.stderr(`warning: … and ${issues.length - max} more\n`);
}

/** Keeps the goals (and targets) asked for by `--goal`; an unknown id is a usage error with the nearest match. */
function onlyGoals(e: PlanEvaluation, ids: readonly string[], plan: Plan): PlanEvaluation {
  if (ids.length === 0) return e;
  const goalIds = plan.resultGoals.map((g) => g.id);
  const targetIds = plan.resultGoals.flatMap((g) => g.targets.map((t) => t.id));
  for (const id of ids)
    if (!goalIds.includes(id) && !targetIds.includes(id)) {
      const near = suggest(id, [...goalIds, ...targetIds]);
      throw new UsageError(`unknown result goal or target "${clip(id)}"${near ? `; did you mean "${near}"?` : ""}`, `the plan's goals: ${goalIds.join(", ")}`);
    }
  const goals = e.goals
    .map((g) => (ids.includes(g.goalId) ? g : { ...g, assessments: g.assessments.filter((x) => ids.includes(x.targetId)) }))
    .filter((g) => ids.includes(g.goalId) || g.assessments.length > 0);
  const kept = new Set(goals.map((g) => g.goalId));
  // The plan's coverage counts the targets shown; each goal keeps its own (the whole goal's).
  const shown = goals.flatMap((g) => g.assessments);
  const missing = shown.filter((x) => x.status === "insufficientData").map((x) => x.targetId);
  return {
    ...e,
    goals,
    coverage: { assessed: shown.length - missing.length, total: shown.length, missing },
    areas: e.areas.filter((x) => x.goalIds.some((g) => kept.has(g))).map((x) => ({ ...x, goalIds: x.goalIds.filter((g) => kept.has(g)) })),
    dataGaps: e.dataGaps.filter((d) => goals.some((g) => g.assessments.some((x) => x.targetId === d.targetId))),
  };
}

/**
 * An `--as-of` must be a date or period from the plan's start to the end of its plan period or
 * its last target deadline, whichever is later (the bundled plan: 2023 to 2040, since R6's
 * capacity target runs to 2040).
 */
function checkAsOf(asOf: string, plan: Plan): void {
  let end: string;
  try {
    end = periodBounds(parsePeriod(asOf)).end;
  } catch {
    throw new UsageError(`--as-of "${clip(asOf)}" is not a date or period`, "use a date like 2026-01-31 or a month like 2026-01");
  }
  const period = periodBounds(parsePeriod(plan.period));
  const lastDeadline = Math.max(0, ...plan.resultGoals.flatMap((g) => g.targets.map((t) => (t.deadline.kind === "year" ? t.deadline.year : 0))));
  const last = lastDeadline > Number(period.end.slice(0, 4)) ? `${lastDeadline}-12-31` : period.end;
  if (end < period.start || end > last)
    throw new UsageError(`--as-of ${clip(asOf)} lies outside ${plan.period === `${period.start.slice(0, 4)}/${last.slice(0, 4)}` ? "the plan period" : "the plan period and its targets' deadlines"} (${period.start} to ${last})`, `pick a date between ${period.start} and ${last}`);
}

/** Prints "FILE: N problems" and at most 20 of them. */
function listProblems(io: RunIO, file: string, problems: readonly Issue[]): void {
  io.stderr(`${clip(file, 120)}: ${problems.length} problem${problems.length === 1 ? "" : "s"}\n`);
  for (const line of planProblems(problems)) io.stderr(`${line}\n`);
}

function validate(argv: readonly string[], io: RunIO): number {
  const a = parseArgs(argv, { values: ["--mapping", "--input-format"], positionals: [1, 1] }, "validate");
  const file = a.positionals[0]!;
  const structured = /\.(json|ya?ml)$/i.test(file) && a.values.get("--input-format") === undefined && a.values.get("--mapping") === undefined;
  if (structured) {
    const data = parseStructured(file, readText(file));
    if (looksLikePlan(data)) {
      const r = safeParsePlan(data);
      if (r.success) {
        io.stdout(`${clip(file, 120)}: a valid plan (${r.plan.resultGoals.length} result goals, ${r.plan.measures.length} measures)\n`);
        return EXIT.ok;
      }
      listProblems(io, file, r.error.issues);
      return EXIT.invalid;
    }
    if (/\.ya?ml$/i.test(file)) throw new FileError("not_a_plan", `"${clip(file, 120)}" is not a plan, and data is not read from YAML`, "write data as .csv, .json, .jsonstat or .px; a plan needs the fields of: opptrapping plan schema");
  }
  const mappingPath = a.values.get("--mapping");
  const loaded = loadData(file, { ...(a.values.get("--input-format") ? { format: a.values.get("--input-format")! } : {}), mapping: mappingPath === undefined ? undefined : loadMapping(mappingPath), mode: "lenient" });
  const problems = [...loaded.issues, ...checkObservations(bundledPlan().indicators, loaded.observations).map((i) => ({ ...i, path: ["observations", ...i.path] }))];
  const via = loaded.template ? ` (read with the shipped mapping "${loaded.template}")` : "";
  if (problems.length === 0) {
    io.stdout(`${clip(file, 120)}: ${loaded.observations.length} valid observation${loaded.observations.length === 1 ? "" : "s"}${via}\n`);
    return EXIT.ok;
  }
  if (via) io.stderr(`note: ${via.slice(2, -1)}\n`);
  listProblems(io, file, problems);
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
  if (loaded.template) io.stderr(`note: reading ${clip(file, 120)} with the shipped mapping "${loaded.template}"\n`);
  warnIssues(io, clip(file, 120), loaded.issues);
  let text: string;
  if (target === "json") text = toObservationsJson(loaded.observations);
  else {
    const adapter = adapterToolkit().adapter(target) as DataAdapter<unknown>;
    if (!adapter.write) throw new UsageError(`cannot write ${target}`);
    text = adapter.write(loaded.observations);
  }
  emit(io, a.values.get("--out"), text);
  return EXIT.ok;
}

function summary(argv: readonly string[], io: RunIO): number {
  const a = parseArgs(argv, { values: ["--lang"] }, "summary");
  io.stdout(renderPlanSummary(bundledPlan(), { lang: choice(a, "--lang", ["nb", "en"] as const, "nb", "summary"), observations: bundledObservations() }));
  return EXIT.ok;
}

function planExport(argv: readonly string[], io: RunIO): number {
  const a = parseArgs(argv, { values: ["--format", "--out"] }, "plan export");
  const out = a.values.get("--out");
  const fallback = out !== undefined && /\.ya?ml$/i.test(out) ? "yaml" : "json";
  emit(io, out, exportPlan(choice(a, "--format", ["json", "yaml"] as const, fallback, "plan export")));
  return EXIT.ok;
}

function planSchemaCommand(argv: readonly string[], io: RunIO): number {
  const a = parseArgs(argv, { values: ["--out"] }, "plan schema");
  emit(io, a.values.get("--out"), `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  return EXIT.ok;
}

function mappings(argv: readonly string[], io: RunIO): number {
  const a = parseArgs(argv, { values: ["--show"] }, "mappings");
  const show = a.values.get("--show");
  if (show !== undefined) {
    const template = mappingTemplate(show);
    if (!template) {
      const near = suggest(show, MAPPING_TEMPLATES.map((t) => t.name));
      throw new UsageError(`no shipped mapping "${clip(show)}"${near ? `; did you mean "${near}"?` : ""}`, "opptrapping mappings");
    }
    io.stdout(`${JSON.stringify(template.mapping, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const t of MAPPING_TEMPLATES) io.stdout(`${t.name} (${t.format})\n  ${t.description}\n`);
  return EXIT.ok;
}
