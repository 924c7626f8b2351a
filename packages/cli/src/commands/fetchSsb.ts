import { writeFileSync } from "node:fs";
import { toObservationsJson } from "@opptrapping/adapters";
import { fetchSsbTable, SsbFetchError, type SsbQuery } from "@opptrapping/adapters/ssb";
import { formatPath, OpptrappingError } from "@opptrapping/core";
import { parseArgs, UsageError } from "../args.js";
import { loadMapping } from "../load.js";
import type { RunIO } from "../run.js";

/** The help text of `opptrapping fetch`. */
export const FETCH_HELP = `opptrapping fetch — fetch a table from a statistics bank into observations

Usage: opptrapping fetch ssb TABLE --mapping FILE [--out FILE] [--query VAR=V1,V2 ...]

  Fetches SSB table TABLE (e.g. 07459) from PxWebApi v2 as JSON-stat 2.0 and writes the
  observations as JSON (the layout "opptrapping convert --to json" writes).

  --mapping FILE       How the table's dimensions become observations (see docs/adapters.md)
  --query VAR=V1,V2    Values to fetch for a variable (repeatable): codes or PxWebApi
                       expressions such as *, 2020*, top(5), from(2019)
  --out FILE           Write to FILE instead of standard output
  --lang no|en         Language of the labels (default no)
  --lenient            Report bad cells as warnings and go on, instead of stopping
  --base-url URL       Another PxWebApi v2 root (default https://data.ssb.no/api/pxwebapi/v2)
  --timeout MS         Longest wait for one request (default 30000)
  --retries N          Retries after HTTP 429, 5xx or a lost connection (default 3)
`;

function integer(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} takes a whole number of at least ${min}; got "${value}"`, "opptrapping fetch --help");
  return Number(value);
}

/** `--query Region=0301,3001` (repeatable) → `{ Region: ["0301", "3001"] }`. */
function parseQuery(items: readonly string[]): SsbQuery {
  const query: Record<string, string[]> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    const name = item.slice(0, eq);
    const values = item.slice(eq + 1).split(",");
    if (eq <= 0 || values.some((v) => v === "")) throw new UsageError(`--query takes VARIABLE=VALUE1,VALUE2; got "${item}"`, "e.g. --query Tid=2021,2022 --query Region=0301");
    if (Object.hasOwn(query, name)) throw new UsageError(`--query names "${name}" twice`, `give all its values at once: --query ${name}=A,B`);
    query[name] = values;
  }
  return query;
}

/** Prints an error the way `run` does and returns its exit code. */
function report(error: unknown, io: RunIO, debug: boolean): number {
  if (error instanceof UsageError) {
    io.stderr(`opptrapping: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ""}`);
  } else if (error instanceof OpptrappingError) {
    io.stderr(`opptrapping: ${error.message}\n`);
    if (error instanceof SsbFetchError && error.code === "ssb_timeout") io.stderr("hint: try a smaller --query selection or a longer --timeout\n");
  } else {
    if (debug) throw error;
    io.stderr(`opptrapping: unexpected error: ${error instanceof Error ? error.message : String(error)}\nhint: run again with --debug for the stack trace, and report it\n`);
    return 1;
  }
  if (debug) io.stderr(`${error.stack ?? ""}\n`);
  return error instanceof UsageError ? 2 : 1;
}

/**
 * `opptrapping fetch ssb TABLE --mapping FILE [--out FILE] [--query VAR=V1,V2 ...]`: fetches
 * the table with `fetchSsbTable` and writes the observations as JSON. Resolves to the exit
 * code (0 done, 1 the fetch or the mapping failed, 2 usage error); it rejects only with
 * `debug` on an unexpected error, so the stack reaches the terminal.
 *
 * @example
 * ```ts
 * import { fetchCommand } from "./commands/fetchSsb.js";
 * const code = await fetchCommand(["ssb", "07459", "--mapping", "m.json", "--query", "Tid=2022"], { stdout: console.log, stderr: console.error }, false);
 * ```
 */
export async function fetchCommand(argv: readonly string[], io: RunIO, debug: boolean): Promise<number> {
  try {
    const a = parseArgs(argv, { values: ["--mapping", "--out", "--lang", "--base-url", "--timeout", "--retries"], repeatable: ["--query"], switches: ["--lenient"], positionals: [2, 2] }, "fetch");
    const [source, table] = a.positionals as [string, string];
    if (source !== "ssb") throw new UsageError(`unknown source "${source}" for fetch`, "opptrapping fetch ssb TABLE --mapping FILE");
    const mappingPath = a.values.get("--mapping");
    if (mappingPath === undefined) throw new UsageError("fetch needs --mapping FILE", "see docs/adapters.md for the mapping spec");
    const timeoutMs = integer(a.values.get("--timeout"), "--timeout", 1);
    const retries = integer(a.values.get("--retries"), "--retries", 0);
    const lang = a.values.get("--lang");
    const baseUrl = a.values.get("--base-url");
    const result = await fetchSsbTable(table, parseQuery(a.lists.get("--query") ?? []), {
      mapping: loadMapping(mappingPath) as never, // validated by fetchSsbTable before any request
      mode: a.switches.has("--lenient") ? "lenient" : "strict",
      ...(lang !== undefined ? { lang } : {}),
      ...(baseUrl !== undefined ? { baseUrl } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(retries !== undefined ? { retries } : {}),
    });
    for (const issue of result.issues) io.stderr(`warning: SSB table ${table} ${formatPath(issue.path)}: ${issue.message}\n`);
    const text = toObservationsJson(result.observations);
    const out = a.values.get("--out");
    if (out === undefined) io.stdout(text);
    else writeFileSync(out, text);
    io.stderr(`SSB table ${table}: ${result.observations.length} observation${result.observations.length === 1 ? "" : "s"}${result.updated ? `, updated ${result.updated}` : ""}${out === undefined ? "" : ` → ${out}`}\n`);
    return 0;
  } catch (error) {
    return report(error, io, debug);
  }
}
