import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

/** Every source module that ships: no tests, type tests, fixtures or ambient declarations. */
const SOURCES = [
  "src/**/*.ts",
  "!src/**/*.d.ts",
  "!src/**/*.test.ts",
  "!src/**/*.test-d.ts",
  "!src/**/*.test-fixture.ts",
  "!src/**/__fixtures__/**",
  "!src/**/fixtures/**",
];

// Declarations resolve workspace dependencies through their built `dist/` (not the private
// source condition), so each package's types import its dependencies instead of inlining them.
const dts = { compilerOptions: { customConditions: [] } };

const common: Options = { sourcemap: true, target: "node20" };

/**
 * The one build recipe every library package uses:
 * - CommonJS (`require`): one bundled file per entry, `dist/<entry>.cjs`, typed by `dist/<entry>.d.cts`.
 * - ES modules (`import`): one file per source module under `dist/esm/` (the module graph kept,
 *   not bundled), typed by `dist/<entry>.d.ts`. With `"sideEffects": false` this lets an app's
 *   bundler drop every module it does not use; a single bundled file would make it keep every
 *   top-level statement (every zod schema, say) of a package it touches at all.
 *
 * The first build also writes a bundled `dist/<entry>.js`: declarations for both formats come
 * from one pass that way (a second pass doubles the build time). The packages' `files` leave
 * that file out of the tarball; nothing points to it. `dist/` is emptied once, before both
 * builds start (they run in parallel).
 */
export function libraryBuild(entry: Record<string, string>) {
  return defineConfig(() => {
    rmSync("dist", { recursive: true, force: true });
    return [
      { ...common, entry, format: ["esm", "cjs"], dts, clean: false, splitting: false, treeshake: true },
      // silent: it would list every source file of the package on each build.
      { ...common, entry: SOURCES, format: ["esm"], bundle: false, outDir: "dist/esm", dts: false, clean: false, silent: true },
    ];
  });
}

/**
 * One bundled build (ESM + CJS with matching `.d.ts`/`.d.cts`), for executables such as the
 * CLI's `bin`; libraries use {@link libraryBuild}.
 */
export function packageBuild(entry: Record<string, string>, extra: Options = {}) {
  return defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts,
    sourcemap: true,
    clean: true,
    target: "node20",
    splitting: false,
    treeshake: true,
    ...extra,
  });
}
