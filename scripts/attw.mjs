#!/usr/bin/env node
// attw for one package (run from its folder by `pnpm lint:package`), under the profile we
// support: node16 (from CJS and from ESM) and bundler. node10 is not supported (it ignores
// `exports`; each package README says so), and attw would still print a red "Resolution
// failed" for every subpath under it, marked "(ignored)". So: run quietly, print one line when
// all is well, and the full table when something is wrong.
import { spawnSync } from "node:child_process";

const args = ["--pack", "--profile", "node16"];
const quiet = spawnSync("attw", [...args, "--quiet"], { stdio: "inherit", shell: process.platform === "win32" });
if (quiet.status === 0) {
  console.log("attw: no problems under node16 (from CJS and from ESM) and bundler; node10 not supported");
} else {
  spawnSync("attw", args, { stdio: "inherit", shell: process.platform === "win32" });
  process.exitCode = quiet.status ?? 1;
}
