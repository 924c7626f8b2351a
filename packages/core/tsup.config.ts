import { libraryBuild } from "../../tsup.shared.js";

export default libraryBuild({ index: "src/index.ts", "orgunit-register": "src/orgunit/register/index.ts" });
