import { run } from "@opptrapping/cli";

// `opptrapping status` in-process, on the bundled data: the report's first two lines.
let out = "";
const code = run(["status", "--as-of", "2026-01", "--lang", "en"], { stdout: (s) => (out += s), stderr: (s) => (out += s) });
console.log(code, out.split("\n").slice(0, 2));
// 0 [ 'Escalation plan for mental health (2023–2033) — as of 2026-01-31', 'Summary: atRisk 1 · offTrack 2 · insufficientData 9' ]
