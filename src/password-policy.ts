import type { Duration } from 'aws-cdk-lib';

/**
 * The password policy. Each field left out takes this library's secure default, not Cognito's.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-policies.html
 */
export interface PasswordPolicy {
  /**
   * How long a temporary password from an administrator stays valid. Whole days, at most 365.
   * @default Duration.days(3)
   */
  readonly tempPasswordValidity?: Duration;

  /**
   * The minimum length, 6 to 99.
   * @default 12
   */
  readonly minLength?: number;

  /**
   * Require a lowercase letter.
   * @default true
   */
  readonly requireLowercase?: boolean;

  /**
   * Require an uppercase letter.
   * @default true
   */
  readonly requireUppercase?: boolean;

  /**
   * Require a digit.
   * @default true
   */
  readonly requireDigits?: boolean;

  /**
   * Require a symbol.
   * @default true
   */
  readonly requireSymbols?: boolean;

  /**
   * How many previous passwords a user may not reuse, 0 to 24. Not available on the LITE plan.
   * @default 5 (none on the LITE plan)
   */
  readonly passwordHistorySize?: number;
}
