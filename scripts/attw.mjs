#!/usr/bin/env node
// attw for one package (run from its folder by `pnpm lint:package`), under the profile we
// support: node16 (from CJS and from ESM) and bundler. node10 is not supported (it ignores
// `exports`; each package README says so), and attw would still print a red "Resolution
// failed" for every subpath under it, marked "(ignored)". So: run quietly, print one line when
// all is well, and the full table when something is wrong.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// The workspace's own attw, run with this Node (no reliance on PATH).
const require = createRequire(import.meta.url);
const manifestPath = require.resolve("@arethetypeswrong/cli/package.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const bin = join(dirname(manifestPath), typeof manifest.bin === "string" ? manifest.bin : manifest.bin.attw);

const attw = (extra) => {
  const result = spawnSync(process.execPath, [bin, "--pack", "--profile", "node16", ...extra], { stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
};

if (attw(["--quiet"]) === 0) {
  console.log("attw: no problems under node16 (from CJS and from ESM) and bundler; node10 not supported");
} else {
  attw([]);
  process.exitCode = 1;
}
