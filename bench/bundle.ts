/**
 * Benchmark: what embedding the library costs a browser app. Run: pnpm bench:bundle
 *
 * Each entry below is what an app would write; esbuild bundles it from the built packages
 * (dist/, as installed from npm) for the browser — ES module, minified, tree-shaken — and the
 * result is gzipped (level 9). Budgets (issue 16): `assess` with the bundled plan ≤ 90 KB,
 * `assess` on the caller's own data ≤ 50 KB, `parsePeriod` alone ≤ 10 KB (KB = 1 000 bytes,
 * gzipped). The biggest inputs of each bundle are listed, so a regression names its cause.
 * Exits with code 1 when a bundle is over its budget.
 */
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

interface Entry {
  readonly name: string;
  /** Undefined for a bundle measured for information only. */
  readonly budgetKb?: number;
  readonly code: string;
}

const entries: readonly Entry[] = [
  {
    name: "assess with the bundled plan",
    budgetKb: 90,
    code: `
      import { assess } from "@opptrapping/indicators";
      import { observations, plan, target } from "@opptrapping/psykisk-helse";
      export const status = assess(target("R5.phbu"), observations(), { asOf: "2026-01", plan: plan() }).status;`,
  },
  {
    name: "assess on the caller's data",
    budgetKb: 50,
    code: `
      import { assess } from "@opptrapping/indicators";
      export const run = (target, observations, indicators) => assess(target, observations, { asOf: "2026-01", indicators });`,
  },
  {
    name: "parsePeriod alone",
    budgetKb: 10,
    code: `
      import { parsePeriod } from "@opptrapping/core";
      export const period = parsePeriod("2025T2");`,
  },
  {
    // For information: validating your own plan at the boundary is where zod comes in.
    name: "parsePlan (validating a plan of your own)",
    code: `
      import { parsePlan } from "@opptrapping/core";
      export const validate = (data) => parsePlan(data);`,
  },
];

/** The inputs contributing most bytes (minified, before gzip), grouped by package. */
function biggest(metafile: Metafile, output: string): string {
  const inputs = metafile.outputs[output]?.inputs ?? {};
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
    const key = pnpm ? `${pnpm[1]}${pnpm[1] === "zod" ? `/${pnpm[2]?.split("/").slice(0, 3).join("/")}` : ""}` : path.replace(/^packages\/([^/]+)\/.*/, "@opptrapping/$1");
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([key, bytes]) => `${key} ${(bytes / 1000).toFixed(1)}`)
    .join(", ");
}

let over = 0;
console.log("bundle (esbuild, browser, ESM, minified)           minified    gzipped   budget");
for (const entry of entries) {
  const result = await build({
    stdin: { contents: entry.code, resolveDir: process.cwd(), loader: "js", sourcefile: "entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    outfile: "bundle.js",
    logLevel: "error",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild wrote nothing for ${entry.name}`);
  const gz = gzipSync(file.contents, { level: 9 }).length / 1000;
  const ok = entry.budgetKb === undefined || gz <= entry.budgetKb;
  if (!ok) over++;
  console.log(
    `${entry.name.padEnd(50)} ${`${(file.contents.length / 1000).toFixed(1)} KB`.padStart(9)} ${`${gz.toFixed(1)} KB`.padStart(10)} ${(entry.budgetKb === undefined ? "(none)" : `≤ ${entry.budgetKb} KB`).padStart(8)} ${ok ? "ok" : "OVER"}`,
  );
  console.log(`  largest inputs (KB minified): ${biggest(result.metafile, Object.keys(result.metafile.outputs)[0] ?? "")}`);
}
process.exitCode = over === 0 ? 0 : 1;
