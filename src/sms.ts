/**
 * The India Distributed Ledger Technology (DLT) registration the messages are sent under: both ids are needed to send
 * SMS to recipients in India. See docs/triggers.md ("SMS through AWS End User Messaging").
 */
export interface EndUserMessagingSmsIndiaDlt {
  /** The principal entity id of the DLT registration. Renders `EumsSms.InEntityId`. */
  readonly entityId: string;

  /** The id of the registered message template. Renders `EumsSms.InTemplateId`. */
  readonly templateId: string;
}

/**
 * How the pool sends SMS through AWS End User Messaging SMS directly, in place of Amazon SNS (`SmsConfiguration.EumsSms`).
 *
 * The caller role is the pool's SMS role: `smsRole` and `smsRoleExternalId`, or the role the library creates, which may
 * call `sms-voice:SendTextMessage`. See docs/triggers.md ("SMS through AWS End User Messaging").
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html
 */
export interface EndUserMessagingSms {
  /**
   * The phone number, phone pool or sender ID to send from.
   *
   * An E.164 phone number (`+12065550100`), or the ARN of a phone number, phone pool or sender ID. The created role's
   * permission is scoped to a literal ARN; with a phone number, a token or none, it allows every origination identity
   * (`*`), since a policy scoped to an ARN refuses the others (`InvalidSmsRoleAccessPolicyException`).
   * @default - AWS End User Messaging SMS chooses (US numbers need an origination identity)
   */
  readonly originationIdentity?: string;

  /**
   * The AWS End User Messaging SMS configuration set to apply (event destinations, a protect configuration).
   * @default - no configuration set
   */
  readonly configurationSetName?: string;

  /**
   * The Region of the AWS End User Messaging SMS resources: only the pool's own Region is accepted.
   * @default - not rendered: Cognito uses the pool's Region
   */
  readonly region?: string;

  /**
   * The India DLT registration, for messages to recipients in India.
   * @default - none
   */
  readonly indiaDlt?: EndUserMessagingSmsIndiaDlt;
}
