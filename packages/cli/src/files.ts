import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { OpptrappingError } from "@opptrapping/core";
import { clip } from "./args.js";

/**
 * A file that cannot be read or written: one line that names it, and a hint. Exit code 1.
 *
 * @example
 * ```ts
 * import { FileError } from "@opptrapping/cli";
 * new FileError("file_not_found", 'cannot read "x.csv": no such file', "check the path").hint; // "check the path"
 * ```
 */
export class FileError extends OpptrappingError {
  constructor(
    code: string,
    message: string,
    /** What to do about it. */
    readonly hint?: string,
  ) {
    super(code, message);
  }
}

/** The error code Node puts on a failed file-system call (`ENOENT`, `EACCES`…), if any. */
function errnoOf(error: unknown): string | undefined {
  return error !== null && typeof error === "object" && "code" in error && typeof (error as { code: unknown }).code === "string" ? (error as { code: string }).code : undefined;
}

/**
 * Turns any file-system failure into a {@link FileError} with a plain reason and a hint,
 * whatever call failed: the class of error is handled once, not case by case.
 */
export function fileError(error: unknown, path: string, action: "read" | "write"): FileError {
  const shown = clip(path, 120);
  const code = errnoOf(error);
  const verb = action === "read" ? "read" : "write";
  switch (code) {
    case "ENOENT":
      return action === "read"
        ? new FileError("file_not_found", `cannot read "${shown}": no such file`, "check the path, or list the folder with ls")
        : new FileError("folder_not_found", `cannot write "${shown}": the folder "${clip(dirname(path), 120)}" does not exist`, "create the folder first, or pick another --out");
    case "EACCES":
    case "EPERM":
      return new FileError("permission_denied", `cannot ${verb} "${shown}": permission denied`, action === "read" ? "check the file's permissions" : "pick a folder you may write to");
    case "EISDIR":
      return new FileError("is_a_folder", `cannot ${verb} "${shown}": it is a folder, not a file`, action === "read" ? "name a file inside it" : `add a file name, e.g. ${clip(`${path.replace(/\/$/, "")}/status.html`, 120)}`);
    case "ENOTDIR":
      return new FileError("not_a_folder", `cannot ${verb} "${shown}": a part of the path is a file, not a folder`, "check the path");
    case "ENOSPC":
      return new FileError("disk_full", `cannot write "${shown}": no space left on the device`, "free some space or write elsewhere");
    case "EROFS":
      return new FileError("read_only", `cannot write "${shown}": the file system is read-only`, "pick another --out");
    case "ENAMETOOLONG":
      return new FileError("name_too_long", `cannot ${verb} "${shown}": the name is too long`, "use a shorter path");
    default:
      return new FileError(
        action === "read" ? "file_unreadable" : "file_unwritable",
        `cannot ${verb} "${shown}"${code ? ` (${code})` : ""}: ${clip(error instanceof Error ? error.message : String(error), 160)}`,
        action === "read" ? "check the path and the file's permissions" : "check the path and that the folder is writable",
      );
  }
}

/** The largest file the CLI reads whole (bytes). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Reads a file's bytes; every failure is a {@link FileError} naming the file, with a hint. */
export function readBytes(path: string, progress?: (message: string) => void): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    size = stat.size;
  } catch (error) {
    throw fileError(error, path, "read");
  }
  if (size > MAX_INPUT_BYTES) throw new FileError("file_too_large", `cannot read "${clip(path, 120)}": ${(size / 1024 / 1024).toFixed(0)} MB is more than the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`, "split the file, or read it with the adapters' streaming API");
  if (size > 20 * 1024 * 1024) progress?.(`reading ${basename(path)} (${(size / 1024 / 1024).toFixed(0)} MB)…`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw fileError(error, path, "read");
  }
}

/** Reads a file as UTF-8 text. */
export function readText(path: string): string {
  return new TextDecoder().decode(readBytes(path));
}

/** Writes text to a file; every failure is a {@link FileError} naming the file, with a hint. */
export function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw fileError(error, path, "write");
  }
}
