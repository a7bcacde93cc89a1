/** A synth warning: deploys, but probably not what the user wants. */
export interface PoolWarning {
  /** Stable id, documented in docs/validation.md, for `Annotations.acknowledgeWarning`. */
  readonly id: string;
  readonly message: string;
}

export type Warn = (id: string, message: string) => void;

/** Each warning's id is its key, prefixed so users can acknowledge it. docs/validation.md (pool) and docs/clients.md (client*) list each. */
function warningIds<K extends string>(...names: K[]): { readonly [N in K]: `cdk-secure-user-pool:${N}` } {
  return Object.fromEntries(names.map((name) => [name, `cdk-secure-user-pool:${name}`])) as { [N in K]: `cdk-secure-user-pool:${N}` };
}

export const WARNINGS = warningIds(
  'usernameInVerificationMessage',
  'invitationWithoutUsername',
  'invitationWithoutTemporaryPassword',
  'customEmailWithCognitoSender',
  'emailMfaMessageWithCognitoSender',
  'emailOtpWithCognitoSender',
  'linkVerificationWithoutDomain',
  'threatProtectionWithoutPlus',
  'smsOnlyMfa',
  'smsMfaWithoutPhoneNumber',
  'emailMfaWithEmailRecovery',
  'smsRoleWithoutExternalId',
  'endUserMessagingSmsRegionUnavailable',
  'endUserMessagingSmsOriginationIdentity',
  'phoneWithoutSms',
  'deviceTrackingAlwaysRemembers',
  'deviceTrackingSkipsMfa',
  'importedTriggerVersionNeedsPlan',
  'migrationWithoutPasswordFlow',
  'cognitoDefaultEmailWithSelfSignUp',
  'sesRegionNotListed',
  'passwordSignInOff',
  'passkeyWithoutRelyingPartyId',
  'signInWithoutAlias',
  'customAttributePrefix',
  'mappedAttributeImmutable',
  'scopeWithoutResourceServerDependency',
  'identityProviderWithoutDependency',
  'deletionProtectionBlocksDestroy',
  'destroyDisablesDeletionProtection',
  'importedEncryptionKey',
  'replicaWithTotpMfa',
  'replicaWithOriginalIssuer',
  'domainFailoverOnPrefixDomain',
  'domainFailoverNotToReplica',
  'replicaKeyNotReplicated',
  'replicaKeyAfterReplica',
  'replicaTriggersNotSet',
  'replicaWithoutSms',
  'riskConfigurationAuditOnly',
  'logDeliveryWithoutThreatProtection',
  'logGroupOutsideVendedLogs',
  'logBucketPolicyNotManaged',
  'clientImplicitGrant',
  'clientAdminScope',
  'clientPasswordAuth',
  'clientRevealsUserExistence',
  'clientWithoutTokenRevocation',
  'clientWritesVerifiedAttribute',
  'clientWritesCustomAttributes',
  'clientWriteAttributesEmpty',
  'termsIncomplete',
  'termsWithoutManagedLogin',
  'termsLinkNotHttps',
  'clientSdkSignInWithoutCognito',
);
