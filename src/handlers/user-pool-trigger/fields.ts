/**
 * Builds an UpdateUserPool request that writes back what DescribeUserPool read.
 *
 * UpdateUserPool replaces the whole configuration: "If you don't provide a value for an attribute, Amazon Cognito
 * sets it to its default value" (UpdateUserPool API reference). So every member of UpdateUserPoolRequest is listed
 * in UPDATE_MEMBERS below with where its value comes from, or why it is left out; a test enumerates the members of
 * the installed SDK's request schema at run time and fails on one that is not listed here.
 *
 * Values are copied whole. Every copied member has the same shape in the output (UserPoolType) as in the input
 * (UpdateUserPoolRequest), e.g. SmsConfigurationType in both, so whatever DescribeUserPool returns inside it is
 * something UpdateUserPool accepts, including members newer than this file (index.ts sends the JSON as built here,
 * so the SDK's serializer can't drop them).
 *
 * Self-contained on purpose: this directory is the Lambda asset, so it loads only the AWS SDK and Node.
 */
// The Node.js Lambda runtime provides the AWS SDK, so the package lists it only as a development dependency.
// eslint-disable-next-line import/no-extraneous-dependencies
import * as sdk from '@aws-sdk/client-cognito-identity-provider';

/** A JSON object as the service sends it. */
export type Json = Record<string, unknown>;

/** Where an UpdateUserPool member comes from: `from` names the DescribeUserPool member copied into it. */
export type MemberRule = { readonly from: string; readonly note?: string } | { readonly excluded: string };

/** Every member of UpdateUserPoolRequest (SDK 3.1178, botocore 1.43 has a subset), each copied or excluded. */
export const UPDATE_MEMBERS: Readonly<Record<string, MemberRule>> = {
  UserPoolId: { from: 'Id', note: 'the output calls it Id' },
  PoolName: { from: 'Name', note: 'the output calls it Name; UpdateUserPool accepts the current name unchanged' },
  Policies: { from: 'Policies', note: 'gains TemporaryPasswordValidityDays from a legacy UnusedAccountValidityDays, see below' },
  DeletionProtection: { from: 'DeletionProtection' },
  LambdaConfig: { from: 'LambdaConfig', note: 'index.ts changes only its own trigger (and KMSKeyID for custom senders)' },
  AutoVerifiedAttributes: { from: 'AutoVerifiedAttributes' },
  SmsVerificationMessage: { from: 'SmsVerificationMessage', note: 'legacy twin of VerificationMessageTemplate.SmsMessage: left out when the template has it' },
  EmailVerificationMessage: { from: 'EmailVerificationMessage', note: 'legacy twin of VerificationMessageTemplate.EmailMessage: left out when the template has it' },
  EmailVerificationSubject: { from: 'EmailVerificationSubject', note: 'legacy twin of VerificationMessageTemplate.EmailSubject: left out when the template has it' },
  VerificationMessageTemplate: { from: 'VerificationMessageTemplate' },
  SmsAuthenticationMessage: { from: 'SmsAuthenticationMessage' },
  UserAttributeUpdateSettings: { from: 'UserAttributeUpdateSettings' },
  MfaConfiguration: { from: 'MfaConfiguration', note: 'as read; ON/OPTIONAL is accepted because the factor it needs is already on the pool' },
  DeviceConfiguration: { from: 'DeviceConfiguration' },
  EmailConfiguration: { from: 'EmailConfiguration', note: 'SourceArn and From are re-validated by the service' },
  SmsConfiguration: { from: 'SmsConfiguration', note: 'the caller needs iam:PassRole on SnsCallerArn' },
  UserPoolTags: { from: 'UserPoolTags', note: 'keys starting with aws: are left out: reserved, no one can write them, and they cannot be removed' },
  AdminCreateUserConfig: { from: 'AdminCreateUserConfig', note: 'UnusedAccountValidityDays is left out: the service rejects it' },
  UserPoolAddOns: { from: 'UserPoolAddOns' },
  AccountRecoverySetting: { from: 'AccountRecoverySetting' },
  UserPoolTier: { from: 'UserPoolTier' },
  KeyConfiguration: { from: 'KeyConfiguration', note: 'in a replica Region it must match the existing configuration, which a copy does' },
  IssuerConfiguration: { from: 'IssuerConfiguration', note: 'in a replica Region it must match the existing configuration, which a copy does' },
  AcrConfiguration: { from: 'AcrConfiguration', note: 'a level left out would go back to its default name' },
  DcrConfiguration: {
    excluded: 'the reference says "If you omit this parameter, Amazon Cognito keeps the existing configuration", while a '
      + 'configuration sent back replaces it and "an omitted EnableStatus turns dynamic client registration on"; '
      + 'omitting it is the one way that cannot change it',
  },
};

/** DescribeUserPool members that UpdateUserPool has no place for (read-only, or fixed when the pool was created). */
export const OUTPUT_ONLY: Readonly<Record<string, string>> = {
  Status: 'read-only (deprecated)',
  LastModifiedDate: 'read-only',
  CreationDate: 'read-only',
  SchemaAttributes: 'fixed at creation; custom attributes are added with AddCustomAttributes',
  AliasAttributes: 'fixed at creation',
  UsernameAttributes: 'fixed at creation',
  UsernameConfiguration: 'fixed at creation',
  EstimatedNumberOfUsers: 'read-only',
  SmsConfigurationFailure: 'read-only',
  EmailConfigurationFailure: 'read-only',
  Domain: 'read-only; domains have their own API',
  CustomDomain: 'read-only; domains have their own API',
  Arn: 'read-only',
};

