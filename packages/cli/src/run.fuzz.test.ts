import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArgs, UsageError, type ArgSpec } from "./args.js";
import { EXIT, run } from "./run.js";

// Seeded and bounded: the same cases every run, a fixed budget that fits CI.
const SEED = 20260131;
const dir = mkdtempSync(join(tmpdir(), "opptrapping-fuzz-"));
const plainFile = join(dir, "plain.txt");
writeFileSync(plainFile, "x");
const jsonFile = join(dir, "obs.json");
writeFileSync(jsonFile, JSON.stringify([{ indicatorId: "R5.wait", period: "2025", orgUnit: "NO", dimensions: { service: "PHBU" }, value: 40, flags: [] }]));

const PROTO = ["constructor", "__proto__", "valueOf", "toString", "hasOwnProperty", "prototype", "isPrototypeOf", "__defineGetter__", "main"];
const COMMANDS = ["status", "validate", "convert", "summary", "plan", "export", "schema", "mappings", "help", "--help", "-h", "--version", "--debug", ...PROTO];
const FLAGS = ["--as-of", "--data", "--format", "--lang", "--mapping", "--input-format", "--out", "--plan", "--goal", "--to", "--show", "--lenient", "--", "--help", ...PROTO.map((p) => `--${p}`)];
// Paths the fuzzer may name: only files in its own temporary folder, and ones that cannot exist.
const VALUES = ["2026-01", "2040-01", "x", "", "nb", "en", "nn", "html", "md", "json", "yaml", "csv", "px", "R5", "R5.phbu", "ssb-ventetid", plainFile, jsonFile, dir, join(dir, "out.txt"), join(dir, "new", "out.txt"), join(plainFile, "x"), "/nonexistent/dir/x", "€".repeat(400), ...PROTO];

const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 3, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((s) => `--${s}`) },
  // `--flag=value` forms, with a path only from the safe list above.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES)).map(([f, v]) => `${f}=${v}`) },
);
const argv = fc.tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 6 })).map(([c, rest]) => [c, ...rest]);

describe("fuzzing the command line (seeded)", () => {
  it("never throws, exits 0, 1 or 2, never says 'unexpected error', and keeps every error line short", () => {
    fc.assert(
      fc.property(argv, (args) => {
        let stderr = "";
        const code = run(args, { stdout: () => {}, stderr: (s) => void (stderr += s), today: "2026-01-31" });
        expect([EXIT.ok, EXIT.invalid, EXIT.usage]).toContain(code);
        expect(stderr).not.toContain("unexpected error");
        if (!args.includes("--debug")) {
          expect(stderr).not.toMatch(/^\s+at /m); // no stack trace without --debug
          for (const line of stderr.split("\n")) expect([...line].length).toBeLessThanOrEqual(320);
        }
        if (code !== EXIT.ok && !args.includes("--lenient")) expect(stderr.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 400 },
    );
  }, 120_000);

  it("parseArgs returns parsed arguments or throws a UsageError naming the problem, never anything else", () => {
    const spec: ArgSpec = { values: ["--a", "--b"], repeatable: ["--r"], switches: ["--s"], positionals: [0, 2] };
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom("--a", "--b", "--r", "--s", "--", "--a=1", "--s=1", "x", ...PROTO.map((p) => `--${p}`)), fc.string({ maxLength: 10 })), { maxLength: 10 }), (args) => {
        try {
          const parsed = parseArgs(args, spec, "test");
          expect(parsed.positionals.length).toBeLessThanOrEqual(2);
          for (const key of parsed.values.keys()) expect(["--a", "--b"]).toContain(key);
          for (const key of parsed.lists.keys()) expect(key).toBe("--r");
          // Every argument is accounted for: a flag, its value, a switch, "--" or a positional.
          const used = [...parsed.values.values()].length + [...parsed.lists.values()].flat().length + parsed.switches.size + parsed.positionals.length;
          expect(used).toBeLessThanOrEqual(args.length);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
          expect((error as UsageError).message.length).toBeLessThanOrEqual(200);
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
