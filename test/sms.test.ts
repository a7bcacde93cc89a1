import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Template } from 'aws-cdk-lib/assertions';
import { Role } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { type EndUserMessagingSms, UserPool, type UserPoolProps } from '../src';
import { checkedTemplate, ENV, Match, newStack, poolProperties, stringToken, synthesize, synthPool, synthProblems } from './util';

// SMS through AWS End User Messaging SMS directly (`endUserMessagingSms`, `SmsConfiguration.EumsSms`). Sources: the
// Cognito developer guide's "SMS message settings for Amazon Cognito user pools" and the API reference's
// EumsSmsConfigurationType (docs/triggers.md, "SMS through AWS End User Messaging").

const PHONE_ARN = 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-a1b2c3d4e5f6EXAMPLE';
const GIVEN_ROLE = 'arn:aws:iam::123456789012:role/service-role/CognitoEumsSmsRole';
/** SMS is used: users sign in with a phone number, which Cognito verifies by SMS. */
const PHONE = { signInAliases: { phone: true } } as const;

function eumsPool(endUserMessagingSms: EndUserMessagingSms, props: UserPoolProps = PHONE) {
  const stack = newStack();
  const pool = new UserPool(stack, 'Pool', { ...props, endUserMessagingSms });
  return { stack, pool };
}

/** The only IAM role of a template: its logical id and properties. */
function theRole(template: Template): { id: string; properties: Record<string, any> } {
  const roles = Object.entries(template.findResources('AWS::IAM::Role'));
  expect(roles).toHaveLength(1);
  return { id: roles[0][0], properties: roles[0][1].Properties };
}