/** The legacy top-level messages and the member of VerificationMessageTemplate that replaced each. */
const LEGACY_MESSAGES: Readonly<Record<string, string>> = {
  SmsVerificationMessage: 'SmsMessage',
  EmailVerificationMessage: 'EmailMessage',
  EmailVerificationSubject: 'EmailSubject',
};

/**
 * The members of UpdateUserPoolRequest that the AWS SDK running this code knows, read from its schema at run time
 * (`UpdateUserPoolRequest$`, exported by SDK versions with schema-based serialization), or none on an older SDK.
 */
export function runtimeUpdateMembers(): string[] {
  const schema = (sdk as unknown as Json).UpdateUserPoolRequest$;
  const names = Array.isArray(schema) ? schema[4] : undefined;
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
}

/**
 * The UpdateUserPool request that keeps `pool` (a DescribeUserPool `UserPool`) as it is, except LambdaConfig, which
 * the caller replaces. A member of `runtimeMembers` that UPDATE_MEMBERS doesn't know (newer than this file) is copied
 * from the output member of the same name: the SDK that runs this code says UpdateUserPool accepts it.
 */
export function updateRequestFor(pool: Json, runtimeMembers: readonly string[] = runtimeUpdateMembers()): Json {
  const rules: Record<string, MemberRule> = { ...UPDATE_MEMBERS };
  for (const name of runtimeMembers) rules[name] ??= { from: name };

  const request: Json = {};
  for (const [name, rule] of Object.entries(rules)) {
    if ('excluded' in rule) continue;
    const value = withoutNulls(pool[rule.from]);
    if (value !== undefined) request[name] = value;
  }

  dropLegacyMessagesTheTemplateHas(request);
  moveUnusedAccountValidityDays(request);
  dropReservedTags(request);
  return request;
}

/**
 * Members of `pool` that no model here places: newer than this file and than the SDK running it. They are not
 * written back (nothing says UpdateUserPool takes them), so the caller logs their names.
 */
export function unplacedMembers(pool: Json, runtimeMembers: readonly string[] = runtimeUpdateMembers()): string[] {
  const placed = new Set([...Object.keys(OUTPUT_ONLY), ...runtimeMembers]);
  for (const [name, rule] of Object.entries(UPDATE_MEMBERS)) placed.add('from' in rule ? rule.from : name);
  return Object.keys(pool).filter((name) => !placed.has(name));
}

/**
 * SmsVerificationMessage, EmailVerificationMessage and EmailVerificationSubject are "no longer used" (SDK reference)
 * and duplicate members of VerificationMessageTemplate. Sending a message once, in the template, avoids two values for
 * one message; a legacy value stays only where the template lacks its twin, so no message is lost.
 */
function dropLegacyMessagesTheTemplateHas(request: Json): void {
  const template = asObject(request.VerificationMessageTemplate);
  for (const [legacy, member] of Object.entries(LEGACY_MESSAGES)) {
    if (template?.[member] !== undefined) delete request[legacy];
  }
}

/**
 * DescribeUserPool still reports AdminCreateUserConfig.UnusedAccountValidityDays, but UpdateUserPool rejects it:
 * "Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays"
 * (github.com/pulumi/pulumi-aws-native/issues/1256, github.com/aws-controllers-k8s/community/issues/2837). The value
 * moves to PasswordPolicy.TemporaryPasswordValidityDays when that is unset, so an old pool keeps its validity.
 */
function moveUnusedAccountValidityDays(request: Json): void {
  const adminCreateUser = asObject(request.AdminCreateUserConfig);
  const days = adminCreateUser?.UnusedAccountValidityDays;
  if (!adminCreateUser || days === undefined) return;
  delete adminCreateUser.UnusedAccountValidityDays;

  const policies = asObject(request.Policies) ?? {};
  const passwordPolicy = asObject(policies.PasswordPolicy) ?? {};
  if (passwordPolicy.TemporaryPasswordValidityDays === undefined) {
    passwordPolicy.TemporaryPasswordValidityDays = days;
    policies.PasswordPolicy = passwordPolicy;
    request.Policies = policies;
  }
}

/**
 * "The aws: prefix is reserved for use by AWS; you can't use it in any tag keys or values that you define. In
 * addition, you can't edit or remove tag keys or values that use this prefix." Sending one back could only fail.
 */
function dropReservedTags(request: Json): void {
  const tags = asObject(request.UserPoolTags);
  if (!tags) return;
  for (const key of Object.keys(tags)) {
    if (key.toLowerCase().startsWith('aws:')) delete tags[key];
  }
  if (Object.keys(tags).length === 0) delete request.UserPoolTags;
}

/** A deep copy without null members (a JSON null is never a value UpdateUserPool takes). */
function withoutNulls(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(withoutNulls).filter((item) => item !== undefined);
  if (typeof value !== 'object') return value;
  const copy: Json = {};
  for (const [key, member] of Object.entries(value)) {
    const kept = withoutNulls(member);
    if (kept !== undefined) copy[key] = kept;
  }
  return copy;
}

/** The value as a JSON object, or undefined when it is not one. */
export function asObject(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}
