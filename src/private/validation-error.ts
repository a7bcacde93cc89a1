/** Where a problem is: a construct, or the path a construct is about to have. */
interface Located {
  readonly node: { readonly path: string };
}

/**
 * Thrown when a user pool configuration would fail at deploy time.
 * Lists every problem found, one per line.
 */
export class UserPoolValidationError extends Error {
  /** Throws one error listing all problems, if there are any. */
  public static throwIfAny(scope: Located | undefined, problems: readonly string[], subject = 'user pool'): void {
    if (problems.length > 0) {
      throw new UserPoolValidationError(scope, problems, subject);
    }
  }

  public readonly problems: readonly string[];

  private constructor(scope: Located | undefined, problems: readonly string[], subject: string) {
    const where = scope ? ` at ${scope.node.path}` : '';
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`invalid ${subject} configuration${where} (${problems.length} ${noun}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'UserPoolValidationError';
    this.problems = problems;
  }
}
