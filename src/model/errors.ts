/**
 * Exit codes follow BSD sysexits, so scripts can tell a user's mistake from bad data.
 */
export const EXIT = {
  OK: 0,
  /** A finding of severity error, when the caller asked to fail on them. */
  FINDINGS: 1,
  /** Wrong command line: unknown option, missing argument. */
  USAGE: 64,
  /** The input exists but is not something casefile can read (binary, encrypted, corrupt). */
  DATA: 65,
  /** The input does not exist or is not a file. */
  NO_INPUT: 66,
  /** A bug in casefile. */
  SOFTWARE: 70,
  /** Reading or writing failed (permissions, a locked database). */
  IO: 74,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The one error class for misuse and unreadable input. The CLI prints `message` as one
 * line and exits with `exitCode`; the server maps `status` to an HTTP response.
 *
 * @example throw new CasefileError("input.empty", "file is empty: a.txt", EXIT.DATA)
 */
export class CasefileError extends Error {
  constructor(
    /** Stable id, e.g. `input.not-found`, `pdf.encrypted`. */
    readonly code: string,
    message: string,
    readonly exitCode: ExitCode = EXIT.DATA,
    /** HTTP status for the API. */
    readonly status: number = 422,
  ) {
    super(message);
    this.name = "CasefileError";
  }
}
