import { Duration } from 'aws-cdk-lib';
import { renderUserPool } from './render';
import { resolveUserPool } from './resolve';
import { NumberAttribute, StringAttribute } from '../../attributes';
import { UserPoolEmail } from '../../email';
import { CustomThreatProtectionMode, FeaturePlan, UserPoolIssuerType, StandardThreatProtectionMode } from '../../feature-plan';
import { VerificationEmailStyle } from '../../messages';
import { Mfa } from '../../mfa';
import { PasskeyFactorConfiguration, PasskeyUserVerification } from '../../sign-in';
import { LambdaVersion } from '../../triggers';
import type { UserPoolProps } from '../../user-pool-props';
import { TRIGGERS } from '../triggers';

/**
 * Which prop each CloudFormation path comes from, derived from render rather than kept by hand: a probe
 * configuration that sets every prop goes through resolve and render, then again once without each of its
 * leaves; every rendered path that changes names that leaf. Where some of those leaves' values appear in the
 * rendered value (a message, a number, an ARN), only they are named: a flag that merely moves a value, such as
 * `userVerification.emailStyle`, is not its source. Built on first use, i.e. when a limit is broken.
 */

/** A resource reference (function, role, key): a leaf of the probe, not a struct to descend into. */
class Ref {
  constructor(fields: Record<string, unknown>) { Object.assign(this, fields); }
}

/** The text of a leaf, to find it in rendered values: a string, a number, a duration in days, a reference's ARN. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') { return String(value); }
  if (value instanceof Duration) { return String(value.toDays()); }
  if (value instanceof Ref) { return JSON.stringify(value).match(/arn:[^"]+/)?.[0]; }
  return undefined;
}

/** How some leaves read in messages. */
const LABELS: Record<string, string> = {
  'passwordPolicy.tempPasswordValidity': 'passwordPolicy.tempPasswordValidity (in days)',
  'smsRole': 'smsRole (its ARN)',
  'customSenderKmsKey': 'customSenderKmsKey (its ARN)',
  'encryptionKey': 'encryptionKey (its ARN)',
};

/**
 * Two probes: link-style verification with versioned pre token generation and SMS through Amazon SNS, and code style
 * with the legacy key and SMS through AWS End User Messaging SMS (which leaves `snsRegion` out of the template).
 */
function probe(emailStyle: VerificationEmailStyle): UserPoolProps {
  const arn = (service: string, resource: string) => `arn:aws:${service}:us-east-1:111122223333:${resource}`;
  return {
    userPoolName: 'probe',
    selfSignUpEnabled: true,
    userVerification: { emailStyle, emailSubject: 'verify subject', emailBody: 'verify {##link##} {####}', smsMessage: 'verify sms {####}' },
    userInvitation: { emailSubject: 'invite subject', emailBody: 'invite email {####}', smsMessage: 'invite sms {####}' },
    smsRole: new Ref({ roleRef: { roleArn: arn('iam', 'role/sms') } }) as UserPoolProps['smsRole'],
    smsRoleExternalId: 'external',
    snsRegion: 'us-east-1',
    endUserMessagingSms: emailStyle === VerificationEmailStyle.LINK ? undefined : {
      originationIdentity: '+12065550100',
      configurationSetName: 'sms-set',
      region: 'us-west-2',
      indiaDlt: { entityId: 'entity', templateId: 'template' },
    },
    signInAliases: { username: true, email: true, phone: true, preferredUsername: true },
    autoVerify: { email: true, phone: true },
    keepOriginal: { email: true, phone: true },
    standardAttributes: { address: { mutable: false, required: true } },
    customAttributes: { text: new StringAttribute({ minLen: 1, maxLen: 2 }), count: new NumberAttribute({ min: 1, max: 2 }) },
    mfa: Mfa.OPTIONAL,
    mfaMessage: 'mfa sms {####}',
    emailMfaMessage: 'mfa email {####}',
    emailMfaSubject: 'mfa subject',
    mfaSecondFactor: { otp: true, sms: true, email: true },
    passwordPolicy: {
      minLength: 10,
      requireLowercase: false,
      requireUppercase: false,
      requireDigits: false,
      requireSymbols: false,
      tempPasswordValidity: Duration.days(5),
      passwordHistorySize: 4,
    },
    signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true, smsOtp: true, passkey: true } },
    passkeyRelyingPartyId: 'example.com',
    passkeyUserVerification: PasskeyUserVerification.PREFERRED,
    passkeyFactorConfiguration: PasskeyFactorConfiguration.SINGLE_FACTOR,
    email: UserPoolEmail.withSES({ fromEmail: 'from@example.com', fromName: 'Name', replyTo: 'reply@example.com', configurationSetName: 'set', sesRegion: 'eu-west-1' }),
    lambdaTriggers: {
      ...Object.fromEntries(Object.entries(TRIGGERS).filter(([, spec]) => !('prop' in spec))
        .map(([name]) => [name, new Ref({ functionArn: arn('lambda', `function:${name}`) })])),
      preTokenGenerationVersion: emailStyle === VerificationEmailStyle.LINK ? LambdaVersion.V2_0 : undefined,
    },
    signInCaseSensitive: true,
    deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true },
    customSenderKmsKey: new Ref({ keyRef: { keyArn: arn('kms', 'key/sender') } }) as UserPoolProps['customSenderKmsKey'],
    featurePlan: FeaturePlan.ESSENTIALS,
    standardThreatProtectionMode: StandardThreatProtectionMode.AUDIT_ONLY,
    customThreatProtectionMode: CustomThreatProtectionMode.AUDIT_ONLY,
    issuerType: UserPoolIssuerType.UPDATED,
    encryptionKey: new Ref({ keyRef: { keyArn: arn('kms', 'key/data') } }) as UserPoolProps['encryptionKey'],
  };
}

