import { Token } from 'aws-cdk-lib';
import { isLiteral, type Problems } from '../checks/problems';
import { REGION_CODE } from '../checks/regions';
import { show } from '../checks/show';
import type { EndUserMessagingSms } from '../sms';
import { WARNINGS, type Warn } from './warnings';

/**
 * SMS through AWS End User Messaging SMS directly (`SmsConfiguration.EumsSms`): its rules, its rendering and the
 * permission of the SMS role the construct creates for it. Pure. Sources, in docs/triggers.md ("SMS through AWS End
 * User Messaging"): the Cognito developer guide's "SMS message settings for Amazon Cognito user pools"
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html) and the API reference's
 * EumsSmsConfigurationType and SmsConfigurationType.
 */

/**
 * Pool Regions where the direct path is not available ("not available in the Asia Pacific (Thailand), Asia Pacific (Hong
 * Kong), and Asia Pacific (Malaysia) AWS Regions ... use the Amazon SNS path instead"). A warning, not an error: AWS may
 * add the service there, and a stale list would block valid deploys (aws/aws-cdk#17795).
 */
export const EUMS_UNAVAILABLE_REGIONS: readonly string[] = ['ap-southeast-7', 'ap-east-1', 'ap-southeast-5'];

/** An E.164 phone number: `+`, a country code and at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;
/**
 * The ARN of an origination identity, as the guide gives its formats: `phone-number/<id>`, `pool/<id>`,
 * `sender-id/<senderId>/<isoCountryCode>`. Groups: the Region.
 */
const ORIGINATION_ARN = /^arn:[\w-]+:sms-voice:([a-z0-9-]*):\d{12}:(?:phone-number\/[^/]+|pool\/[^/]+|sender-id\/[^/]+\/[A-Za-z]{2})$/;

/** What the rules read: the prop as written, and the SMS props around it. */
export interface EumsRuleInput {
  readonly endUserMessagingSms?: EndUserMessagingSms;
  readonly snsRegion?: string;
  readonly enableSmsRole?: boolean;
  readonly smsRole: boolean;
}

export function checkEndUserMessagingSms(problems: Problems, warn: Warn, input: EumsRuleInput, poolRegion: string | undefined): void {
  const eums = input.endUserMessagingSms;
  if (eums === undefined || Token.isUnresolved(eums)) { return; }
  if (input.snsRegion !== undefined) {
    // Exclusive whatever the value: the direct path has no SNS Region to render a token into.
    problems.add('endUserMessagingSmsWithSnsRegion', 'snsRegion', `snsRegion is for the Amazon SNS path, got ${show(input.snsRegion)} with endUserMessagingSms: `
      + 'the direct path sends in the pool\'s Region ("Cross-Region sending: Not supported") and Cognito takes either the SNS configuration or '
      + 'EumsSms, not both; remove snsRegion, or endUserMessagingSms to stay on SNS');
  }
  // Once per prop: smsRoleDisabledButNeeded may have named enableSmsRole already.
  if (input.enableSmsRole === false && !input.smsRole && !problems.has('enableSmsRole')) {
    problems.add('endUserMessagingSmsWithoutRole', 'enableSmsRole', 'enableSmsRole is false with endUserMessagingSms and no smsRole: EumsSms.CallerArn, '
      + 'the role Cognito assumes to call sms-voice:SendTextMessage, is required; pass smsRole, or remove enableSmsRole');
  }
  checkRegion(problems, eums.region, poolRegion);
  checkIndiaDlt(problems, eums.indiaDlt);
  checkOriginationIdentity(warn, eums.originationIdentity, poolRegion);
  if (isLiteral(poolRegion) && EUMS_UNAVAILABLE_REGIONS.includes(poolRegion)) {
    warn(WARNINGS.endUserMessagingSmsRegionUnavailable, `endUserMessagingSms for a pool in ${poolRegion}, where Cognito's direct path to AWS End User `
      + 'Messaging SMS is not available (Cognito SMS settings guide): remove endUserMessagingSms to send through Amazon SNS');
  }
}

function checkRegion(problems: Problems, region: string | undefined, poolRegion: string | undefined): void {
  const path = 'endUserMessagingSms.region';
  if (!isLiteral(region)) { return; }
  if (!REGION_CODE.test(region)) {
    problems.add('regionCode', path, `${path} must be a region code such as us-east-1, got ${show(region)}`);
  } else if (isLiteral(poolRegion) && region !== poolRegion) {
    problems.add('endUserMessagingSmsRegion', path, `${path} must be the pool's Region, ${poolRegion}, got ${region}: Cognito rejects any other value `
      + '(InvalidParameterException); leave it out to use the pool\'s Region');
  }
}

