/**
 * How users recover their account when they forget their password.
 *
 * SMS doesn't count for a user who has SMS MFA, and email doesn't count for a user who has email MFA.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/how-to-recover-a-user-account.html
 */
export enum AccountRecovery {
  /** Email first, then phone (SMS) for users without SMS MFA. */
  EMAIL_AND_PHONE_WITHOUT_MFA,
  /** Phone (SMS) first for users without SMS MFA, then email. */
  PHONE_WITHOUT_MFA_AND_EMAIL,
  /** Verified email only. */
  EMAIL_ONLY,
  /** Phone (SMS) only, for users without SMS MFA. */
  PHONE_ONLY_WITHOUT_MFA,
  /** Cognito's legacy behaviour: phone preferred, then email. Renders no setting. */
  PHONE_AND_EMAIL,
  /** No self-service recovery: an administrator resets the password. */
  NONE,
}
