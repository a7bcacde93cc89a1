import { Token } from 'aws-cdk-lib';
import { errorId, type ErrorId, type ErrorName } from './errors';
import { show } from './show';

export { ERROR_IDS, ERRORS, errorId, type ErrorId, type ErrorName } from './errors';

/** True when a value is a literal we can check (not undefined, not a token). */
export function isLiteral<T>(value: T | undefined): value is T {
  return value !== undefined && !Token.isUnresolved(value);
}

/** One problem: the rule broken (its id, in docs/validation.md), the prop path the user wrote, and the message. */
export interface Problem {
  readonly id: ErrorId;
  readonly path: string;
  /** Starts with the path; has no id. */
  readonly message: string;
}

/**
 * Collects every problem with a configuration, so the user sees them all at once.
 * Each problem belongs to the prop path the user wrote (e.g. `userVerification.emailBody`) and to a rule of
 * `ERRORS` (src/checks/errors.ts); a path gets its most specific message only once.
 */
export class Problems {
  private readonly problems: Problem[] = [];
  private readonly paths = new Set<string>();
  private readonly reported = new Set<string>();

  /** Adds a problem with rule `name`; `message` starts with the path. */
  public add(name: ErrorName, path: string, message: string): void {
    this.paths.add(path);
    this.problems.push({ id: errorId(name), path, message });
  }

  /** Whether a problem was already reported for this path. */
  public has(path: string): boolean {
    return this.paths.has(path);
  }

  /** True the first time a key is given: for reporting one value once, however many checks reach it. */
  public firstReport(key: string): boolean {
    if (this.reported.has(key)) { return false; }
    this.reported.add(key);
    return true;
  }

  /** A number must be a whole number in [min, max] (for documented limits the API model doesn't carry). */
  public wholeNumber(name: ErrorName, path: string, value: number | undefined, min: number, max: number): void {
    if (isLiteral(value) && !(Number.isInteger(value) && value >= min && value <= max)) {
      this.add(name, path, `${path} must be a whole number from ${min} to ${max}, got ${show(value)}`);
    }
  }

  /** A message template must contain a placeholder. */
  public placeholder(name: ErrorName, path: string, value: string | undefined, placeholder: string): void {
    if (isLiteral(value) && !value.includes(placeholder)) {
      this.add(name, path, `${path} must contain the placeholder ${placeholder}, got ${show(value)}`);
    }
  }

  /** A string must match a pattern (anchored by the caller). */
  public pattern(name: ErrorName, path: string, value: string | undefined, pattern: RegExp, allowed: string): void {
    if (isLiteral(value) && !pattern.test(value)) {
      this.add(name, path, `${path} must be ${allowed}, got ${show(value)}`);
    }
  }

  /** Every problem, one line each: the message, then its id in square brackets (`... [cdk-secure-user-pool:placeholder]`). */
  public get all(): readonly string[] {
    return this.problems.map(formatProblem);
  }

  /** Every problem, as data. */
  public get entries(): readonly Problem[] {
    return [...this.problems];
  }
}

/** A problem's line: `<message> [<id>]`. */
export function formatProblem(problem: Problem): string {
  return `${problem.message} [${problem.id}]`;
}
