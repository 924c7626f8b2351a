import { packageBuild } from "../../tsup.shared.js";

// The executable: ESM only, no types; built after the library (which cleans dist/).
export default packageBuild({ bin: "src/bin.ts" }, { format: ["esm"], dts: false, clean: false, banner: { js: "#!/usr/bin/env node" } });