/** The trust policy of Cognito's SMS settings guide, the same for both paths. */
function expectGuideTrustPolicy(role: Record<string, any>, externalId: string): void {
  expect(role.AssumeRolePolicyDocument.Statement).toEqual([{
    Action: 'sts:AssumeRole',
    Effect: 'Allow',
    Principal: { Service: 'cognito-idp.amazonaws.com' },
    Condition: {
      StringEquals: { 'sts:ExternalId': externalId, 'aws:SourceAccount': ENV.account },
      ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cognito-idp:us-east-1:123456789012:userpool/*']] } },
    },
  }]);
}

describe('the direct path renders SmsConfiguration.EumsSms', () => {
  test('every field, the created role as CallerArn with its external id; nothing of the SNS path', () => {
    const { stack } = eumsPool({
      originationIdentity: PHONE_ARN,
      configurationSetName: 'cognito-sms',
      region: 'us-east-1',
      indiaDlt: { entityId: '1201159100000000001', templateId: '1107159100000000001' },
    });
    const template = checkedTemplate(stack);
    expect(poolProperties(template).SmsConfiguration).toEqual({
      EumsSms: {
        CallerArn: { 'Fn::GetAtt': [theRole(template).id, 'Arn'] },
        ExternalId: 'StackPool7DFA52F5',
        OriginationIdentity: PHONE_ARN,
        ConfigurationSetName: 'cognito-sms',
        Region: 'us-east-1',
        InEntityId: '1201159100000000001',
        InTemplateId: '1107159100000000001',
      },
    });
  });

  test('the minimum: CallerArn and ExternalId, as the guide\'s minimum EumsSms configuration', () => {
    const { template } = synthPool({ ...PHONE, endUserMessagingSms: {} });
    expect(poolProperties(template).SmsConfiguration).toEqual({
      EumsSms: { CallerArn: { 'Fn::GetAtt': [theRole(template).id, 'Arn'] }, ExternalId: 'StackPool7DFA52F5' },
    });
  });

  test('a given role and external id: no role is created', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', {
      ...PHONE,
      smsRole: Role.fromRoleArn(stack, 'Sms', GIVEN_ROLE),
      smsRoleExternalId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
      endUserMessagingSms: { originationIdentity: '+12065550100' },
    });
    const template = checkedTemplate(stack);
    template.resourceCountIs('AWS::IAM::Role', 0);
    expect(poolProperties(template).SmsConfiguration).toEqual({
      EumsSms: { CallerArn: GIVEN_ROLE, ExternalId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111', OriginationIdentity: '+12065550100' },
    });
  });

  test('configures SMS when no setting uses it, as a given smsRole does; without it such a pool has no SMS configuration', () => {
    const { template } = synthPool({ endUserMessagingSms: {} });
    template.resourceCountIs('AWS::IAM::Role', 1);
    expect(poolProperties(template).SmsConfiguration.EumsSms.CallerArn).toBeDefined();
    const plain = synthPool().template;
    plain.resourceCountIs('AWS::IAM::Role', 0);
    expect(poolProperties(plain).SmsConfiguration).toBeUndefined();
  });

  test('enableSmsRole false with a given role stays the contradiction it is on the SNS path', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { enableSmsRole: false, smsRole: Role.fromRoleArn(stack, 'Sms', GIVEN_ROLE), endUserMessagingSms: {} });
    expect(synthProblems(stack)).toEqual([expect.stringMatching(/enableSmsRole is false but smsRole is set/)]);
  });

  test('the SNS path is unchanged without the prop', () => {
    const { template } = synthPool({ ...PHONE, snsRegion: 'us-east-1' });
    expect(poolProperties(template).SmsConfiguration).toEqual({
      SnsCallerArn: { 'Fn::GetAtt': [theRole(template).id, 'Arn'] }, ExternalId: 'StackPool7DFA52F5', SnsRegion: 'us-east-1',
    });
  });

  test('the construct tree shows EumsSms under SmsConfiguration', () => {
    const { pool, stack } = eumsPool({ configurationSetName: 'cognito-sms' });
    const app = App.of(stack)!;
    const assembly = app.synth();
    const tree = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'tree.json'), 'utf-8'));
    const resourcePath = pool.node.defaultChild!.node.path;
    const find = (node: any): any => (node.path === resourcePath ? node : Object.values(node.children ?? {}).map(find).find(Boolean));
    const props = find(tree.tree).attributes['aws:cdk:cloudformation:props'];
    expect(props.SmsConfiguration.EumsSms).toMatchObject({ ConfigurationSetName: 'cognito-sms', ExternalId: 'StackPool7DFA52F5' });
  });
});

describe('the created role: the trust and permissions policies of Cognito\'s SMS settings guide, statement for statement', () => {
  test('an origination identity ARN: sms-voice:SendTextMessage on that ARN, the guide\'s least-privilege example', () => {
    const { stack } = eumsPool({ originationIdentity: PHONE_ARN });
    const template = checkedTemplate(stack);
    const { properties } = theRole(template);
    expectGuideTrustPolicy(properties, 'StackPool7DFA52F5');
    expect(properties.Policies).toEqual([{
      PolicyName: 'sms-voice-send',
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Action: 'sms-voice:SendTextMessage', Effect: 'Allow', Resource: PHONE_ARN }] },
    }]);
    template.hasResourceProperties('AWS::IAM::Role', { Policies: Match.arrayEquals([Match.objectLike({ PolicyName: 'sms-voice-send' })]) });
    // The pool's removal policy, as for the SNS path's role.
    template.hasResource('AWS::IAM::Role', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  test.each<[string, EndUserMessagingSms]>([
    ['a phone number', { originationIdentity: '+12065550100' }],
    ['no origination identity', {}],
    ['a sender ID that is not an ARN', { originationIdentity: 'MySender' }],
  ])('%s: sms-voice:SendTextMessage on *, since an ARN-scoped policy refuses it', (_name, eums) => {
    const { stack } = eumsPool(eums);
    const { properties } = theRole(checkedTemplate(stack));
    expectGuideTrustPolicy(properties, 'StackPool7DFA52F5');
    expect(properties.Policies).toEqual([{
      PolicyName: 'sms-voice-send',
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Action: 'sms-voice:SendTextMessage', Effect: 'Allow', Resource: '*' }] },
    }]);
  });

  test('a token origination identity: *, since it may be a phone number', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { ...PHONE, endUserMessagingSms: { originationIdentity: stringToken(stack) } });
    const { properties } = theRole(checkedTemplate(stack));
    expect(properties.Policies[0].PolicyDocument.Statement).toEqual([{ Action: 'sms-voice:SendTextMessage', Effect: 'Allow', Resource: '*' }]);
  });

  test('a given external id goes to the trust policy and EumsSms alike', () => {
    const { stack } = eumsPool({}, { ...PHONE, smsRoleExternalId: 'my-external-id' });
    const template = checkedTemplate(stack);
    expectGuideTrustPolicy(theRole(template).properties, 'my-external-id');
    expect(poolProperties(template).SmsConfiguration.EumsSms.ExternalId).toBe('my-external-id');
  });

  test('cdk-nag: IAM5 for the * resource is acknowledged on that role only, and a scoped role needs no acknowledgement', () => {
    const iam5Paths = (stack: Stack) => new AwsSolutionsChecks(stack).validateScope(stack).violations
      .filter((v) => v.ruleName.startsWith('AwsSolutions-IAM5')).flatMap((v) => v.violatingResources.map((r) => r.constructPath));
    const wildcard = eumsPool({});
    expect(iam5Paths(wildcard.stack)).toEqual([]);
    const role = wildcard.pool.node.findChild('smsRole');
    expect(JSON.stringify(role.node.metadata)).toMatch(/AwsSolutions-IAM5\[Resource::\*\]/);
    const scoped = eumsPool({ originationIdentity: PHONE_ARN });
    expect(iam5Paths(scoped.stack)).toEqual([]);
    expect(JSON.stringify(scoped.pool.node.findChild('smsRole').node.metadata)).not.toMatch(/AwsSolutions-IAM5/);
  });
});

/** Each rule: rejected props, the accepted boundary next to them, and a token in the same place, accepted. */
interface Rule {
  readonly name: string;
  readonly rejected: (stack: Stack) => UserPoolProps;
  readonly message: RegExp;
  readonly accepted: (stack: Stack) => UserPoolProps;
  readonly token?: (stack: Stack, token: string) => UserPoolProps;
}

const RULES: Rule[] = [
  {
    name: 'not with snsRegion, whatever its value',
    rejected: () => ({ ...PHONE, snsRegion: 'us-east-1', endUserMessagingSms: {} }),
    message: /snsRegion is for the Amazon SNS path, got "us-east-1" with endUserMessagingSms: .*\[cdk-secure-user-pool:endUserMessagingSmsWithSnsRegion\]/,
    accepted: () => ({ ...PHONE, endUserMessagingSms: { region: 'us-east-1' } }),
    token: (_stack, t) => ({ ...PHONE, endUserMessagingSms: { region: t } }),
  },
  {
    name: 'a caller role is required',
    rejected: () => ({ enableSmsRole: false, endUserMessagingSms: {} }),
    message: /enableSmsRole is false with endUserMessagingSms and no smsRole: EumsSms.CallerArn.*is required.*\[cdk-secure-user-pool:endUserMessagingSmsWithoutRole\]/,
    accepted: (stack) => ({ enableSmsRole: true, smsRole: Role.fromRoleArn(stack, 'Sms', GIVEN_ROLE), smsRoleExternalId: 'x', endUserMessagingSms: {} }),
    token: (stack, t) => ({ smsRole: Role.fromRoleArn(stack, 'Sms', t), endUserMessagingSms: {} }),
  },
  {
    name: 'the Region is the pool\'s',
    rejected: () => ({ ...PHONE, endUserMessagingSms: { region: 'us-west-2' } }),
    message: /endUserMessagingSms.region must be the pool's Region, us-east-1, got us-west-2: Cognito rejects any other value.*\[cdk-secure-user-pool:endUserMessagingSmsRegion\]/,
    accepted: () => ({ ...PHONE, endUserMessagingSms: { region: 'us-east-1' } }),
    token: (_stack, t) => ({ ...PHONE, endUserMessagingSms: { region: t } }),
  },
  {
    name: 'the Region is a region code',
    rejected: () => ({ ...PHONE, endUserMessagingSms: { region: 'N. Virginia' } }),
    message: /endUserMessagingSms.region must be a region code such as us-east-1, got "N. Virginia" \[cdk-secure-user-pool:regionCode\]/,
    accepted: () => ({ ...PHONE, endUserMessagingSms: { region: 'us-east-1' } }),
  },
  {
    name: 'India DLT: both ids (JavaScript can leave one out)',
    rejected: () => ({ ...PHONE, endUserMessagingSms: { indiaDlt: { entityId: '1201159100000000001' } as never } }),
    message: /endUserMessagingSms.indiaDlt needs both entityId and templateId.*got \{"entityId":"1201159100000000001"\}.*\[cdk-secure-user-pool:endUserMessagingSmsIndiaDlt\]/,
    accepted: () => ({ ...PHONE, endUserMessagingSms: { indiaDlt: { entityId: '1', templateId: '1' } } }),
    token: (_stack, t) => ({ ...PHONE, endUserMessagingSms: { indiaDlt: { entityId: t, templateId: t } } }),
  },
  {
    name: 'India DLT: an empty id',
    rejected: () => ({ ...PHONE, endUserMessagingSms: { indiaDlt: { entityId: ' ', templateId: '1107159100000000001' } } }),
    message: /endUserMessagingSms.indiaDlt needs both entityId and templateId/,
    accepted: () => ({ ...PHONE, endUserMessagingSms: { indiaDlt: { entityId: '1', templateId: '1107159100000000001' } } }),
  },
  {
    name: 'the origination identity\'s length (API StringType)',
    rejected: () => ({ ...PHONE, endUserMessagingSms: { originationIdentity: 'x'.repeat(131073) } }),
    message: /endUserMessagingSms.originationIdentity must be 0 to 131072 characters long, got 131073.*\[cdk-secure-user-pool:apiLimit\]/,
    accepted: () => ({ ...PHONE, endUserMessagingSms: { originationIdentity: 'x'.repeat(131072) } }),
    token: (_stack, t) => ({ ...PHONE, endUserMessagingSms: { originationIdentity: t } }),
  },
  {
    name: 'the configuration set name\'s length (API StringType)',
    rejected: () => ({ ...PHONE, endUserMessagingSms: { configurationSetName: 'x'.repeat(131073) } }),
    message: /endUserMessagingSms.configurationSetName must be 0 to 131072 characters long, got 131073/,
    accepted: () => ({ ...PHONE, endUserMessagingSms: { configurationSetName: 'x'.repeat(131072) } }),
    token: (_stack, t) => ({ ...PHONE, endUserMessagingSms: { configurationSetName: t } }),
  },
  {
    name: 'the India DLT ids\' length (API StringType)',
    rejected: () => ({ ...PHONE, endUserMessagingSms: { indiaDlt: { entityId: 'x'.repeat(131073), templateId: 'y'.repeat(131073) } } }),
    message: /endUserMessagingSms.indiaDlt.entityId must be 0 to 131072 characters long, got 131073[\s\S]*endUserMessagingSms.indiaDlt.templateId must be 0 to 131072/,
    accepted: () => ({ ...PHONE, endUserMessagingSms: { indiaDlt: { entityId: 'x'.repeat(131072), templateId: 'y'.repeat(131072) } } }),
  },
  {
    name: 'the external id\'s length (API StringType)',
    rejected: () => ({ ...PHONE, smsRoleExternalId: 'x'.repeat(131073), endUserMessagingSms: {} }),
    message: /smsRoleExternalId must be 0 to 131072 characters long, got 131073/,
    accepted: () => ({ ...PHONE, smsRoleExternalId: 'x'.repeat(1224), endUserMessagingSms: {} }),
  },
  {
    name: 'the caller role\'s ARN (API ArnType)',
    rejected: (stack) => ({ ...PHONE, smsRole: Role.fromRoleArn(stack, 'Sms', 'arn:aws:iam::123456789012:role/has space'), smsRoleExternalId: 'x', endUserMessagingSms: {} }),
    message: /smsRole \(its ARN\) must match the pattern arn:/,
    accepted: (stack) => ({ ...PHONE, smsRole: Role.fromRoleArn(stack, 'Sms', GIVEN_ROLE), smsRoleExternalId: 'x', endUserMessagingSms: {} }),
  },
];

describe.each(RULES)('rule: $name', (rule) => {
  const build = (props: (stack: Stack) => UserPoolProps) => {
    const stack = newStack();
    new UserPool(stack, 'Pool', props(stack));
    return stack;
  };

  test('rejects the invalid value, naming the prop', () => {
    expect(() => synthesize(build(rule.rejected))).toThrow(rule.message);
  });

  test('accepts the boundary value', () => {
    expect(synthProblems(build(rule.accepted))).toEqual([]);
  });

  if (rule.token) {
    const token = rule.token;
    test('accepts a token', () => {
      expect(synthProblems(build((stack) => token(stack, stringToken(stack))))).toEqual([]);
    });
  }
});

describe('rules that depend on the pool\'s Region', () => {
  const inRegion = (region?: string) => new Stack(new App(), 'Stack', region ? { env: { ...ENV, region } } : {});

  test('a region-agnostic stack: any Region code is accepted', () => {
    const stack = inRegion();
    new UserPool(stack, 'Pool', { ...PHONE, endUserMessagingSms: { region: 'us-west-2' } });
    expect(synthProblems(stack)).toEqual([]);
  });

  test('Seoul: the direct path sends in Seoul (the SNS path\'s Tokyo rule is not the direct path\'s)', () => {
    const own = inRegion('ap-northeast-2');
    new UserPool(own, 'Pool', { ...PHONE, endUserMessagingSms: { region: 'ap-northeast-2' } });
    expect(synthProblems(own)).toEqual([]);
    const tokyo = inRegion('ap-northeast-2');
    new UserPool(tokyo, 'Pool', { ...PHONE, endUserMessagingSms: { region: 'ap-northeast-1' } });
    expect(synthProblems(tokyo)).toEqual([expect.stringMatching(/endUserMessagingSms.region must be the pool's Region, ap-northeast-2, got ap-northeast-1/)]);
  });

  test.each(['ap-southeast-7', 'ap-east-1', 'ap-southeast-5'])('warning: the direct path is not available in %s', (region) => {
    const stack = inRegion(region);
    new UserPool(stack, 'Pool', { ...PHONE, endUserMessagingSms: {} });
    Annotations.fromStack(stack).hasWarning('/Stack/Pool',
      Match.stringLikeRegexp(`endUserMessagingSms for a pool in ${region}.*\\[ack: cdk-secure-user-pool:endUserMessagingSmsRegionUnavailable\\]`));
  });

  test('no such warning elsewhere, or on the SNS path there', () => {
    const elsewhere = inRegion('eu-west-1');
    new UserPool(elsewhere, 'Pool', { ...PHONE, endUserMessagingSms: {} });
    Annotations.fromStack(elsewhere).hasNoWarning('/Stack/Pool', Match.stringLikeRegexp('endUserMessagingSmsRegionUnavailable'));
    const sns = inRegion('ap-east-1');
    new UserPool(sns, 'Pool', PHONE);
    Annotations.fromStack(sns).hasNoWarning('/Stack/Pool', Match.stringLikeRegexp('endUserMessagingSms'));
  });
});

describe('warning: an origination identity Cognito doesn\'t document', () => {
  const warned = (originationIdentity: string) => {
    const { stack } = eumsPool({ originationIdentity });
    return Annotations.fromStack(stack).findWarning('/Stack/Pool', Match.stringLikeRegexp('endUserMessagingSmsOriginationIdentity'));
  };

  test.each([
    ['a sender ID by name', 'MySender', /is neither an E.164 phone number \(\+12065550100\) nor the ARN of a phone number, phone pool or sender ID, got "MySender"/],
    ['a phone number without +', '12065550100', /is neither an E.164 phone number/],
    ['an ARN of another service', 'arn:aws:sns:us-east-1:123456789012:topic', /is neither an E.164 phone number/],
    ['an ARN in another Region', PHONE_ARN.replace('us-east-1', 'us-west-2'), /is in us-west-2, got .*: Cognito calls AWS End User Messaging SMS in the pool's Region, us-east-1/],
  ])('%s', (_name, identity, message) => {
    const found = warned(identity);
    expect(found).toHaveLength(1);
    expect(String(found[0].entry.data)).toMatch(message);
  });

  test.each([
    ['an E.164 phone number', '+12065550100'],
    ['a phone number ARN', PHONE_ARN],
    ['a phone pool ARN', 'arn:aws:sms-voice:us-east-1:123456789012:pool/pool-a1b2c3d4e5f6EXAMPLE'],
    ['a sender ID ARN', 'arn:aws:sms-voice:us-east-1:123456789012:sender-id/MySender/IN'],
  ])('none for %s', (_name, identity) => {
    expect(warned(identity)).toEqual([]);
  });

  test('none for a token', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { ...PHONE, endUserMessagingSms: { originationIdentity: stringToken(stack) } });
    Annotations.fromStack(stack).hasNoWarning('/Stack/Pool', Match.stringLikeRegexp('endUserMessagingSmsOriginationIdentity'));
  });
});

describe('other SMS rules apply to the direct path too', () => {
  test('a given role without an external id while SMS MFA is on warns (the trust policy conditions are the same)', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { smsRole: Role.fromRoleArn(stack, 'Sms', GIVEN_ROLE), mfaSecondFactor: { otp: true, sms: true }, endUserMessagingSms: {} });
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp('smsRoleWithoutExternalId'));
  });

  test('enableSmsRole false while SMS MFA needs SMS: one error on enableSmsRole, not two', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { enableSmsRole: false, mfaSecondFactor: { otp: true, sms: true }, endUserMessagingSms: {} });
    expect(synthProblems(stack)).toEqual([expect.stringMatching(/enableSmsRole is false, but SMS MFA .*smsRoleDisabledButNeeded\]$/)]);
  });

  test('every field a token', () => {
    const stack = newStack();
    const t = stringToken(stack);
    new UserPool(stack, 'Pool', {
      ...PHONE,
      smsRoleExternalId: t,
      endUserMessagingSms: { originationIdentity: t, configurationSetName: t, region: t, indiaDlt: { entityId: t, templateId: t } },
    });
    expect(synthProblems(stack)).toEqual([]);
    expect(poolProperties(checkedTemplate(stack)).SmsConfiguration.EumsSms).toMatchObject({ Region: { Ref: 'P' }, InEntityId: { Ref: 'P' } });
  });

  test('null from JavaScript is not given: the SNS path', () => {
    const { template } = synthPool({ ...PHONE, endUserMessagingSms: null } as unknown as UserPoolProps);
    expect(poolProperties(template).SmsConfiguration.SnsCallerArn).toBeDefined();
  });
});

describe('the rendered EumsSms against the CloudFormation registry schema (scripts/lint-templates.py)', () => {
  /** cfn-lint's findings for each template, through the project's lint script and its vendored schema. */
  function lint(templates: Record<string, object>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eums-lint-'));
    for (const [name, template] of Object.entries(templates)) {
      fs.writeFileSync(path.join(dir, `${name}.template.json`), JSON.stringify(template));
    }
    try {
      return execFileSync('python3', [path.join(__dirname, '..', 'scripts', 'lint-templates.py'), dir], { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      return String((error as { stdout?: string }).stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test('the rendered property is validated: accepted as rendered, a missing CallerArn and an unknown member are errors', () => {
    const { stack } = eumsPool({ originationIdentity: PHONE_ARN, configurationSetName: 'cs', region: 'us-east-1', indiaDlt: { entityId: 'e', templateId: 't' } });
    const rendered = Template.fromStack(stack).toJSON();
    const broken = JSON.parse(JSON.stringify(rendered));
    const pool = Object.values<any>(broken.Resources).find((r) => r.Type === 'AWS::Cognito::UserPool');
    delete pool.Properties.SmsConfiguration.EumsSms.CallerArn;
    pool.Properties.SmsConfiguration.EumsSms.SenderId = 'x';
    const out = lint({ rendered, broken });
    expect(out).not.toMatch(/rendered\.template\.json/);
    expect(out).toMatch(/broken\.template\.json.*E3003.*'CallerArn' is a required property/);
    expect(out).toMatch(/broken\.template\.json.*E3002.*'SenderId' was unexpected/);
  });
});
