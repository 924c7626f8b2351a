import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planData } from "@opptrapping/psykisk-helse";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { EXIT, run, type RunIO } from "./run.js";

function exec(argv: readonly string[], io: Partial<RunIO> = {}) {
  let stdout = "";
  let stderr = "";
  const code = run(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), today: "2026-01-31", ...io });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), "opptrapping-cli-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const example = new URL("../../../examples/data/ssb-ventetid.json", import.meta.url).pathname;

describe("opptrapping status", () => {
  it("puts the headline first, then every result goal, the budget, milestones and data gaps, within 80 columns", () => {
    const { code, stdout, stderr } = exec(["status", "--as-of", "2026-01", "--lang", "en"]);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    // R5 off track on TSB (33 days in 2023 against < 30, moving away); the seven others without enough data.
    expect(lines.slice(0, 6).join("\n")).toContain("0 of 8 result goals on track · 0 at risk · 1 off track · 7 without enough data");
    for (const id of ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"]) expect(stdout).toContain(`● ${id} `);
    expect(stdout).toContain("PHBU < 35\u00a0days, in the long run");
    expect(stdout).toContain("off track · 33\u00a0days (2023)");
    expect(stdout).toMatch(/NOK\u00a01\.2\u00a0billion/); // no-break spaces keep an amount on one line
    expect(stdout).toMatch(/Data as of June–December 2025; measure and milestone states as of 19 January\s+2026, not updated since/);
    expect(stdout).toContain("Calculation (the library's, not the source's)");
    expect(stdout).toContain("Milestones due or overdue");
    expect(stdout).toContain("What lacks data");
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it.each(["nb", "nn", "en"])("fits 80 columns in %s too", (lang) => {
    for (const line of exec(["status", "--as-of", "2026-01", "--lang", lang]).stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("writes bokmål by default and nynorsk on request", () => {
    expect(exec(["status", "--as-of", "2026-01"]).stdout).toContain("0 av 8 resultatmål i rute · 0 i fare · 1 ikke i rute · 7 uten nok data");
    expect(exec(["status", "--as-of", "2026-01", "--lang", "nn"]).stdout).toContain("0 av 8 resultatmål i rute · 0 i fare · 1 ikkje i rute · 7 utan nok data");
  });

  it("uses colours only on a terminal, and never with NO_COLOR", () => {
    expect(exec(["status", "--as-of", "2026-01"], { isTTY: false }).stdout).not.toContain("\u001b[");
    expect(exec(["status", "--as-of", "2026-01"], { isTTY: true }).stdout).toContain("\u001b[");
    expect(exec(["status", "--as-of", "2026-01"], { isTTY: true, env: { NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });

  it("writes Markdown, JSON and self-contained HTML", () => {
    const md = exec(["status", "--as-of", "2026-01", "--format", "md"]).stdout;
    expect(md).toMatch(/^# Opptrappingsplan/);
    expect(md).toContain("**0 av 8 resultatmål i rute · 0 i fare · 1 ikke i rute · 7 uten nok data**");
    const json = JSON.parse(exec(["status", "--as-of", "2026-01", "--format", "json"]).stdout) as {
      asOf: string;
      budget: { claim: { stated: string; range: { low: string; high: string } }; calculation: { kind: string; verdict: string }; readings: string };
      report: { headline: { counts: { offTrack: number } }; budget: { verdict: string } };
    };
    expect(json.asOf).toBe("2026-01-31");
    // Decimal amounts serialise as strings: 1.2 bn "om lag", read as ±5 %.
    expect(json.budget.claim.stated).toBe("1200000000");
    expect(json.budget.claim.range).toEqual({ low: "1140000000", high: "1260000000" });
    expect(json.budget.calculation).toMatchObject({ kind: "computed", verdict: "onTrack" });
    expect(json.budget.readings).toBe("disagree");
    expect(json.report.budget.verdict).toBe("onTrack");
    expect(json.report.headline.counts.offTrack).toBe(1);
    const html = exec(["status", "--as-of", "2026-01", "--format", "html", "--lang", "en"]).stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toMatch(/<script|<link |src="http/);
  });

  it("defaults --as-of to the data's vintage (19 January 2026), not today", () => {
    const { code, stdout } = exec(["status", "--lang", "en"], { today: "2031-06-30" });
    expect(code).toBe(EXIT.ok);
    expect(stdout.split("\n")[0]).toBe("Escalation plan for mental health (2023–2033) — as of 19 January 2026");
    expect(stdout).not.toContain("not updated since");
  });

  it("accepts an --as-of after 2033, up to the last target deadline (R6: 2040), and says the states are not updated since", () => {
    const { code, stdout } = exec(["status", "--as-of", "2040-06", "--lang", "en"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("as of 30 June 2040");
    expect(stdout).toContain("Measure states as of 19 January 2026, not updated since.");
  });

  it("rejects an --as-of outside the plan's years with one line and a hint", () => {
    const late = exec(["status", "--as-of", "2041-01"]);
    expect(late.code).toBe(EXIT.usage);
    expect(late.stderr).toBe("opptrapping: --as-of 2041-01 lies outside the plan period and its targets' deadlines (2023-01-01 to 2040-12-31)\nhint: pick a date between 2023-01-01 and 2040-12-31\n");
    const early = exec(["status", "--as-of", "2022-12-31"]);
    expect(early.code).toBe(EXIT.usage);
    expect(early.stderr).toContain("lies outside the plan period");
  });

  it("rejects unknown flags and bad values without a stack trace, suggesting the nearest flag", () => {
    const unknown = exec(["status", "--lnag", "en"]);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toBe('opptrapping: unknown option "--lnag" for "status"; did you mean --lang?\nhint: opptrapping status --help\n');
    expect(exec(["status", "--colour"]).stderr).toContain('unknown option "--colour" for "status"\n');
    expect(exec(["status", "--format", "pdf"]).stderr).toContain("--format takes text, md, json, html");
  });

  it("reports a missing data file in one line with a hint", () => {
    const { code, stderr } = exec(["status", "--as-of", "2026-01", "--data", join(dir, "nope.csv")]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toBe(`opptrapping: cannot read "${join(dir, "nope.csv")}": no such file\nhint: check the path, or list the folder with ls\n`);
  });

  it("adds observations from a data file (JSON array)", () => {
    // SYNTHETIC: a made-up annual PHBU figure for 2023 after the bundled 53 days of 2022.
    const data = file(
      "more.json",
      JSON.stringify([{ indicatorId: "R5.wait", period: "2023", orgUnit: "NO", dimensions: { service: "PHBU" }, value: 49, flags: ["synthetic"] }]),
    );
    const { code, stdout } = exec(["status", "--as-of", "2026-01", "--lang", "en", "--data", data]);
    expect(code).toBe(EXIT.ok);
    // 53 days in 2022, 49 in 2023: down 4 days a year.
    expect(stdout).toContain("↓ 4\u00a0days a year, improving");
  });

  it("reads the SSB example with the shipped mapping and says so; its months are set aside beside the bundled half-year figure, not refused", () => {
    const { code, stderr } = exec(["status", "--as-of", "2026-01", "--data", example]);
    expect(stderr).toContain('with the shipped mapping "ssb-ventetid"');
    // Months are not R5's reporting period (tertials): they are left off the trajectory, so
    // 2025-11 inside June–December 2025 is no overlap to refuse.
    expect(code).toBe(EXIT.ok);
    expect(stderr).not.toContain("overlap in time");
  });

  it("evaluates each county with --by county: one line per unit, its targets by status and coverage", () => {
    // SYNTHETIC TSB waits: Oslo (0301) 30 → 28 days, Bergen (4601) 35 → 38, against < 30.
    const row = (orgUnit: string, period: string, value: number) => ({ indicatorId: "R5.wait", period, orgUnit, dimensions: { service: "TSB" }, value, count: 100, flags: ["synthetic"] });
    const data = file("counties.json", JSON.stringify([row("0301", "2023", 30), row("0301", "2025", 28), row("4601", "2023", 35), row("4601", "2025", 38)]));
    const r = exec(["status", "--by", "county", "--data", data, "--lang", "en"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe(
      "By county — 19 January 2026\n\n" +
        "03  1 on track · 0 at risk · 0 off track · 11 without enough data (1 of 12 targets assessed)\n" +
        "46  0 on track · 0 at risk · 1 off track · 11 without enough data (1 of 12 targets assessed)\n",
    );
    expect(exec(["status", "--by", "region", "--data", data]).code).toBe(EXIT.usage);
  });

  it("shows only the goals and targets asked for, and suggests the nearest id for a typo", () => {
    const only = exec(["status", "--as-of", "2026-01", "--lang", "en", "--goal", "R5.phbu"]);
    expect(only.code).toBe(EXIT.ok);
    // The goal keeps its own status (off track on TSB); the coverage counts the target shown.
    expect(only.stdout).toContain("0 of 1 result goal on track · 0 at risk · 1 off track · 0 without enough data");
    expect(only.stdout).toContain("Assessed: 0 of 1 target, 1 of 1 result goal");
    expect(only.stdout).not.toContain("PHV < 40");
    const typo = exec(["status", "--goal", "R5.phb"]);
    expect(typo.code).toBe(EXIT.usage);
    expect(typo.stderr).toContain('unknown result goal or target "R5.phb"; did you mean "R5.phbu"?');
  });
});

describe("file-system errors are one line with a hint (issue 15, item 11)", () => {
  it("--out into a folder that does not exist", () => {
    const { code, stderr } = exec(["status", "--as-of", "2026-01", "--out", "/nonexistent/dir/x"]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toBe('opptrapping: cannot write "/nonexistent/dir/x": the folder "/nonexistent/dir" does not exist\nhint: create the folder first, or pick another --out\n');
  });

  it("--out naming a folder, and a folder given as a data file", () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder, { recursive: true });
    const out = exec(["plan", "schema", "--out", folder]);
    expect(out.code).toBe(EXIT.invalid);
    expect(out.stderr).toMatch(/^opptrapping: cannot write ".*a-folder": it is a folder, not a file\nhint: add a file name/);
    const data = exec(["validate", folder]);
    expect(data.code).not.toBe(EXIT.ok);
    expect(data.stderr.split("\n").filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(exec(["status", "--data", folder]).stderr).toMatch(/it is a folder, not a file\nhint: name a file inside it\n$/);
  });

  it("--out under a path whose parent is a file", () => {
    const plain = file("plain.txt", "x");
    const { code, stderr } = exec(["plan", "export", "--out", join(plain, "plan.json")]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain("a part of the path is a file, not a folder\nhint: check the path\n");
  });

  it("caps long error messages and lists at most a few problems", () => {
    // A CSV header of 400 repeated columns: the adapter's message lists them; the CLI caps it.
    const header = Array.from({ length: 400 }, () => "kolonne_med_et_langt_navn").join(",");
    const csv = file("dup.csv", `${header}\n${Array.from({ length: 400 }, () => "1").join(",")}\n`);
    const { code, stderr } = exec(["validate", csv]);
    expect(code).not.toBe(EXIT.ok);
    for (const line of stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(320);
    expect(stderr.length).toBeLessThan(6000);
    const many = file("many.json", JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ indicatorId: `nope${i}`, period: "2025", orgUnit: "NO", dimensions: {}, value: 1, flags: [] }))));
    const listed = exec(["validate", many]);
    expect(listed.stderr).toContain("50 problems");
    expect(listed.stderr).toContain("… and 30 more");
    expect(listed.stderr.split("\n").filter((l) => l.startsWith("  observations")).length).toBe(20);
  });
});

describe("opptrapping validate", () => {
  it("accepts the bundled plan as JSON and as YAML", () => {
    expect(exec(["validate", file("plan.json", JSON.stringify(planData))]).stdout).toContain("a valid plan (8 result goals");
    const yaml = exec(["plan", "export", "--format", "yaml"]).stdout;
    const { code, stdout } = exec(["validate", file("plan.yaml", yaml)]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("a valid plan (8 result goals");
  });

  it("lists every problem of a broken plan and exits 1", () => {
    const broken = structuredClone(planData) as unknown as { measures: { goalIds: string[] }[]; indicators: { id: string }[] };
    broken.measures[0]!.goalIds = ["R99"];
    broken.indicators[1]!.id = broken.indicators[0]!.id;
    const { code, stderr } = exec(["validate", file("broken.json", JSON.stringify(broken))]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain("measures[0].goalIds[0]: unknown result goal \"R99\" [dangling_reference]");
    expect(stderr).toContain("[duplicate_id]");
  });

  it("recognises a plan by the schema, not by one key: a plan without resultGoals is still checked as a plan", () => {
    const { resultGoals: _dropped, ...rest } = planData as unknown as Record<string, unknown>;
    const { code, stderr } = exec(["validate", file("no-goals.json", JSON.stringify(rest))]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toMatch(/resultGoals: .*\[invalid_type\]/);
  });

  it("validates the SSB example with the shipped mapping", () => {
    const { code, stdout } = exec(["validate", example]);
    expect(code).toBe(EXIT.ok);
    // 4 regions × 3 months; Helse Nord's October is ".." (missing), still an observation.
    expect(stdout).toBe(`${example}: 12 valid observations (read with the shipped mapping "ssb-ventetid")\n`);
  });

  it("lists bad observations in a data file", () => {
    const data = file("bad.json", JSON.stringify([{ indicatorId: "nope", period: "2025", orgUnit: "NO", dimensions: {}, value: 1, flags: [] }]));
    const { code, stderr } = exec(["validate", data]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain('unknown indicator "nope"');
  });

  it("says when a file is not JSON or not YAML", () => {
    const json = exec(["validate", file("x.json", "{ nope")]);
    expect(json.code).toBe(EXIT.invalid);
    expect(json.stderr).toMatch(/is not valid JSON/);
    const yaml = exec(["validate", file("x.yaml", "a: [1, 2\n")]);
    expect(yaml.code).toBe(EXIT.invalid);
    expect(yaml.stderr).toMatch(/is not valid YAML/);
  });
});

describe("opptrapping plan", () => {
  it("exports the bundled plan as JSON and YAML that read back to the same data", () => {
    expect(JSON.parse(exec(["plan", "export"]).stdout)).toEqual(JSON.parse(JSON.stringify(planData)));
    expect(parseYaml(exec(["plan", "export", "--format", "yaml"]).stdout)).toEqual(JSON.parse(JSON.stringify(planData)));
    const out = join(dir, "exported.yaml");
    expect(exec(["plan", "export", "--out", out]).code).toBe(EXIT.ok);
    expect(readFileSync(out, "utf8")).toMatch(/^id: /); // YAML by the file name
  });

  it("evaluates an exported plan file with the same result as the bundled plan", () => {
    const yaml = file("mine.yaml", exec(["plan", "export", "--format", "yaml"]).stdout);
    const json = file("mine.json", exec(["plan", "export"]).stdout);
    const bundled = exec(["status", "--as-of", "2026-01", "--format", "json"]).stdout;
    expect(exec(["status", "--as-of", "2026-01", "--format", "json", "--plan", yaml]).stdout).toBe(bundled);
    expect(exec(["status", "--as-of", "2026-01", "--format", "json", "--plan", json]).stdout).toBe(bundled);
  });

  it("evaluates an edited plan, and refuses a file that is not a plan", () => {
    const edited = structuredClone(planData) as unknown as { resultGoals: { id: string; targets: { id: string; value?: number }[] }[] };
    const phbu = edited.resultGoals.find((g) => g.id === "R5")!.targets.find((t) => t.id === "R5.phbu")!;
    phbu.value = 40; // 37.5 days now meets "< 40"
    const { stdout } = exec(["status", "--as-of", "2026-01", "--lang", "en", "--plan", file("edited.json", JSON.stringify(edited))]);
    expect(stdout).toContain("PHBU < 40\u00a0days, in the long run");
    const notPlan = exec(["status", "--plan", file("list.json", "[1, 2]")]);
    expect(notPlan.code).toBe(EXIT.invalid);
    expect(notPlan.stderr).toContain("is not a plan");
  });

  it("prints the plan's JSON Schema from the zod schemas", () => {
    const schema = JSON.parse(exec(["plan", "schema"]).stdout) as { $schema: string; required: string[]; properties: Record<string, { type?: string }> };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(expect.arrayContaining(["id", "title", "period", "resultGoals", "indicators", "sources", "revision"]));
    expect(schema.properties["resultGoals"]?.type).toBe("array");
  });

  it("lists the subcommands when one is missing", () => {
    const { code, stderr } = exec(["plan"]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toBe('opptrapping: "plan" needs a subcommand: export, schema\nhint: opptrapping plan --help\n');
  });

  it("suggests the nearest subcommand", () => {
    const { code, stderr } = exec(["plan", "exprot"]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain('unknown subcommand "plan exprot"; did you mean "plan export"?');
  });
});

describe("help and usage", () => {
  it.each(["status", "validate", "convert", "summary", "plan", "mappings"])("has --help for %s", (command) => {
    const { code, stdout } = exec([command, "--help"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain(`opptrapping ${command}`);
  });

  it("has --help for the two-word commands", () => {
    expect(exec(["plan", "export", "--help"]).stdout).toContain("opptrapping plan export —");
    expect(exec(["plan", "schema", "-h"]).stdout).toContain("opptrapping plan schema —");
  });

  it("prints usage and exits 2 without a command, 2 for an unknown command with the nearest match", () => {
    expect(exec([]).code).toBe(EXIT.usage);
    const unknown = exec(["statuz"]);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toBe('opptrapping: unknown command "statuz"; did you mean "status"?\nhint: opptrapping --help\n');
    expect(exec(["frobnicate"]).stderr).toBe('opptrapping: unknown command "frobnicate"\nhint: opptrapping --help\n');
  });

  it.each(["constructor", "__proto__", "valueOf", "toString", "hasOwnProperty", "main", "prototype"])("treats %s as an unknown command (exit 2), with or without --help", (name) => {
    for (const argv of [[name], [name, "--help"], ["plan", name]]) {
      const { code, stderr } = exec(argv);
      expect(code).toBe(EXIT.usage);
      expect(stderr).toMatch(/^opptrapping: unknown (sub)?command/);
      expect(stderr).not.toContain("unexpected error");
    }
  });

  it("lists the shipped mappings and prints one", () => {
    expect(exec(["mappings"]).stdout).toContain("ssb-ventetid (json-stat)");
    expect(JSON.parse(exec(["mappings", "--show", "ssb-ventetid"]).stdout)).toMatchObject({ indicator: { fixed: "R5.wait" } });
    expect(exec(["mappings", "--show", "ssb-ventetd"]).stderr).toContain('did you mean "ssb-ventetid"?');
  });

  it("prints the bundled plan summary", () => {
    const { code, stdout } = exec(["summary", "--lang", "en"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("Measures by status");
    expect(readFileSync(new URL("../package.json", import.meta.url), "utf8")).toContain('"opptrapping"');
  });
});

describe("opptrapping convert", () => {
  const obs = [
    { indicatorId: "R5.wait", period: "2025-06", orgUnit: "0301", dimensions: { service: "PHBU" }, value: 37.5, count: 120, flags: [] },
    { indicatorId: "R5.wait", period: "2025-06", orgUnit: "4601", dimensions: { service: "PHBU" }, value: null, flags: ["suppressed"] },
  ];
  it.each(["csv", "json-stat", "px"] as const)("converts JSON → %s → JSON without loss", (format) => {
    const input = file("obs.json", JSON.stringify(obs));
    const out = join(dir, `obs.${format === "json-stat" ? "jsonstat" : format}`);
    expect(exec(["convert", input, "--to", format, "--out", out]).code).toBe(EXIT.ok);
    const back = exec(["convert", out, "--to", "json"]);
    expect(back.code).toBe(EXIT.ok);
    expect(JSON.parse(back.stdout)).toEqual(obs);
  });

  it("needs --to", () => {
    expect(exec(["convert", "x.csv"]).stderr).toContain("convert needs --to");
  });
});
