/**
 * The user pool feature plan (`UserPoolTier`).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html
 */
export enum FeaturePlan {
  /** Basic features only. */
  LITE = 'LITE',
  /** Cognito's default for new pools: passwordless, email MFA, managed login, pre token V2. */
  ESSENTIALS = 'ESSENTIALS',
  /** ESSENTIALS plus threat protection. */
  PLUS = 'PLUS',
}

/**
 * Threat protection for standard (password) authentication. Needs the PLUS plan.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html
 */
export enum StandardThreatProtectionMode {
  /** Detect risks and act on them (block, require MFA). */
  FULL_FUNCTION = 'ENFORCED',
  /** Detect and log risks without acting on them. */
  AUDIT_ONLY = 'AUDIT',
  /** No threat protection. */
  NO_ENFORCEMENT = 'OFF',
}

/**
 * Threat protection for custom authentication flows. Needs the PLUS plan.
 */
export enum CustomThreatProtectionMode {
  /** Detect risks and act on them. */
  FULL_FUNCTION = 'ENFORCED',
  /** Detect and log risks without acting on them. */
  AUDIT_ONLY = 'AUDIT',
}

/**
 * The format of the issuer (`iss`) of the pool's tokens.
 *
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_IssuerConfigurationType.html
 */
export enum UserPoolIssuerType {
  /** `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  ORIGINAL = 'ORIGINAL',
  /** `https://issuer-cognito-idp.<region>.amazonaws.com/<userPoolId>`, recommended by AWS for new pools. */
  UPDATED = 'UPDATED',
}
