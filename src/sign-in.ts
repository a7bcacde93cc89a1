/**
 * The identifiers users can sign in with.
 *
 * Fixed when the pool is created: Cognito refuses to change them later.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-aliases
 */
export interface SignInAliases {
  /**
   * Sign in with a username chosen at sign-up.
   * @default false
   */
  readonly username?: boolean;

  /**
   * Sign in with an email address.
   * @default false
   */
  readonly email?: boolean;

  /**
   * Sign in with a phone number.
   * @default false
   */
  readonly phone?: boolean;

  /**
   * Sign in with a preferred username, as an alias of the username. Needs `username`.
   * @default false
   */
  readonly preferredUsername?: boolean;
}

/**
 * Attributes Cognito verifies automatically by sending a code.
 */
export interface AutoVerifiedAttrs {
  /**
   * Verify email addresses.
   * @default false
   */
  readonly email?: boolean;

  /**
   * Verify phone numbers (sends SMS).
   * @default false
   */
  readonly phone?: boolean;
}

/**
 * Attributes whose original value is kept until the user verifies a new one.
 *
 * Each attribute here must also be auto-verified.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-updates
 */
export interface KeepOriginalAttrs {
  /**
   * Keep the original email address until a new one is verified.
   * @default false
   */
  readonly email?: boolean;

  /**
   * Keep the original phone number until a new one is verified.
   * @default false
   */
  readonly phone?: boolean;
}

/**
 * The sign-in policy of the pool.
 */
export interface SignInPolicy {
  /**
   * The factors a user may sign in with first.
   * @default - password only
   */
  readonly allowedFirstAuthFactors?: AllowedFirstAuthFactors;
}

/**
 * The factors allowed for the first sign-in prompt (choice-based sign-in).
 *
 * Factors other than the password need the ESSENTIALS or PLUS feature plan.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html
 */
export interface AllowedFirstAuthFactors {
  /**
   * Password sign-in. Must be true.
   */
  readonly password: boolean;

  /**
   * One-time passwords sent by email.
   * @default false
   */
  readonly emailOtp?: boolean;

  /**
   * One-time passwords sent by SMS.
   * @default false
   */
  readonly smsOtp?: boolean;

  /**
   * Passkeys (WebAuthn).
   * @default false
   */
  readonly passkey?: boolean;
}

/**
 * Whether passkey sign-in requires user verification (a PIN or biometric on the authenticator).
 */
export enum PasskeyUserVerification {
  /** User verification is preferred but not required. */
  PREFERRED = 'preferred',
  /** User verification is required. */
  REQUIRED = 'required',
}

/**
 * Whether a passkey sign-in counts as multi-factor authentication.
 *
 * Renders `WebAuthnFactorConfiguration`.
 *
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnConfigurationType.html
 */
export enum PasskeyFactorConfiguration {
  /** A passkey is one factor: pools that require MFA can't offer passkey sign-in. */
  SINGLE_FACTOR = 'SINGLE_FACTOR',
  /**
   * A passkey with user verification satisfies MFA, so passkey sign-in works where MFA is required.
   * Needs `passkeyUserVerification: REQUIRED`.
   */
  MULTI_FACTOR_WITH_USER_VERIFICATION = 'MULTI_FACTOR_WITH_USER_VERIFICATION',
}
