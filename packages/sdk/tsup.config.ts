import { packageBuild } from "../../tsup.shared.js";

export default packageBuild({ index: "src/index.ts", testing: "src/testing/index.ts" });
