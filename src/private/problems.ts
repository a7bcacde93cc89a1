import { Token } from 'aws-cdk-lib';
import { show } from './show';

/** True when a value is a literal we can check (not undefined, not a token). */
export function isLiteral<T>(value: T | undefined): value is T {
  return value !== undefined && !Token.isUnresolved(value);
}

/**
 * Collects every problem with a configuration, so the user sees them all at once.
 * Each problem belongs to the prop path the user wrote (e.g. `userVerification.emailBody`);
 * a path gets its most specific message only once.
 */
export class Problems {
  private readonly messages: string[] = [];
  private readonly paths = new Set<string>();
  private readonly reported = new Set<string>();

  /** Adds a problem; `message` starts with the path. */
  public add(path: string, message: string): void {
    this.paths.add(path);
    this.messages.push(message);
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
  public wholeNumber(path: string, value: number | undefined, min: number, max: number): void {
    if (isLiteral(value) && !(Number.isInteger(value) && value >= min && value <= max)) {
      this.add(path, `${path} must be a whole number from ${min} to ${max}, got ${show(value)}`);
    }
  }

  /** A message template must contain a placeholder. */
  public placeholder(path: string, value: string | undefined, placeholder: string): void {
    if (isLiteral(value) && !value.includes(placeholder)) {
      this.add(path, `${path} must contain the placeholder ${placeholder}, got ${show(value)}`);
    }
  }

  /** A string must match a pattern (anchored by the caller). */
  public pattern(path: string, value: string | undefined, pattern: RegExp, allowed: string): void {
    if (isLiteral(value) && !pattern.test(value)) {
      this.add(path, `${path} must be ${allowed}, got ${show(value)}`);
    }
  }

  public get all(): readonly string[] {
    return this.messages;
  }
}
