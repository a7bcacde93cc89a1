/**
 * What the pool does when a sign-in uses credentials found in a public breach.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-compromised-credentials.html
 */
export enum CompromisedCredentialsAction {
  /** Refuse the sign-in, sign-up or password change. */
  BLOCK = 'BLOCK',
  /** Record it only. */
  NO_ACTION = 'NO_ACTION',
}

/** The user activity the compromised-credentials check applies to. */
export enum CompromisedCredentialsEvent {
  SIGN_IN = 'SIGN_IN',
  PASSWORD_CHANGE = 'PASSWORD_CHANGE',
  SIGN_UP = 'SIGN_UP',
}

/**
 * What the pool does with a sign-in that adaptive authentication scores at a risk level.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-adaptive-authentication.html
 */
export enum AccountTakeoverAction {
  /** Refuse the sign-in. */
  BLOCK = 'BLOCK',
  /** Ask for MFA when the user has set it up; otherwise allow. */
  MFA_IF_CONFIGURED = 'MFA_IF_CONFIGURED',
  /** Ask for MFA; block users who haven't set it up. */
  MFA_REQUIRED = 'MFA_REQUIRED',
  /** Allow, and record the risk. */
  NO_ACTION = 'NO_ACTION',
}

/** Whether to email the user, per risk level. Needs `RiskConfiguration.notification`. */
export interface AccountTakeoverNotify {
  /** @default false */
  readonly low?: boolean;
  /** @default false */
  readonly medium?: boolean;
  /** @default false */
  readonly high?: boolean;
}

/** The action for each account-takeover risk level. */
export interface AccountTakeoverActions {
  /** @default AccountTakeoverAction.BLOCK */
  readonly low?: AccountTakeoverAction;
  /** @default AccountTakeoverAction.BLOCK */
  readonly medium?: AccountTakeoverAction;
  /** @default AccountTakeoverAction.BLOCK */
  readonly high?: AccountTakeoverAction;
  /**
   * Which levels also email the user.
   * @default - no notification
   */
  readonly notify?: AccountTakeoverNotify;
}

/** An email threat protection sends. */
export interface NotifyEmail {
  /** The subject. */
  readonly subject: string;
  /** @default - no HTML body */
  readonly htmlBody?: string;
  /** @default - no text body */
  readonly textBody?: string;
}

/**
 * How threat protection emails users about risky sign-ins: through the pool's SES identity
 * (`email: UserPoolEmail.withSES(...)`).
 */
export interface AccountTakeoverNotification {
  /**
   * The sender address, verified in SES.
   * @default - the SES identity's address
   */
  readonly from?: string;
  /** @default - replies go to the sender */
  readonly replyTo?: string;
  /** @default - Cognito's message */
  readonly blockEmail?: NotifyEmail;
  /** @default - Cognito's message */
  readonly mfaEmail?: NotifyEmail;
  /** @default - Cognito's message */
  readonly noActionEmail?: NotifyEmail;
}

/**
 * What threat protection does with risky sign-ins: `AWS::Cognito::UserPoolRiskConfigurationAttachment`.
 * Needs the PLUS plan with threat protection on. Fields left out keep this library's defaults.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html
 */
export interface RiskConfiguration {
  /** @default CompromisedCredentialsAction.BLOCK */
  readonly compromisedCredentials?: CompromisedCredentialsAction;
  /** @default - all three events */
  readonly compromisedCredentialsEvents?: CompromisedCredentialsEvent[];
  /** @default - BLOCK at every level, no notification */
  readonly accountTakeover?: AccountTakeoverActions;
  /** @default - no notification */
  readonly notification?: AccountTakeoverNotification;
  /**
   * IP ranges always blocked, in CIDR notation (at most 200).
   * @default - none
   */
  readonly blockedIpRanges?: string[];
  /**
   * IP ranges threat protection never blocks, in CIDR notation (at most 200).
   * @default - none
   */
  readonly alwaysAllowedIpRanges?: string[];
}
