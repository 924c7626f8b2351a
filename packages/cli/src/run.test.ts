import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planData } from "@opptrapping/psykisk-helse";
import { describe, expect, it } from "vitest";
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

describe("opptrapping status", () => {
  it("prints every result goal, the budget, milestones and data gaps, within 80 columns", () => {
    const { code, stdout, stderr } = exec(["status", "--as-of", "2026-01", "--lang", "en"]);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe("");
    for (const id of ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R5.phbu"]) expect(stdout).toContain(id);
    expect(stdout).toContain("insufficient data"); // R5.phbu: one figure, 37.5 days, and no 2023 baseline
    expect(stdout).toMatch(/NOK\u00a01\.2\u00a0billion/); // no-break spaces keep an amount on one line
    expect(stdout).toContain("Milestones due or overdue");
    expect(stdout).toContain("Data gaps");
    for (const line of stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("uses colours only on a terminal, and never with NO_COLOR", () => {
    expect(exec(["status", "--as-of", "2026-01"], { isTTY: false }).stdout).not.toContain("\u001b[");
    expect(exec(["status", "--as-of", "2026-01"], { isTTY: true }).stdout).toContain("\u001b[");
    expect(exec(["status", "--as-of", "2026-01"], { isTTY: true, env: { NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });

  it("writes Markdown, JSON and self-contained HTML", () => {
    const md = exec(["status", "--as-of", "2026-01", "--format", "md"]).stdout;
    expect(md).toMatch(/^# Opptrappingsplan/);
    expect(md).toContain("| R5.phbu |");
    const json = JSON.parse(exec(["status", "--as-of", "2026-01", "--format", "json"]).stdout) as { asOf: string; budget: { actual: string; onTrack: boolean } };
    expect(json.asOf).toBe("2026-01-31");
    expect(json.budget.actual).toBe("1200000000");
    expect(json.budget.onTrack).toBe(true);
    const html = exec(["status", "--as-of", "2026-01", "--format", "html", "--lang", "en"]).stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toMatch(/<script|<link |src="http/);
  });

  it("rejects an --as-of outside the plan period with one line and a hint", () => {
    const { code, stderr } = exec(["status", "--as-of", "2040-01"]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toBe("opptrapping: --as-of 2040-01 lies outside the plan period 2023/2033\nhint: pick a date between 2023-01-01 and 2033-12-31\n");
  });

  it("rejects unknown flags and bad values without a stack trace", () => {
    const unknown = exec(["status", "--colour"]);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toContain('unknown option "--colour" for "status"');
    expect(unknown.stderr).not.toContain("    at ");
    expect(exec(["status", "--format", "pdf"]).stderr).toContain("--format takes text, md, json, html");
  });

  it("reports a missing data file in one line", () => {
    const { code, stderr } = exec(["status", "--as-of", "2026-01", "--data", join(dir, "nope.csv")]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toBe(`opptrapping: cannot read "${join(dir, "nope.csv")}": no such file\n`);
  });

  it("adds observations from a data file (JSON array)", () => {
    const data = file(
      "more.json",
      JSON.stringify([{ indicatorId: "R5.wait", period: "2023", orgUnit: "NO", dimensions: { service: "PHBU" }, value: 44, flags: ["synthetic"] }]),
    );
    const { code, stdout } = exec(["status", "--as-of", "2026-01", "--lang", "en", "--data", data]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/R5\.phbu[\s\S]*improving/);
  });
});

describe("opptrapping validate", () => {
  it("accepts the bundled plan as JSON", () => {
    const { code, stdout } = exec(["validate", file("plan.json", JSON.stringify(planData))]);
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

  it("lists bad observations in a data file", () => {
    const data = file("bad.json", JSON.stringify([{ indicatorId: "nope", period: "2025", orgUnit: "NO", dimensions: {}, value: 1, flags: [] }]));
    const { code, stderr } = exec(["validate", data]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain('unknown indicator "nope"');
  });

  it("says when a file is not JSON", () => {
    const { code, stderr } = exec(["validate", file("x.json", "{ nope")]);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toMatch(/is not valid JSON/);
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

describe("help and usage", () => {
  it.each(["status", "validate", "convert", "summary"])("has --help for %s", (command) => {
    const { code, stdout } = exec([command, "--help"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain(`opptrapping ${command}`);
  });

  it("prints usage and exits 2 without a command, 2 for an unknown command", () => {
    expect(exec([]).code).toBe(EXIT.usage);
    const unknown = exec(["statuz"]);
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.stderr).toBe('opptrapping: unknown command "statuz"\nhint: opptrapping --help\n');
  });

  it("prints the bundled plan summary", () => {
    const { code, stdout } = exec(["summary", "--lang", "en"]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain("Measures by status");
    expect(readFileSync(new URL("../package.json", import.meta.url), "utf8")).toContain('"opptrapping"');
  });
});