function checkIndiaDlt(problems: Problems, dlt: EndUserMessagingSms['indiaDlt'] | null): void {
  const path = 'endUserMessagingSms.indiaDlt';
  if (dlt === undefined || dlt === null || Token.isUnresolved(dlt)) { return; }
  const missing = (['entityId', 'templateId'] as const).filter((key) => {
    const value: unknown = dlt[key];
    return value === undefined || value === null || (typeof value === 'string' && !Token.isUnresolved(value) && value.trim() === '');
  });
  if (missing.length > 0) {
    problems.add('endUserMessagingSmsIndiaDlt', path, `${path} needs both entityId and templateId, the ids of the DLT registration, got `
      + `${show(dlt)}: messages to India need both; remove indiaDlt if you don't send there`);
  }
}

function checkOriginationIdentity(warn: Warn, identity: string | undefined, poolRegion: string | undefined): void {
  const path = 'endUserMessagingSms.originationIdentity';
  if (!isLiteral(identity)) { return; }
  const arn = ORIGINATION_ARN.exec(identity);
  if (!arn && !E164.test(identity)) {
    warn(WARNINGS.endUserMessagingSmsOriginationIdentity, `${path} is neither an E.164 phone number (+12065550100) nor the ARN of a phone number, `
      + `phone pool or sender ID, got ${show(identity)}: those are the forms Cognito documents`);
  } else if (arn && isLiteral(poolRegion) && arn[1] !== poolRegion) {
    warn(WARNINGS.endUserMessagingSmsOriginationIdentity, `${path} is in ${arn[1] || 'no Region'}, got ${show(identity)}: Cognito calls AWS End `
      + `User Messaging SMS in the pool's Region, ${poolRegion}, where this origination identity doesn't exist`);
  }
}

/** The permission of the SMS role the construct creates: one statement, as the Cognito SMS settings guide gives it. */
export interface SmsRolePermission {
  /** The inline policy's name. */
  readonly policyName: string;
  readonly action: string;
  readonly resource: string;
  /** Why the resource is `*`, for the cdk-nag IAM5 acknowledgement on that role; undefined when it is scoped. */
  readonly wildcardReason?: string;
}

/**
 * The SNS path: `sns:Publish` on `*` (SMS goes to phone numbers, which have no ARN). The direct path:
 * `sms-voice:SendTextMessage` on the origination identity's ARN, as the guide's permissions policy scopes it; on `*`
 * when the origination identity is a phone number, a token or not given, because a policy scoped to an ARN refuses
 * them ("A phone number in E.164 format ... doesn't match the scoped policy, so the request isn't authorized").
 */
export function smsRolePermission(endUserMessagingSms: EndUserMessagingSms | undefined): SmsRolePermission {
  if (endUserMessagingSms === undefined) {
    return {
      policyName: 'sns-publish',
      action: 'sns:Publish',
      resource: '*',
      wildcardReason: 'Cognito publishes SMS to phone numbers, which have no ARN (Cognito SMS settings guide)',
    };
  }
  const identity = endUserMessagingSms.originationIdentity;
  const scoped = isLiteral(identity) && ORIGINATION_ARN.test(identity);
  return {
    policyName: 'sms-voice-send',
    action: 'sms-voice:SendTextMessage',
    resource: scoped ? identity : '*',
    wildcardReason: scoped ? undefined : 'Without an origination identity ARN to scope to, Cognito may send from any origination identity: '
      + 'a policy scoped to an ARN refuses a phone number or none (Cognito SMS settings guide)',
  };
}

/** `SmsConfiguration.EumsSms`, in CloudFormation's casing: the caller role, its external id and the prop's fields that are set. */
export function renderEumsSms(eums: EndUserMessagingSms, callerArn: string | undefined, externalId: string | undefined): Record<string, unknown> {
  const rendered: Record<string, unknown> = {
    CallerArn: callerArn,
    ExternalId: externalId,
    OriginationIdentity: eums.originationIdentity,
    ConfigurationSetName: eums.configurationSetName,
    Region: eums.region,
    InEntityId: eums.indiaDlt?.entityId,
    InTemplateId: eums.indiaDlt?.templateId,
  };
  return Object.fromEntries(Object.entries(rendered).filter(([, value]) => value !== undefined && value !== null));
}
