/**
 * How the verification email confirms the address.
 */
export enum VerificationEmailStyle {
  /** The email holds a code, `{####}`. */
  CODE = 'CONFIRM_WITH_CODE',
  /** The email holds a link, `{##link text##}`. */
  LINK = 'CONFIRM_WITH_LINK',
}

/**
 * The messages sent to verify an email address or phone number.
 *
 * `{username}` is not replaced in these messages: it is for invitations only.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-message-templates.html
 */
export interface UserVerificationConfig {
  /**
   * The email subject, 1 to 140 characters.
   * @default 'Verify your email address'
   */
  readonly emailSubject?: string;

  /**
   * The email body, 6 to 20,000 characters. Must contain `{####}` with the CODE style,
   * or `{##link text##}` with the LINK style.
   * @default - a short message with the code or link
   */
  readonly emailBody?: string;

  /**
   * Whether the email holds a code or a link.
   * @default VerificationEmailStyle.CODE
   */
  readonly emailStyle?: VerificationEmailStyle;

  /**
   * The SMS message, 6 to 140 characters, with `{####}`.
   * @default 'Your verification code is {####}'
   */
  readonly smsMessage?: string;
}

/**
 * The messages sent when an administrator creates a user.
 *
 * `{username}` is replaced by the username and `{####}` by the temporary password.
 */
export interface UserInvitationConfig {
  /**
   * The email subject, 1 to 140 characters.
   * @default - Cognito's default subject
   */
  readonly emailSubject?: string;

  /**
   * The email body, 6 to 20,000 characters, with `{####}`.
   * @default - Cognito's default message
   */
  readonly emailBody?: string;

  /**
   * The SMS message, 6 to 140 characters, with `{####}`.
   * @default - Cognito's default message
   */
  readonly smsMessage?: string;
}