const isStruct = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** The dotted paths of a probe's leaves. */
function leaves(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).filter(([, child]) => child !== undefined).flatMap(([key, child]) =>
    (isStruct(child) ? leaves(child, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

function without(value: Record<string, unknown>, path: string[]): Record<string, unknown> {
  const [head, ...rest] = path;
  const { [head]: child, ...others } = value;
  return rest.length === 0 ? others : { ...others, [head]: without(child as Record<string, unknown>, rest) };
}

/** Rendered paths (lower-cased, lists as `[]`) and their values, lists also as a whole. */
function flatten(value: unknown, path: string, out: Map<string, string[]>): Map<string, string[]> {
  if (value === undefined) { return out; }
  const key = path.toLowerCase();
  if (Array.isArray(value) || !isStruct(value)) {
    out.set(key, [...out.get(key) ?? [], JSON.stringify(value)]);
  }
  if (Array.isArray(value)) {
    value.forEach((item) => flatten(item, `${path}[]`, out));
  } else if (isStruct(value)) {
    Object.entries(value).forEach(([k, child]) => flatten(child, path ? `${path}.${k}` : k, out));
  }
  return out;
}

function renderFlat(props: UserPoolProps): Map<string, string[]> {
  const created = { smsRoleArn: 'created-sms-role', senderKeyArn: 'created-sender-key' };
  const resolved = resolveUserPool(props, () => 'unique');
  const rendered = renderUserPool(resolved, {
    environment: { partition: 'aws', region: 'us-east-1', account: '111122223333' },
    createdSmsRoleArn: created.smsRoleArn,
    senderKeyArn: resolved.senderKey?.arn ?? created.senderKeyArn,
  });
  return flatten(rendered.unmodelled, '', flatten(rendered.properties, '', new Map()));
}

/** One label for many sources: their common prefix, or their top-level props joined. */
function collapse(labels: readonly string[]): string {
  if (labels.length === 1) { return labels[0]; }
  const roots = [...new Set(labels.map((l) => l.split(/[ .]/)[0]))];
  if (roots.length > 1) { return roots.join(' and '); }
  const parts = labels.map((l) => l.split('.'));
  const common: string[] = [];
  for (let i = 0; parts.every((p) => p[i] !== undefined && p[i] === parts[0][i]); i++) { common.push(parts[0][i]); }
  return common.join('.');
}

let derived: Map<string, string> | undefined;

function derive(): Map<string, string> {
  const changers = new Map<string, Array<{ label: string; inValue: boolean }>>();
  for (const style of [VerificationEmailStyle.CODE, VerificationEmailStyle.LINK]) {
    const props = probe(style) as Record<string, unknown>;
    const base = renderFlat(props);
    for (const leaf of leaves(props)) {
      const path = leaf.split('.');
      const text = textOf(path.reduce<any>((value, key) => value[key], props));
      const changed = renderFlat(without(props, path));
      for (const key of new Set([...base.keys(), ...changed.keys()])) {
        if (JSON.stringify(base.get(key)) === JSON.stringify(changed.get(key))) { continue; }
        const inValue = text !== undefined && (base.get(key) ?? []).some((value) => value.includes(text));
        changers.set(key, [...changers.get(key) ?? [], { label: LABELS[leaf] ?? leaf, inValue }]);
      }
    }
  }
  return new Map([...changers].map(([key, found]) => {
    const sources = found.some((c) => c.inValue) ? found.filter((c) => c.inValue) : found;
    return [key, collapse([...new Set(sources.map((c) => c.label))])];
  }));
}

/** The prop path a user wrote for a CloudFormation path (any casing, lists as `[]`). */
export function userPathOf(cfnPath: string): string {
  derived ??= derive();
  return derived.get(cfnPath.toLowerCase()) ?? cfnPath;
}
