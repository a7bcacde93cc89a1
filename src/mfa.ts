/**
 * Whether multi-factor authentication is off, optional or required.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
 */
export enum Mfa {
  /** Users are not asked for a second factor. */
  OFF = 'OFF',
  /** Users may set up a second factor. */
  OPTIONAL = 'OPTIONAL',
  /** Every user must use a second factor. Can only be chosen when the pool is created. */
  REQUIRED = 'ON',
}

/**
 * The second factors users may use for MFA.
 */
export interface MfaSecondFactor {
  /**
   * Codes sent by SMS. Needs an SMS role.
   */
  readonly sms: boolean;

  /**
   * Time-based one-time passwords from an authenticator app.
   */
  readonly otp: boolean;

  /**
   * Codes sent by email. Needs `email: UserPoolEmail.withSES(...)` and a plan other than LITE.
   * @default false
   */
  readonly email?: boolean;
}
