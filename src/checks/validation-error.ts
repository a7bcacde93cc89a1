import * as path from 'node:path';
import type { IConstruct } from 'constructs';

/**
 * How problems reach the user (docs/validation.md, "How problems are reported"):
 * - a construct (pool, client, a method on them) reports its problems when the app synthesizes, through CDK's
 *   `node.addValidation`, so one synth lists every problem of every construct: `reportOnSynth`;
 * - a factory with no construct to report on (`UserPoolEmail.withSES`, `new StringAttribute`, `UserPoolOperation.of`,
 *   an imported pool's ARN) can't build what it was asked for, so it throws at once: `UserPoolValidationError`.
 */

/** Reports `problems` (one line each) when the app synthesizes, with every other construct's validation errors. */
export function reportOnSynth(scope: IConstruct, problems: readonly string[]): void {
  if (problems.length > 0) {
    const lines = [...problems];
    scope.node.addValidation({ validate: () => lines });
  }
}

/** Where a problem is: a construct, or the path a construct is about to have. */
interface Located {
  readonly node: { readonly path: string };
}

/** aws-cdk-lib's `Errors.isConstructError` and `Errors.isValidationError` look for these (aws-cdk-lib core/lib/errors). */
const CONSTRUCT_ERROR = Symbol.for('@aws-cdk/core.SynthesisError');
const VALIDATION_ERROR = Symbol.for('@aws-cdk/core.ValidationError');

/** This package's own files: compiled (`lib/`) and, through source maps, the sources it doesn't ship (`src/`). */
const PACKAGE_DIRS = ['lib', 'src'].map((dir) => path.join(__dirname, '..', '..', dir) + path.sep);

/**
 * Thrown by a factory whose input can't be used (see above). Lists every problem found, one per line, once:
 * the list is in the message only. aws-cdk-lib's `Errors.isValidationError(e)` recognises it, and its stack starts
 * at the caller's line, not inside this package.
 */
export class UserPoolValidationError extends Error {
  /** Throws one error listing all problems, if there are any. */
  public static throwIfAny(scope: Located | undefined, problems: readonly string[]): void {
    if (problems.length > 0) {
      throw UserPoolValidationError.of(scope, problems);
    }
  }

  /** The error listing these problems. */
  public static of(scope: Located | undefined, problems: readonly string[]): UserPoolValidationError {
    return new UserPoolValidationError(scope, problems);
  }

  /** The problems, one line each (not enumerable, so Node prints them once, in the message). */
  public declare readonly problems: readonly string[];
  /** The construct path, when there is one (as aws-cdk-lib's errors have). */
  public declare readonly constructPath?: string;

  private constructor(scope: Located | undefined, problems: readonly string[]) {
    const where = scope ? ` at ${scope.node.path}` : '';
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`invalid user pool configuration${where} (${problems.length} ${noun}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    Object.defineProperties(this, {
      name: { value: 'UserPoolValidationError', enumerable: false, configurable: true, writable: true },
      problems: { value: problems, enumerable: false },
      constructPath: { value: scope?.node.path, enumerable: false },
      [CONSTRUCT_ERROR]: { value: true, enumerable: false },
      [VALIDATION_ERROR]: { value: true, enumerable: false },
    });
    this.stack = withoutPackageFrames(this.stack);
  }

  /** As aws-cdk-lib's validation errors say. */
  public get type(): string {
    return 'validation';
  }

  public get level(): string {
    return 'error';
  }
}

/** The stack without the frames in this package's own files, so it points at the line that called it. */
function withoutPackageFrames(stack: string | undefined): string | undefined {
  if (stack === undefined) { return undefined; }
  const lines = stack.split('\n');
  const firstFrame = lines.findIndex((line) => /^\s+at /.test(line));
  if (firstFrame < 0) { return stack; }
  const frames = lines.slice(firstFrame).filter((line) => !PACKAGE_DIRS.some((dir) => line.includes(dir)));
  return [...lines.slice(0, firstFrame), ...frames].join('\n');
}
