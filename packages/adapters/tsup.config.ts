import { libraryBuild } from "../../tsup.shared.js";

export default libraryBuild({
  index: "src/index.ts",
  csv: "src/csv/index.ts",
  "json-stat": "src/json-stat/index.ts",
  px: "src/px/index.ts",
  node: "src/node/index.ts",
  ssb: "src/ssb/index.ts",
});
