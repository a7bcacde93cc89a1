import { Problems } from '../../src/checks/problems';
import { checkEndUserMessagingSms, renderEumsSms, smsRolePermission } from '../../src/private/sms';
import type { PoolWarning } from '../../src/private/warnings';

// The pure half of the direct path to AWS End User Messaging SMS; test/sms.test.ts builds pools with it.

describe('smsRolePermission: the one statement of Cognito\'s SMS settings guide for each path', () => {
  test('Amazon SNS: sns:Publish on *, with the reason for cdk-nag', () => {
    expect(smsRolePermission(undefined)).toEqual({
      policyName: 'sns-publish', action: 'sns:Publish', resource: '*', wildcardReason: expect.stringMatching(/phone numbers, which have no ARN/),
    });
  });

  test.each([
    'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-1',
    'arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1',
    'arn:aws-cn:sms-voice:cn-north-1:123456789012:sender-id/MySender/CN',
  ])('the direct path, scoped to the origination identity ARN %s', (arn) => {
    expect(smsRolePermission({ originationIdentity: arn })).toEqual({ policyName: 'sms-voice-send', action: 'sms-voice:SendTextMessage', resource: arn });
  });

  test.each([
    ['no origination identity', undefined],
    ['a phone number', '+12065550100'],
    ['a sender ID by name', 'MySender'],
    ['an ARN of another resource type', 'arn:aws:sms-voice:us-east-1:123456789012:configuration-set/cs'],
  ])('the direct path with %s: *, with the reason for cdk-nag', (_name, originationIdentity) => {
    expect(smsRolePermission({ originationIdentity })).toEqual({
      policyName: 'sms-voice-send', action: 'sms-voice:SendTextMessage', resource: '*', wildcardReason: expect.stringMatching(/refuses a phone number or none/),
    });
  });
});

describe('renderEumsSms', () => {
  test('CloudFormation\'s names; fields not given are left out', () => {
    expect(renderEumsSms({ indiaDlt: { entityId: 'e', templateId: 't' } }, 'arn:aws:iam::123456789012:role/r', undefined))
      .toEqual({ CallerArn: 'arn:aws:iam::123456789012:role/r', InEntityId: 'e', InTemplateId: 't' });
    expect(renderEumsSms({ originationIdentity: '+12065550100', configurationSetName: 'cs', region: 'eu-west-1' }, 'role', 'id'))
      .toEqual({ CallerArn: 'role', ExternalId: 'id', OriginationIdentity: '+12065550100', ConfigurationSetName: 'cs', Region: 'eu-west-1' });
  });
});

describe('checkEndUserMessagingSms', () => {
  function check(input: Parameters<typeof checkEndUserMessagingSms>[2], region?: string) {
    const problems = new Problems();
    const warnings: PoolWarning[] = [];
    checkEndUserMessagingSms(problems, (id, message) => warnings.push({ id, message }), input, region);
    return { problems: problems.entries.map((p) => p.id), warnings: warnings.map((w) => w.id) };
  }

  test('nothing without the prop, whatever the SNS props', () => {
    expect(check({ snsRegion: 'us-east-1', enableSmsRole: false, smsRole: false }, 'ap-east-1')).toEqual({ problems: [], warnings: [] });
  });

  test('each rule, by its id', () => {
    expect(check({
      endUserMessagingSms: { region: 'us-west-2', indiaDlt: { entityId: '', templateId: 't' }, originationIdentity: 'x' },
      snsRegion: 'us-east-1',
      enableSmsRole: false,
      smsRole: false,
    }, 'ap-east-1')).toEqual({
      problems: ['cdk-secure-user-pool:endUserMessagingSmsWithSnsRegion', 'cdk-secure-user-pool:endUserMessagingSmsWithoutRole',
        'cdk-secure-user-pool:endUserMessagingSmsRegion', 'cdk-secure-user-pool:endUserMessagingSmsIndiaDlt'],
      warnings: ['cdk-secure-user-pool:endUserMessagingSmsOriginationIdentity', 'cdk-secure-user-pool:endUserMessagingSmsRegionUnavailable'],
    });
  });

  test('an unknown pool Region: no Region comparison, no availability warning', () => {
    expect(check({ endUserMessagingSms: { region: 'us-west-2', originationIdentity: 'arn:aws:sms-voice:eu-west-1:123456789012:pool/p' }, smsRole: false }))
      .toEqual({ problems: [], warnings: [] });
  });
});
