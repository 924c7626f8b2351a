import { OpptrappingError } from "@opptrapping/core";
import { observations, plan } from "@opptrapping/psykisk-helse";
import { renderPlanSummary } from "./summary.js";
import type { Lang } from "./text.js";

/** Where the command writes; injectable for tests. */
export interface RunIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const HELP = `opptrapping — where Norway's escalation plan for mental health 2023–2033 stands

Usage:
  opptrapping summary [--lang nb|en]   Summary of the bundled plan: goals, targets, measures, money, sources
  opptrapping --help                   This help
  opptrapping --version                The version

Exit codes: 0 ok, 1 invalid input, 2 usage error.
`;

/**
 * Runs the command line and returns the exit code (0 ok, 1 invalid input, 2 usage error).
 *
 * @example
 * ```ts
 * import { run } from "@opptrapping/cli";
 * const code = run(["summary", "--lang", "en"], { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
 * ```
 */
export function run(argv: readonly string[], io: RunIO, version = "0.0.0"): number {
  const args = [...argv];
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
    io.stdout(HELP);
    return args.length === 0 ? 2 : 0;
  }
  if (args.includes("--version")) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = args.shift();
  let lang: Lang = "nb";
  while (args.length > 0) {
    const flag = args.shift()!;
    if (flag === "--lang") {
      const value = args.shift();
      if (value !== "nb" && value !== "en") return usage(io, `--lang takes nb or en, got ${value === undefined ? "nothing" : `"${value}"`}`);
      lang = value;
    } else return usage(io, `unknown option "${flag}"`);
  }
  try {
    switch (command) {
      case "summary":
        io.stdout(renderPlanSummary(plan(), { lang, observations: observations() }));
        return 0;
      default:
        return usage(io, `unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof OpptrappingError) {
      io.stderr(`opptrapping: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function usage(io: RunIO, message: string): number {
  io.stderr(`opptrapping: ${message}\nRun "opptrapping --help" for usage.\n`);
  return 2;
}
