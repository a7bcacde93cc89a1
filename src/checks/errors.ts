/**
 * Every error this library reports, keyed by rule name. A problem line ends with its id,
 * `[cdk-secure-user-pool:<name>]`, and docs/validation.md's Errors table is generated from this registry
 * (`scripts/errors-doc.ts`), so the id leads to the rule, its source and the fix. An id is stable: rename nothing,
 * add new rules as new names. One id covers one rule, which may apply to several props.
 * Per-property limits from the API model (lengths, ranges, patterns, enums, list sizes) share one id, `apiLimit`:
 * docs/validation-limits.md lists them.
 */

/** What the docs table row of an error needs. Each field is markdown. */
export interface ErrorSpec {
  /** The prop(s) as users write them. */
  readonly props: readonly string[];
  /** What is required, and the fix. */
  readonly rule: string;
  /** Where the rule comes from, with a link. */
  readonly source: string;
}

const API = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference';
const GUIDE = 'https://docs.aws.amazon.com/cognito/latest/developerguide';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';

/** Every error, in the order docs/validation.md lists them. */
export const ERRORS = {
  // The pool's props.
  droppedProp: {
    props: ['`advancedSecurityMode`', '`emailSettings`'],
    rule: 'not props here: present at run time (JavaScript, a cast, a property injector), an error naming the replacement: '
      + '`standardThreatProtectionMode` (and `customThreatProtectionMode`), or `email: UserPoolEmail.withSES(...)` / `withCognito(...)`',
    source: 'aws-cdk-lib deprecated both; ignoring them would deploy something else than asked for ([migration.md](migration.md#decisions))',
  },
  invalidAttribute: {
    props: ['`standardAttributes`', '`customAttributes`'],
    rule: 'a known standard attribute given as `{ required?, mutable? }`; a custom attribute object (`bind()`, as this library\'s and '
      + 'aws-cdk-lib\'s classes have). `null` for a prop or an entry is not given, as aws-cdk-lib\'s `??` reads it',
    source: 'a clear error instead of a TypeError for input from JavaScript',
  },
  userPoolArn: {
    props: ['`UserPool.fromUserPoolArn(..., userPoolArn)`'],
    rule: 'an ARN ending in `userpool/<id>`; `UserPool.fromUserPoolId` takes the id alone',
    source: '[IAM: Amazon Cognito user pool ARN format](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncognitouserpools.html#amazoncognitouserpools-resources-for-iam-policies)',
  },
  unknownEmail: {
    props: ['`email`'],
    rule: 'the value of `UserPoolEmail.withSES(...)` or `UserPoolEmail.withCognito(...)`, of this library or of aws-cdk-lib (whose '
      + 'factory input is checked and rendered as this library\'s); any other object is an error, not a silently different email configuration',
    source: 'switching is an import change ([migration.md](migration.md#aws-cdk-libs-userpoolemail))',
  },
  unknownEnumValue: {
    props: ['`mfa`', '`accountRecovery`', '`featurePlan`', '`standardThreatProtectionMode`', '`customThreatProtectionMode`',
      '`passkeyUserVerification`', '`passkeyFactorConfiguration`', '`issuerType`', '`creationOnlyDefaults`', '`userVerification.emailStyle`'],
    rule: 'a member of the prop\'s enum (`Mfa.REQUIRED`, ...): TypeScript allows nothing else, but JavaScript, a cast or a property '
      + 'injector can pass any value',
    source: 'an unknown value would render a silent default (`accountRecovery` would render no recovery setting, Cognito\'s '
      + 'phone-first legacy; `creationOnlyDefaults` would mean `SECURE`, the wrong way round for a migration) or fail the deploy with a '
      + 'CloudFormation-worded error; aws-cdk-lib\'s `switch` on `accountRecovery` throws on an unknown value or a token. '
      + 'A token is accepted except for `accountRecovery` and `creationOnlyDefaults`, which choose what is rendered',
  },
  preferredUsernameWithoutUsername: {
    props: ['`signInAliases.preferredUsername`'],
    rule: 'needs `signInAliases.username` (preferred_username is an alias of the username)',
    source: `[Cognito: sign-in attributes](${GUIDE}/user-pool-settings-attributes.html); aws-cdk-lib`,
  },
  keepOriginalWithoutAutoVerify: {
    props: ['`keepOriginal.email`', '`keepOriginal.phone`'],
    rule: 'the attribute must be auto-verified: set `autoVerify.email` / `autoVerify.phone`, or drop `keepOriginal`',
    source: 'Cognito: attributes that require verification before update must be in `AutoVerifiedAttributes`',
  },
  mfaWithoutFactor: {
    props: ['`mfaSecondFactor`'],
    rule: 'MFA `OPTIONAL`/`REQUIRED` needs at least one of `otp`, `sms`, `email`; or set `mfa: Mfa.OFF`',
    source: `[Cognito: MFA](${GUIDE}/user-pool-settings-mfa.html); the deploy error in [aws/aws-cdk#11478](https://github.com/aws/aws-cdk/issues/11478)`,
  },
  emailMfaNeedsSes: {
    props: ['`mfaSecondFactor.email`'],
    rule: 'needs `email: UserPoolEmail.withSES(...)`',
    source: `[Cognito: email MFA](${GUIDE}/user-pool-settings-mfa-sms-email-message.html) ("the user pool must be configured to use the `
      + 'Amazon SES email-sending configuration")',
  },
  emailMfaNeedsPlan: {
    props: ['`mfaSecondFactor.email`'],
    rule: 'needs `featurePlan` ESSENTIALS or PLUS',
    source: `[API: EmailMfaConfigType](${API}/API_EmailMfaConfigType.html)`,
  },
  emailOnlyMfa: {
    props: ['`mfaSecondFactor`'],
    rule: 'email as the only factor: CloudFormation fails to create the pool ("SMS configuration and Auto verification for phone_number '
      + 'are required when MFA is required/optional"); also enable `otp`',
    source: '[cloudformation-coverage-roadmap#2221](https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/2221), '
      + '[aws/aws-cdk#32615](https://github.com/aws/aws-cdk/issues/32615)',
  },
  emailMfaMessageWithMfaOff: {
    props: ['`emailMfaMessage`', '`emailMfaSubject`'],
    rule: 'not with `mfa: OFF` ("can\'t turn off MFA and configure an MFA together"): remove them, or set `mfa` to `OPTIONAL` or `REQUIRED`',
    source: 'measured in [go-to-k/cdkd#1923](https://github.com/go-to-k/cdkd/issues/1923); '
      + '[lgallard/terraform-aws-cognito-user-pool#74](https://github.com/lgallard/terraform-aws-cognito-user-pool/issues/74)',
  },
  phoneRecoveryWithSmsMfa: {
    props: ['`accountRecovery`'],
    rule: 'no phone recovery while SMS MFA is required ("Account Recovery Setting cannot use verified_phone_number as a recovery '
      + 'mechanism when SMS MFA is configured"): use `EMAIL_ONLY`, or drop `mfaSecondFactor.sms`',
    source: 'the deploy error in [aws/aws-cdk#11478](https://github.com/aws/aws-cdk/issues/11478); '
      + `[API: AccountRecoverySettingType](${API}/API_AccountRecoverySettingType.html)`,
  },
  placeholder: {
    props: ['`mfaMessage`', '`emailMfaMessage`', '`userVerification.emailBody`', '`userVerification.smsMessage`'],
    rule: 'contains `{####}`; `userVerification.emailBody` with `emailStyle: LINK` contains `{##text##}` with at least one character of '
      + 'text instead (the API pattern also matches `{####}` as an empty link, which the service refuses with "The message is invalid")',
    source: 'API patterns `SmsVerificationMessageType`, `EmailMfaMessageType`, `EmailVerificationMessageByLinkType`; '
      + '[aws/aws-cdk#6811](https://github.com/aws/aws-cdk/issues/6811), '
      + '[aws-amplify/amplify-cli#5907](https://github.com/aws-amplify/amplify-cli/issues/5907); any link text is allowed '
      + '([aws/aws-cdk#23828](https://github.com/aws/aws-cdk/issues/23828))',
  },
  passwordlessNeedsPlan: {
    props: ['`signInPolicy.allowedFirstAuthFactors`'],
    rule: 'passwordless factors (`emailOtp`, `smsOtp`, `passkey`) need `featurePlan` ESSENTIALS or PLUS',
    source: `[API: SignInPolicyType](${API}/API_SignInPolicyType.html); the deploy error in `
      + '[aws-amplify/amplify-backend#2805](https://github.com/aws-amplify/amplify-backend/issues/2805)',
  },
  otpSignInWithRequiredMfa: {
    props: ['`signInPolicy.allowedFirstAuthFactors`'],
    rule: 'no email or SMS one-time-password sign-in with `mfa: REQUIRED` ("Only PASSWORD and WEB_AUTHN (if configured) can be enabled '
      + 'as an auth factor if MFA is enabled"): set `mfa` to `OPTIONAL`, or remove `emailOtp` and `smsOtp`',
    source: 'measured in [go-to-k/cdkd#1975](https://github.com/go-to-k/cdkd/issues/1975)',
  },
  passkeyRelyingPartyIdDomain: {
    props: ['`passkeyRelyingPartyId`'],
    rule: 'a bare domain such as `auth.example.com`: no scheme, path, port or trailing dot',
    source: 'WebAuthn: the relying party id is a domain ([W3C WebAuthn, RP ID](https://www.w3.org/TR/webauthn-3/#rp-id)); '
      + `[API: WebAuthnConfigurationType](${API}/API_WebAuthnConfigurationType.html)`,
  },
  passkeySignInWithRequiredMfa: {
    props: ['`signInPolicy.allowedFirstAuthFactors.passkey`'],
    rule: 'with `mfa: REQUIRED`, needs `passkeyFactorConfiguration: MULTI_FACTOR_WITH_USER_VERIFICATION`; or set `mfa` to `OPTIONAL`',
    source: 'API: "Cannot set WebAuthn factor configuration to SINGLE_FACTOR if MFA is required and WebAuthn is an allowed first auth factor"',
  },
  passkeyMfaNeedsUserVerification: {
    props: ['`passkeyFactorConfiguration`'],
    rule: '`MULTI_FACTOR_WITH_USER_VERIFICATION` needs `passkeyUserVerification: REQUIRED`',
    source: 'API `WebAuthnConfigurationType` (passkey MFA requires user verification)',
  },
  passkeyMfaNeedsPlan: {
    props: ['`passkeyFactorConfiguration`'],
    rule: '`MULTI_FACTOR_WITH_USER_VERIFICATION` needs `featurePlan` ESSENTIALS or PLUS',
    source: `[API: WebAuthnConfigurationType](${API}/API_WebAuthnConfigurationType.html)`,
  },
  passwordHistoryNeedsPlan: {
    props: ['`passwordPolicy.passwordHistorySize`'],
    rule: 'not on `featurePlan` LITE: remove it, or use ESSENTIALS or PLUS',
    source: `[API: PasswordPolicyType](${API}/API_PasswordPolicyType.html); aws-cdk-lib`,
  },
  tempPasswordValidityNotInDays: {
    props: ['`passwordPolicy.tempPasswordValidity`'],
    rule: 'a token duration must be in days: `Duration.days(token)`',
    source: 'CDK can\'t convert a token duration between units',
  },
  threatProtectionNeedsPlus: {
    props: ['`standardThreatProtectionMode`', '`customThreatProtectionMode`'],
    rule: 'need `featurePlan` PLUS: an error on ESSENTIALS (a warning on LITE, `threatProtectionWithoutPlus`)',
    source: `[API: UserPoolAddOnsType](${API}/API_UserPoolAddOnsType.html); the deploy error in `
      + '[aws/aws-cdk#33565](https://github.com/aws/aws-cdk/pull/33565)',
  },
  smsRoleDisabledWithSmsRole: {
    props: ['`enableSmsRole` (of the pool or a `UserPoolRegionalConfiguration`)'],
    rule: '`false` together with `smsRole` is contradictory: remove one of them',
    source: 'aws-cdk-lib',
  },
  smsRoleDisabledButNeeded: {
    props: ['`enableSmsRole`'],
    rule: '`false` without `smsRole` while SMS MFA or SMS one-time-password sign-in needs SMS: pass `smsRole`, or remove `enableSmsRole`',
    source: `[API: SmsConfigurationType](${API}/API_SmsConfigurationType.html); [aws/aws-cdk#12075](https://github.com/aws/aws-cdk/issues/12075)`,
  },
  regionCode: {
    props: ['`snsRegion` (of the pool or a `UserPoolRegionalConfiguration`)', '`UserPoolEmail.withSES sesRegion`', '`replicas[].region`', '`endUserMessagingSms.region`', '`failover.secondaryRegion` (`UserPoolDomain`)'],
    rule: 'a region code such as `us-east-1`',
    source: `[API: SmsConfigurationType](${API}/API_SmsConfigurationType.html); the SES identity ARN; `
      + `[API: FailoverType](${API}/API_FailoverType.html) (SecondaryRegion, "The secondary AWS Region to use for failover")`,
  },
  snsRegionForPool: {
    props: ['`snsRegion` (of the pool or a `UserPoolRegionalConfiguration`)'],
    rule: '`ap-northeast-1` for a pool (or a replica) in `ap-northeast-2` ("must use your Amazon SNS configuration in the Asia Pacific (Tokyo) Region")',
    source: `[API: SmsConfigurationType](${API}/API_SmsConfigurationType.html)`,
  },
  endUserMessagingSmsWithSnsRegion: {
    props: ['`snsRegion`'],
    rule: 'not with `endUserMessagingSms`, whatever its value (a token too: the direct path has no SNS Region to render it into): '
      + 'remove `snsRegion`, or `endUserMessagingSms` to stay on Amazon SNS',
    source: `[API: SmsConfigurationType](${API}/API_SmsConfigurationType.html) ("provide either the Amazon SNS configuration `
      + '(`SnsCallerArn`) or this configuration, but not both"); [Cognito: SMS message settings]'
      + `(${GUIDE}/user-pool-sms-settings.html#user-pool-sms-settings-choose) (direct path: "Cross-Region sending: Not supported")`,
  },
  endUserMessagingSmsWithoutRole: {
    props: ['`enableSmsRole`'],
    rule: '`false` with `endUserMessagingSms` and no `smsRole`: `EumsSms.CallerArn` is required; pass `smsRole`, or remove `enableSmsRole`',
    source: `[API: EumsSmsConfigurationType](${API}/API_EumsSmsConfigurationType.html) (\`CallerArn\` "Required: Yes")`,
  },
  endUserMessagingSmsRegion: {
    props: ['`endUserMessagingSms.region`'],
    rule: 'the pool\'s Region, when both are known; or leave it out, which means the same',
    source: `[API: EumsSmsConfigurationType](${API}/API_EumsSmsConfigurationType.html) ("You can also set this parameter to your user `
      + 'pool\'s Region explicitly. Amazon Cognito rejects any other value with an `InvalidParameterException`")',
  },
  endUserMessagingSmsIndiaDlt: {
    props: ['`endUserMessagingSms.indiaDlt`'],
    rule: 'both `entityId` and `templateId`, each a non-empty string (TypeScript requires both; JavaScript can leave one out); '
      + 'or no `indiaDlt`',
    source: `[Cognito: SMS message settings](${GUIDE}/user-pool-sms-settings.html#sms-setup-eums) (\`InEntityId\`, \`InTemplateId\`: `
      + '"Required for sending to recipients in India")',
  },
  sesRegionForPool: {
    props: ['`UserPoolEmail.withSES sesRegion`', '`UserPoolRegionalConfiguration` `email` (given, or the pool\'s it reuses)'],
    rule: 'one of the SES regions Cognito supports for the pool\'s region (for a regional configuration, the replica\'s Region), when both are '
      + 'known (data in `src/checks/regions.ts`)',
    source: `[Cognito: SES email configuration regions](${GUIDE}/user-pool-email.html#user-pool-email-developer-region-mapping)`,
  },
  kmsKey: {
    props: ['`encryptionKey`', '`customSenderKmsKey` (of the pool or a `UserPoolRegionalConfiguration`)'],
    rule: 'a KMS key, not an alias (`kms.Alias`, an alias ARN): pass the key, or `kms.Key.fromKeyArn(...)`; symmetric (`keySpec` '
      + '`SYMMETRIC_DEFAULT`); in the pool\'s region (for a regional configuration, the replica\'s Region)',
    source: `[Cognito: data protection](${GUIDE}/data-protection.html) ("only symmetric KMS keys in the same AWS Region", "only with a `
      + `KMS key ARN, not an alias"); [Cognito: custom sender triggers](${GUIDE}/user-pool-lambda-custom-sender-triggers.html)`,
  },
  snapshotRemovalPolicy: {
    props: ['`removalPolicy`'],
    rule: '`SNAPSHOT` is not supported by user pools: use `RETAIN`, `RETAIN_ON_UPDATE_OR_DELETE` or `DESTROY`',
    source: 'CloudFormation `DeletionPolicy`',
  },
  triggerSetTwice: {
    props: ['`lambdaTriggers.<trigger>` (of the pool or a `UserPoolRegionalConfiguration`)', '`addTrigger(...)`'],
    rule: 'a trigger set twice (including `preTokenGeneration` and `PRE_TOKEN_GENERATION_CONFIG`, unless they are the same function: '
      + 'Cognito accepts identical ARNs under both keys)',
    source: `[API: LambdaConfigType](${API}/API_LambdaConfigType.html) (one function per trigger)`,
  },
  triggerLambdaVersion: {
    props: ['`lambdaTriggers.<trigger>` (of the pool or a `UserPoolRegionalConfiguration`)', '`addTrigger(...)`'],
    rule: '`LambdaVersion` V2_0/V3_0 only for pre token generation; the senders and inbound federation take V1_0',
    source: 'API enums `*LambdaVersionType`',
  },
  triggerVersionNeedsPlan: {
    props: ['`lambdaTriggers.preTokenGeneration` (of the pool or a `UserPoolRegionalConfiguration` of this library\'s pool)', '`addTrigger(...)`'],
    rule: 'V2_0/V3_0 need `featurePlan` ESSENTIALS or PLUS',
    source: `[Cognito: pre token generation](${GUIDE}/user-pool-lambda-pre-token-generation.html)`,
  },
  triggerOnForeignCreatedPool: {
    props: ['`UserPoolTrigger` `userPool`'],
    rule: 'a pool created in this app by a construct that is neither this library\'s nor aws-cdk-lib\'s `UserPool` (which take the trigger '
      + 'through their `addTrigger`): set it in that pool\'s `LambdaConfig`. The custom resource is for pools created elsewhere; on a '
      + 'pool CloudFormation manages in this app, the next deploy of its stack would undo it',
    source: 'CloudFormation writes the pool\'s whole `LambdaConfig` on every update of the pool ([UpdateUserPool](' + API + '/API_UpdateUserPool.html): '
      + '"If you don\'t provide a value for an attribute, Amazon Cognito sets it to its default value")',
  },
  importedTriggerUnknown: {
    props: ['`UserPoolTrigger` `operation`', '`addTrigger(UserPoolOperation.of(...))` on an imported pool'],
    rule: 'a trigger the custom resource\'s handler knows (the `LambdaConfig` keys this library models); a newer key set with `UserPoolOperation.of` works on a created pool only',
    source: 'the handler writes only `LambdaConfig` entries whose shape it knows ([API: LambdaConfigType](' + API + '/API_LambdaConfigType.html)); failing at deploy would roll the stack back',
  },
  migrationCrossAccount: {
    props: ['`UserPoolMigration` `sourceUserPool`', '`sourceRole`'],
    rule: 'a source pool in another account than the stack\'s needs `sourceRole`, a role of that account the function assumes',
    source: 'Cognito user pools have no resource-based policies ([IAM: services that work with IAM](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html)), so a grant to the function\'s role can\'t reach another account\'s pool',
  },
  triggerPoolElsewhere: {
    props: ['`UserPoolTrigger` `userPool`', '`addTrigger(...)` on an imported pool'],
    rule: 'a pool created elsewhere in the stack\'s account and Region (when both are known): the custom resource\'s function calls the pool from there',
    source: 'Cognito user pools have no resource-based policies ([IAM: services that work with IAM](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html)); the function\'s Cognito client targets its own Region',
  },
  triggerKmsKeyOnCreatedPool: {
    props: ['`UserPoolTrigger` `kmsKey`'],
    rule: 'not on this library\'s created pool, which uses `customSenderKmsKey` or creates the key',
    source: 'one `KMSKeyID` per pool ([API: LambdaConfigType](' + API + '/API_LambdaConfigType.html))',
  },
  triggerNeedsKmsKey: {
    props: ['`UserPoolTrigger` `kmsKey`'],
    rule: 'required with `customEmailSender` and `customSmsSender` on a pool created elsewhere, and only with them',
    source: `[Cognito: custom sender triggers](${GUIDE}/user-pool-lambda-custom-sender-triggers.html) (Cognito encrypts the codes with \`KMSKeyID\`)`,
  },
  migrationSamePool: {
    props: ['`UserPoolMigration` `targetUserPool`'],
    rule: 'another pool than `sourceUserPool`',
    source: 'a pool migrating users from itself would call its own trigger ([Cognito: migrate user trigger](' + GUIDE + '/user-pool-lambda-migrate-user.html))',
  },
  migrationSourceClient: {
    props: ['`UserPoolMigration` `sourceClient`'],
    rule: 'required when the source pool is created elsewhere: an app client of the source pool that allows `ALLOW_ADMIN_USER_PASSWORD_AUTH` and has no secret',
    source: `[API: AdminInitiateAuth](${API}/API_AdminInitiateAuth.html) (the flow; a client with a secret needs a \`SECRET_HASH\`, which the function can't compute without the secret)`,
  },
  migrationAttribute: {
    props: ['`UserPoolMigration` `attributeMapping`', '`targetCustomAttributes`'],
    rule: 'attribute names (standard, or `custom:<name>` with 1 to 20 characters after `custom:`); never `sub`',
    source: `[Cognito: migrate user trigger](${GUIDE}/user-pool-lambda-migrate-user.html) (a returned \`sub\` fails the migration, boto/boto3#2747); [API: CustomAttributeNameType](${API}/API_SchemaAttributeType.html)`,
  },
  preTokenGenerationVersionWithoutFunction: {
    props: ['`lambdaTriggers.preTokenGenerationVersion`'],
    rule: 'needs `lambdaTriggers.preTokenGeneration`: add the function, or remove the version',
    source: 'this library (a version alone would be ignored)',
  },
  apiLimit: {
    props: [
      'every prop [validation-limits.md](validation-limits.md) lists',
      'a literal ARN (`lambdaTriggers.<trigger>`, `customSenderKmsKey`, `encryptionKey`, `smsRole`)',
      '`customAttributes` keys',
      'tags (`tags`, `Tags.of(pool)`, checked when the app synthesizes)',
      '`UserPoolEmail.withSES configurationSetName`',
      'the names, identifiers, URLs, scopes, descriptions, precedence, provider details and attribute mappings of the pool\'s app '
        + 'clients, resource servers, groups and identity providers in its stack, whichever library made them (checked when the app '
        + 'synthesizes; [validation.md](validation.md#limits-of-the-resources-around-the-pool))',
    ],
    rule: 'the length, range, pattern, enum or list size the API model and the CloudFormation schema give, the stricter winning; '
      + 'the message names the limit',
    source: 'the Cognito API model (botocore `cognito-idp`) and the CloudFormation resource schema, extracted by '
      + '`scripts/extract-constraints.py`; ARNs: API `ArnType`; tags: API `TagKeysType`/`TagValueType`',
  },
  emailAddress: {
    props: ['`UserPoolEmail.withSES fromEmail`', '`UserPoolEmail.withSES replyTo`', '`UserPoolEmail.withCognito replyTo`'],
    rule: 'an address `local@domain`, ASCII before the `@`',
    source: 'SES; aws-cdk-lib',
  },
  sesVerifiedDomain: {
    props: ['`UserPoolEmail.withSES sesVerifiedDomain`'],
    rule: 'must be the domain of `fromEmail`',
    source: '[aws/aws-cdk#18825](https://github.com/aws/aws-cdk/issues/18825), [#19762](https://github.com/aws/aws-cdk/issues/19762)',
  },
  customAttributeBounds: {
    props: ['`StringAttribute minLen`/`maxLen`', '`NumberAttribute min`/`max`'],
    rule: '`minLen`, `maxLen`: whole numbers 0 to 2048; `min`, `max`: finite numbers; the minimum not above the maximum',
    source: `[Cognito: custom attributes](${GUIDE}/user-pool-settings-attributes.html#user-pool-settings-custom-attributes)`,
  },
  operationName: {
    props: ['`UserPoolOperation.of`'],
    rule: 'a literal camelCase `LambdaConfig` key such as `\'preSignUp\'` (not a token)',
    source: 'CloudFormation `LambdaConfig`',
  },
  // Threat protection, log delivery and AWS WAF (docs/threat-protection.md).
  riskConfigurationNeedsPlus: {
    props: ['`riskConfiguration`', '`addRiskConfiguration(...)`'],
    rule: 'needs `featurePlan: PLUS`',
    source: `[API: UserPoolAddOnsType](${API}/API_UserPoolAddOnsType.html) (threat protection is a Plus feature)`,
  },
  riskConfigurationNeedsThreatProtection: {
    props: ['`riskConfiguration`', '`addRiskConfiguration(...)`'],
    rule: 'needs threat protection on (`standardThreatProtectionMode` `AUDIT_ONLY` or `FULL_FUNCTION`)',
    source: `[API: SetRiskConfiguration](${API}/API_SetRiskConfiguration.html) (\`UserPoolAddOnNotEnabledException\`)`,
  },
  riskNotifyWithoutNotification: {
    props: ['`riskConfiguration.accountTakeover.notify`'],
    rule: 'needs `riskConfiguration.notification`',
    source: `[API: AccountTakeoverRiskConfigurationType](${API}/API_AccountTakeoverRiskConfigurationType.html)`,
  },
  riskNotificationNeedsSes: {
    props: ['`riskConfiguration.notification`'],
    rule: 'needs `email: UserPoolEmail.withSES(...)`: the notify configuration\'s `SourceArn` is the SES identity',
    source: `[API: NotifyConfigurationType](${API}/API_NotifyConfigurationType.html)`,
  },
  riskNotificationEmailBody: {
    props: ['`riskConfiguration.notification.blockEmail`', '`.mfaEmail`', '`.noActionEmail`'],
    rule: 'needs `htmlBody` or `textBody`',
    source: `[API: NotifyEmailType](${API}/API_NotifyEmailType.html)`,
  },
  riskIpRanges: {
    props: ['`riskConfiguration.blockedIpRanges`', '`riskConfiguration.alwaysAllowedIpRanges`'],
    rule: 'CIDR notation such as `192.0.2.0/24` or `2001:db8::/32`, at most 200 each',
    source: `[API: RiskExceptionConfigurationType](${API}/API_RiskExceptionConfigurationType.html)`,
  },
  logNotificationDestination: {
    props: ['`logDelivery.userNotification`'],
    rule: '`UserPoolLogDestination.cloudWatchLogs(...)` only',
    source: `[API: LogConfigurationType](${API}/API_LogConfigurationType.html); `
      + '[hashicorp/terraform-provider-aws#47894](https://github.com/hashicorp/terraform-provider-aws/pull/47894)',
  },
  logAuthEventsNeedsPlus: {
    props: ['`logDelivery.userAuthEvents`'],
    rule: 'needs `featurePlan: PLUS` (with threat protection off it is a warning, `logDeliveryWithoutThreatProtection`)',
    source: `[Cognito: exporting user pool logs](${GUIDE}/exporting-quotas-and-usage.html)`,
  },
  logGroupEncrypted: {
    props: ['`logDelivery.userNotification`', '`logDelivery.userAuthEvents`'],
    rule: 'a log group not encrypted with a KMS key (checked for log groups created in the app)',
    source: `[API: CloudWatchLogsConfigurationType](${API}/API_CloudWatchLogsConfigurationType.html) ("must not be encrypted with `
      + 'AWS Key Management Service")',
  },
  domainExactlyOne: {
    props: ['`addDomain` options, `UserPoolDomain` props'],
    rule: 'exactly one of `cognitoDomain` and `customDomain`',
    source: `[API: CreateUserPoolDomain](${API}/API_CreateUserPoolDomain.html)`,
  },
  domainPrefix: {
    props: ['`cognitoDomain.domainPrefix` (`addDomain`, this library\'s `UserPoolDomain`; a domain of the pool\'s stack made otherwise, checked when the app synthesizes)'],
    rule: '1 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit (`^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$`; aws-cdk-lib checks only the characters, aws/aws-cdk#38531)',
    source: `[API: CreateUserPoolDomain](${API}/API_CreateUserPoolDomain.html) (DomainType)`,
  },
  domainPrefixReservedWord: {
    props: ['`cognitoDomain.domainPrefix` (`addDomain`, this library\'s `UserPoolDomain`; a domain of the pool\'s stack made otherwise, checked when the app synthesizes)'],
    rule: 'not containing `aws`, `amazon` or `cognito` ("Domain cannot contain reserved word: aws", aws-solutions/content-analysis-on-aws#8, aws-amplify/amplify-cli#3854)',
    source: `[Cognito: domain prefix](${GUIDE}/cognito-user-pools-assign-domain-prefix.html) ("You can't use the text aws, amazon, or cognito, in the domain prefix")`,
  },
  domainCertificateRegion: {
    props: ['`customDomain.certificate`'],
    rule: 'an ACM certificate in us-east-1, when its ARN is known ("you must provide an SSL certificate in the US East (N. Virginia) Amazon Web Services Region")',
    source: `[API: CreateUserPoolDomain](${API}/API_CreateUserPoolDomain.html)`,
  },
  domainOnePerKind: {
    props: ['`addDomain`, `UserPoolDomain`'],
    rule: 'at most one Cognito (prefix) domain and one custom domain per pool ("User pool already has a domain configured", aws/aws-cdk#10062)',
    source: `[API: CreateUserPoolDomain](${API}/API_CreateUserPoolDomain.html); [aws/aws-cdk#10062](https://github.com/aws/aws-cdk/issues/10062)`,
  },
  domainFailoverIncomplete: {
    props: ['`failover.healthCheck`, `failover.secondaryRegion` (`UserPoolDomain`)'],
    rule: 'failover needs a Route 53 health check and a secondary Region: `secondaryRegion` defaults to the Region of the pool\'s replica '
      + '(this library\'s pool with `replicas`); give it for another pool, or add the replica ([replicas.md](replicas.md#domain-failover))',
    source: `[API: FailoverType](${API}/API_FailoverType.html) (PrimaryRoute53HealthCheckId and SecondaryRegion "Required: Yes")`,
  },
  replicasNeedPlan: {
    props: ['`replicas`'],
    rule: 'featurePlan ESSENTIALS or PLUS ("You can\'t enable MRR on user pools with the Lite feature plan")',
    source: `[Cognito: multi-Region replication](${GUIDE}/user-pool-multi-region.html)`,
  },
  replicaCount: {
    props: ['`replicas`'],
    rule: 'at most one replica, each Region once ("You can have at most one secondary replica in an additional Region per user directory")',
    source: `[Cognito: multi-Region replication](${GUIDE}/user-pool-multi-region.html)`,
  },
  replicaInOwnRegion: {
    props: ['`replicas[].region`'],
    rule: 'another Region than the pool\'s, when both are known',
    source: `[API: CreateUserPoolReplica](${API}/API_CreateUserPoolReplica.html)`,
  },
  replicaNeedsKey: {
    props: ['`encryptionKey`'],
    rule: 'with replicas, a multi-Region customer managed key ("You must configure your user pool with a multi-Region customer managed key from AWS KMS before enabling replication"; a created key with `multiRegion: true`, an imported key id starting with `mrk-`)',
    source: `[Cognito: multi-Region replication](${GUIDE}/user-pool-multi-region.html); [API: KeyConfigurationType](${API}/API_KeyConfigurationType.html)`,
  },
  replicaRegionIsPrimary: {
    props: ['`UserPoolRegionalConfiguration` (the Region of its stack)'],
    rule: 'a stack in a replica Region of the pool, not in the pool\'s own Region (when both are known): "Create this resource in the '
      + 'secondary (replica) Region"',
    source: `[CloudFormation: UserPoolRegionalConfigurationAttachment](${CFN}/aws-resource-cognito-userpoolregionalconfigurationattachment.html)`,
  },
  replicaRegionNotReplicated: {
    props: ['`UserPoolRegionalConfiguration` `userPool`'],
    rule: 'this library\'s pool has a replica in the stack\'s Region (`replicas: [{ region }]`; checked when both are known): "The user pool '
      + 'must have a replica in the Region where you create this resource"',
    source: `[CloudFormation: UserPoolRegionalConfigurationAttachment](${CFN}/aws-resource-cognito-userpoolregionalconfigurationattachment.html)`,
  },
  regionalConfigurationTwice: {
    props: ['`UserPoolRegionalConfiguration` `userPool`'],
    rule: 'one regional configuration per pool and Region in the app (the same pool object, or the same literal pool id): the '
      + 'attachment is identified by the pool\'s id alone, so a second one in the Region fails to create',
    source: `[CloudFormation: UserPoolRegionalConfigurationAttachment](${CFN}/aws-resource-cognito-userpoolregionalconfigurationattachment.html) `
      + '(primary identifier `UserPoolId`); cfn-lint E3019',
  },
  triggerRegion: {
    props: ['`UserPoolRegionalConfiguration` `lambdaTriggers.<trigger>`'],
    rule: 'a function in the stack\'s Region, the replica\'s (when both are known): Lambda triggers are set per Region, and the invoke '
      + 'permission this construct adds in that Region can only name a function of that Region',
    source: `[Cognito: multi-Region replication](${GUIDE}/user-pool-multi-region.html) (Lambda triggers are a per-Region setting); Lambda `
      + 'refuses functions of another Region ("Functions from \'us-east-1\' are not reachable in this region", '
      + '[alexcasalboni/aws-lambda-power-tuning#18](https://github.com/alexcasalboni/aws-lambda-power-tuning/issues/18))',
  },
  senderKeyMissing: {
    props: ['`UserPoolRegionalConfiguration` `lambdaTriggers.customEmailSender`, `lambdaTriggers.customSmsSender`'],
    rule: 'a key for the codes: `customSenderKmsKey`, a symmetric key in the replica\'s Region; or, left out, this library\'s pool with a '
      + 'custom sender key it created (multi-Region when the pool has replicas), which is then replicated into the Region',
    source: `[API: LambdaConfigType](${API}/API_LambdaConfigType.html) (\`KMSKeyID\`); [Cognito: custom sender triggers](${GUIDE}/user-pool-lambda-custom-sender-triggers.html)`,
  },
  replicaPrimaryKey: {
    props: ['`UserPoolReplicaKey` `primaryKey`'],
    rule: 'a multi-Region key (created with `multiRegion: true`, or imported with a key id starting with `mrk-`), not an alias, in another '
      + 'Region than the stack (when both are known)',
    source: `[CloudFormation: AWS::KMS::ReplicaKey](${CFN}/aws-resource-kms-replicakey.html) ("Specify the key ARN of an existing `
      + 'multi-Region primary key"; "The primary key must be in a different AWS Region of the same AWS partition")',
  },
  sessionsNeedPlan: {
    props: ['`sessions`'],
    rule: 'featurePlan ESSENTIALS or PLUS (`FeatureUnavailableInTierException` on LITE)',
    source: `[Cognito: managing user sessions](${GUIDE}/managing-user-sessions.html)`,
  },
  sessionCapWithoutTracking: {
    props: ['`sessions.maxPerUser`'],
    rule: 'only with session tracking on: the cap applies to tracked sessions',
    source: `[CloudFormation: UserPoolSessionConfigurationAttachment](${CFN}/aws-resource-cognito-userpoolsessionconfigurationattachment.html)`,
  },
  sessionMaxPerUser: {
    props: ['`sessions.maxPerUser`'],
    rule: 'a whole number from 1 to 100 (`TokenSession.MaxPerUser`)',
    source: `[CloudFormation: UserPoolSessionConfigurationAttachment](${CFN}/aws-resource-cognito-userpoolsessionconfigurationattachment.html)`,
  },
  ssoSessionValidity: {
    props: ['`ssoSessionValidity`'],
    rule: 'whole minutes from 0 (always sign in again) to 129,600 (90 days) (`SSOSession.MaxValidityMinutes`)',
    source: `[CloudFormation: UserPoolClientSessionConfigurationAttachment](${CFN}/aws-resource-cognito-userpoolclientsessionconfigurationattachment.html)`,
  },
  ssoSessionWithoutTracking: {
    props: ['`ssoSessionValidity`'],
    rule: 'only on a pool that tracks sessions (this library\'s pool; an imported pool is not checked): "session tracking must be enabled for the user pool"',
    source: `[API: SetUserPoolClientSessionConfiguration](${API}/API_SetUserPoolClientSessionConfiguration.html); [CloudFormation: UserPoolClientSessionConfigurationAttachment](${CFN}/aws-resource-cognito-userpoolclientsessionconfigurationattachment.html)`,
  },
  ssoSessionMachineClient: {
    props: ['`ssoSessionValidity`'],
    rule: 'not on a client credentials client: the SSO session is the managed login session of users',
    source: `[Cognito: managing user sessions](${GUIDE}/managing-user-sessions.html)`,
  },
  logGroupAccount: {
    props: ['`logDelivery.userNotification`', '`logDelivery.userAuthEvents`'],
    rule: 'a log group in the pool\'s account, when both accounts are known ("must be in the same Amazon Web Services account as your user pool")',
    source: `[API: CloudWatchLogsConfigurationType](${API}/API_CloudWatchLogsConfigurationType.html)`,
  },
  webAclArn: {
    props: ['`webAclArn`'],
    rule: 'a literal ARN must be an AWS WAF regional web ACL (`arn:aws:wafv2:<region>:<account>:regional/webacl/<name>/<id>`) in the '
      + 'pool\'s region, not a global (CloudFront) one',
    source: '[AWS WAF: resources you can protect](https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html)',
  },
  // App clients (docs/clients.md).
  clientOAuthFlows: {
    props: ['`oAuth.flows`'],
    rule: 'enables at least one of `authorizationCodeGrant`, `implicitCodeGrant`, `clientCredentials`; or set `disableOAuth: true`',
    source: `[API: CreateUserPoolClient](${API}/API_CreateUserPoolClient.html) (\`AllowedOAuthFlows\` with OAuth on)`,
  },
  clientCredentialsWithBrowserFlows: {
    props: ['`oAuth.flows.clientCredentials`'],
    rule: 'not with the code or implicit grant ("client_credentials flow can not be selected along with code flow or implicit flow"): '
      + 'one client for users, another for machines',
    source: `[API: CreateUserPoolClient](${API}/API_CreateUserPoolClient.html)`,
  },
  clientCredentialsNeedSecret: {
    props: ['`generateSecret`'],
    rule: '`true` with client credentials ("client_credentials flow can not be selected if client does not have a client secret")',
    source: `[API: CreateUserPoolClient](${API}/API_CreateUserPoolClient.html)`,
  },
  clientContextDataNeedsSecret: {
    props: ['`enablePropagateAdditionalUserContextData`'],
    rule: 'needs `generateSecret: true` ("You can only activate EnablePropagateAdditionalUserContextData in an app client that has a client secret")',
    source: `[API: CreateUserPoolClient](${API}/API_CreateUserPoolClient.html)`,
  },
  clientDefaultRedirectUri: {
    props: ['`oAuth.defaultRedirectUri`'],
    rule: 'one of `oAuth.callbackUrls` ("Must be in the CallbackURLs list")',
    source: `[API: CreateUserPoolClient](${API}/API_CreateUserPoolClient.html)`,
  },
  brandingAsset: {
    props: ['`BrandingAsset.fromFile`'],
    rule: 'a readable .ico, .jpg, .jpeg, .png, .svg or .webp file, at most 1,000,000 characters Base64-encoded (`AssetType.Extension`, `AssetType.Bytes`)',
    source: `[CloudFormation: ManagedLoginBranding AssetType](${CFN}/aws-properties-cognito-managedloginbranding-assettype.html)`,
  },
  brandingRequest: {
    props: ['`managedLoginBranding`'],
    rule: 'at most 40 assets, and settings and assets together within the 2 MB request limit ("This operation has a 2-megabyte request-size limit")',
    source: `[CloudFormation: AWS::Cognito::ManagedLoginBranding](${CFN}/aws-resource-cognito-managedloginbranding.html)`,
  },
  termsLinks: {
    props: ['`termsOfUse`', '`privacyPolicy`'],
    rule: '1 to 13 links, keyed `cognito:default` or a managed login language (`cognito:french`, ...; CloudFormation\'s pattern has no `cognito:dutch`), each 1 to 1,024 characters',
    source: `[CloudFormation: AWS::Cognito::Terms](${CFN}/aws-resource-cognito-terms.html); [API: CreateTerms](${API}/API_CreateTerms.html)`,
  },
  clientCredentialsScopes: {
    props: ['`oAuth.scopes`'],
    rule: 'with client credentials: resource server scopes only (`OAuthScope.resourceServer(...)`), at least one',
    source: `[Cognito: scopes](${GUIDE}/cognito-user-pools-define-resource-servers.html)`,
  },
  clientCallbackUrlsRequired: {
    props: ['`oAuth.callbackUrls`'],
    rule: 'required with the code or implicit grant: name the URLs Cognito may redirect to',
    source: 'aws-cdk-lib\'s `https://example.com` default ([aws/aws-cdk#28204](https://github.com/aws/aws-cdk/issues/28204))',
  },
  clientCallbackUrl: {
    props: ['`oAuth.callbackUrls`', '`oAuth.logoutUrls`'],
    rule: '`https://`, `http://localhost` (with any port and path; not `127.0.0.1`), or an app scheme such as `myapp://callback`; no fragment',
    source: `[Cognito: app clients](${GUIDE}/user-pool-settings-client-apps.html) ("HTTPS over HTTP except for http://localhost for `
      + 'testing purposes only. App callback URLs such as myapp://example are also supported"; a redirect URI must "not include a '
      + 'fragment component")',
  },
  clientChoiceBasedSignInNeedsPlan: {
    props: ['`authFlows.user`'],
    rule: 'needs the pool\'s `featurePlan` ESSENTIALS or PLUS (known for this library\'s pools)',
    source: `[Cognito: authentication flows](${GUIDE}/amazon-cognito-user-pools-authentication-flow-methods.html)`,
  },
  clientTokenValidity: {
    props: ['`accessTokenValidity`', '`idTokenValidity`', '`refreshTokenValidity`', '`authSessionValidity`'],
    rule: 'access and ID tokens 5 minutes to 1 day; refresh tokens 60 minutes to 10 years; sign-in sessions 3 to 15 minutes',
    source: `[API: CreateUserPoolClient](${API}/API_CreateUserPoolClient.html)`,
  },
  clientTokenLongerThanRefresh: {
    props: ['`accessTokenValidity`', '`idTokenValidity`'],
    rule: 'not longer than `refreshTokenValidity`',
    source: `[API: CreateUserPoolClient](${API}/API_CreateUserPoolClient.html)`,
  },
  // References between a pool's resources, checked when the app synthesizes (docs/validation.md, "References between resources").
  clientScopeNotInPool: {
    props: ['`oAuth.scopes` (`AllowedOAuthScopes`) of an app client of the pool'],
    rule: 'a literal scope is a standard one (`openid`, `email`, `phone`, `profile`, `aws.cognito.signin.user.admin`) or '
      + '`<identifier>/<scope>` of a resource server of the pool in its stack: define the scope on a resource server and name it with '
      + '`OAuthScope.resourceServer(server, scope)`. Not checked when a resource server\'s identifier or scopes are tokens',
    source: '`ScopeDoesNotExistException` ([aws/aws-cdk#10676](https://github.com/aws/aws-cdk/issues/10676)); '
      + `[Cognito: scopes](${GUIDE}/cognito-user-pools-define-resource-servers.html)`,
  },
  clientIdentityProviderNotInPool: {
    props: ['`supportedIdentityProviders` (`SupportedIdentityProviders`) of an app client of the pool'],
    rule: 'a literal name is `COGNITO` or the `ProviderName` of an identity provider of the pool in its stack: add the provider, or remove '
      + 'the name. Not checked when a provider\'s name is a token',
    source: '"The provider Google does not exist for User Pool" ([aws/aws-cdk#15850](https://github.com/aws/aws-cdk/issues/15850)); '
      + `[API: CreateUserPoolClient](${API}/API_CreateUserPoolClient.html)`,
  },
  clientAttributeNotInPool: {
    props: ['`readAttributes`, `writeAttributes` (`ReadAttributes`, `WriteAttributes`) of an app client of the pool'],
    rule: 'standard attributes (with `email_verified` and `phone_number_verified`) or `custom:<name>` of a custom attribute the pool '
      + 'defines: add the custom attribute to `customAttributes`, or remove it from the list',
    source: '"Invalid write attributes specified while creating a client" ([aws/aws-cdk#20760](https://github.com/aws/aws-cdk/issues/20760)); '
      + `[Cognito: attribute permissions](${GUIDE}/user-pool-settings-attributes.html#user-pool-settings-attribute-permissions-and-scopes)`,
  },
  mappedAttributeNotInPool: {
    props: ['`attributeMapping` (`AttributeMapping`) of an identity provider of the pool'],
    rule: 'maps onto standard attributes (with `email_verified`, `phone_number_verified` and `username`) or `custom:<name>` of a custom '
      + 'attribute the pool defines; the bare name of one (what aws-cdk-lib\'s `attributeMapping.custom` renders) deploys and is accepted',
    source: '"AttributeMapping contains invalid mapping" ([aws/aws-cli#9729](https://github.com/aws/aws-cli/issues/9729)); the bare name '
      + 'deploys ([aws/aws-cdk#26820](https://github.com/aws/aws-cdk/issues/26820)); '
      + `[Cognito: attribute mapping](${GUIDE}/cognito-user-pools-specifying-attribute-mapping.html)`,
  },
} as const satisfies Record<string, ErrorSpec>;

/** A rule name: the only ids `Problems` accepts. */
export type ErrorName = keyof typeof ERRORS;

/** An error's full id, as it ends each problem line. */
export type ErrorId<N extends ErrorName = ErrorName> = `cdk-secure-user-pool:${N}`;

/** The full id of a rule. */
export function errorId<N extends ErrorName>(name: N): ErrorId<N> {
  return `cdk-secure-user-pool:${name}`;
}

/** Each error's full id by rule name, as `WARNINGS` has the warnings'. */
export const ERROR_IDS = Object.fromEntries(Object.keys(ERRORS).map((name) => [name, errorId(name as ErrorName)])) as {
  readonly [N in ErrorName]: ErrorId<N>;
};
