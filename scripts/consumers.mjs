#!/usr/bin/env node
// Installs the packages as a user gets them from npm — packed tarballs, outside the workspace —
// into throw-away consumer projects, and type-checks and runs a consumer in every setup we
// support: an ES module and a CommonJS project; moduleResolution nodenext, node16 and bundler;
// TypeScript 5.9 and 6.0 from the npm registry; skipLibCheck off. The consumer
// (scripts/consumer/consumer.ts) uses money, assessments, a plugin and a subpath export, and
// carries `@ts-expect-error` lines for misuses (a Decimal used as a number, a misspelt rule or
// target id): a declaration that lost its types makes those directives unused, which fails.
//
//   pnpm check:consumers             build, pack, install, check, run
//   pnpm check:consumers --no-build  use the dist/ folders as they are (CI, after `pnpm check`)
//   pnpm check:consumers --keep      keep the temporary directory for a look
//
// Not covered, on purpose: CommonJS with moduleResolution bundler (TypeScript only allows
// bundler with ES module output; a bundler resolves `import` either way) and moduleResolution
// node10/classic (deprecated in TypeScript 6; see each package's README for the support policy).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const typescripts = { "5.9": "5.9.3", "6.0": "6.0.3" };

/** ESM and CJS projects, each with the resolution modes it is checked under. */
const projects = {
  esm: { type: "module", modes: ["nodenext", "node16", "bundler"] },
  cjs: { type: "commonjs", modes: ["nodenext", "node16"] },
};

function run(command, commandArgs, cwd, { quiet = false } = {}) {
  const result = spawnSync(command, commandArgs, { cwd, encoding: "utf8", stdio: quiet ? "pipe" : "inherit" });
  if (result.error) throw result.error;
  return result;
}

function must(command, commandArgs, cwd) {
  const result = run(command, commandArgs, cwd, { quiet: true });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} ${commandArgs.join(" ")} failed in ${cwd}`);
  }
  return result.stdout;
}

function tsconfig(mode, outDir) {
  const resolution =
    mode === "bundler"
      ? { module: "preserve", moduleResolution: "bundler", noEmit: true }
      : { module: mode, moduleResolution: mode, outDir, rootDir: "." };
  return {
    compilerOptions: {
      ...resolution,
      target: "ES2022",
      lib: ["ES2023", "DOM"],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: false,
    },
    files: ["index.ts"],
  };
}

const packages = readdirSync(join(root, "packages"))
  .map((dir) => ({ dir: join(root, "packages", dir), manifest: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) }))
  .filter((p) => p.manifest.private !== true);

if (!args.has("--no-build")) must("pnpm", ["build"], root);

const work = mkdtempSync(join(tmpdir(), "opptrapping-consumers-"));
const started = Date.now();
let failed = false;
try {
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  const files = {};
  for (const p of packages) {
    const before = new Set(readdirSync(tarballs));
    must("pnpm", ["pack", "--pack-destination", tarballs], p.dir);
    const made = readdirSync(tarballs).find((f) => !before.has(f));
    if (!made) throw new Error(`pnpm pack made no tarball for ${p.manifest.name}`);
    files[p.manifest.name] = `file:./tarballs/${made}`;
  }

  // One install at the root; the esm/ and cjs/ projects below it resolve from its node_modules.
  // The overrides make the packages' dependencies on each other use the tarballs too.
  writeFileSync(
    join(work, "package.json"),
    JSON.stringify(
      {
        name: "opptrapping-consumers",
        private: true,
        dependencies: {
          ...files,
          ...Object.fromEntries(Object.entries(typescripts).map(([short, version]) => [`typescript-${short}`, `npm:typescript@${version}`])),
        },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(work, "pnpm-workspace.yaml"),
    `overrides:\n${Object.entries(files)
      .map(([name, spec]) => `  "${name}": "${spec}"\n`)
      .join("")}`,
  );
  must("pnpm", ["install", "--prefer-offline", "--reporter=silent"], work);

  const results = [];
  for (const [name, project] of Object.entries(projects)) {
    const dir = join(work, name);
    mkdirSync(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: `consumer-${name}`, private: true, type: project.type }, null, 2));
    copyFileSync(join(root, "scripts", "consumer", "consumer.ts"), join(dir, "index.ts"));
    for (const [short] of Object.entries(typescripts)) {
      const tsc = join(work, "node_modules", `typescript-${short}`, "bin", "tsc");
      for (const mode of project.modes) {
        const label = `${name} · ${mode} · TypeScript ${short}`;
        const outDir = `out-${short}-${mode}`;
        const config = `tsconfig.${short}-${mode}.json`;
        writeFileSync(join(dir, config), JSON.stringify(tsconfig(mode, outDir), null, 2));
        const checked = run(process.execPath, [tsc, "-p", config], dir, { quiet: true });
        if (checked.status !== 0) {
          results.push({ label, ok: false, detail: (checked.stdout + checked.stderr).trim() });
          continue;
        }
        if (mode === "bundler") {
          results.push({ label, ok: true, detail: "type-checked (a bundler runs it)" });
          continue;
        }
        const ran = run(process.execPath, [join(outDir, "index.js")], dir, { quiet: true });
        results.push({
          label,
          ok: ran.status === 0,
          detail: ran.status === 0 ? "type-checked and ran" : `ran with exit code ${ran.status}:\n${ran.stdout}${ran.stderr}`,
          output: ran.stdout.trim(),
        });
      }
    }
  }

  for (const r of results) {
    console.log(`${r.ok ? "ok  " : "FAIL"}  ${r.label}: ${r.ok ? r.detail : ""}`);
    if (!r.ok) console.log(r.detail.replace(/^/gm, "      "));
  }
  const sample = results.find((r) => r.output);
  if (sample) console.log(`\nThe consumer's output (${sample.label}):\n${sample.output.replace(/^/gm, "  ")}`);
  failed = results.some((r) => !r.ok);
  console.log(
    `\n${results.filter((r) => r.ok).length} of ${results.length} consumer setups pass (${packages.length} packed packages, ${Math.round((Date.now() - started) / 1000)} s).`,
  );
} finally {
  if (args.has("--keep") || failed) console.log(`Consumer projects kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
