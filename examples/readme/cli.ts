import { run } from "@opptrapping/cli";

// `opptrapping status` in-process, on the bundled data: the report's title and its headline.
let out = "";
const code = run(["status", "--as-of", "2026-01", "--lang", "en"], { stdout: (s) => (out += s), stderr: (s) => (out += s) });
const lines = out.split("\n");
console.log(code, lines[0], lines.find((l) => l.includes("result goals on track")));
// 0 Escalation plan for mental health (2023–2033) — as of 31 January 2026 0 of 8 result goals on track · 0 at risk · 1 off track · 7 without enough data
