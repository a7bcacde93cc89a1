import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { Group, type IGrantable, PolicyStatement, Role, ServicePrincipal, User } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { LambdaVersion, UserPool, UserPoolOperation } from '../src';
import { findCycle } from './graph';
import { checkedTemplate, ENV, newFunction } from './util';


function app(): { app: App; stack: Stack } {
  const a = new App();
  return { app: a, stack: new Stack(a, 'Auth', { env: ENV }) };
}

/** Synthesizes the whole app and expects no dependency cycle in or across its stacks. */
function expectNoCycle(a: App): void {
  expect(findCycle(a.synth())).toBeUndefined();
}

/** The policy statements granted to a role through policies other than its default policy. */
function separatePolicyActions(template: Template, roleLogicalId: string): string[] {
  return Object.entries(template.findResources('AWS::IAM::Policy'))
    .filter(([id, p]) => !id.includes('DefaultPolicy') && JSON.stringify(p.Properties.Roles).includes(roleLogicalId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement.flatMap((s: { Action: string | string[] }) => ([] as string[]).concat(s.Action)));
}

describe('the cycle check', () => {
  test('can fail: aws-cdk-lib\'s UserPool with a post-confirmation trigger granted on its own pool is cyclic', () => {
    const { app: a, stack } = app();
    const fn = newFunction(stack, 'PostConfirmation');
    const pool = new cdkCognito.UserPool(stack, 'Pool', { lambdaTriggers: { postConfirmation: fn } });
    pool.grant(fn, 'cognito-idp:AdminAddUserToGroup');
    const cycle = findCycle(a.synth());
    expect(cycle).toBeDefined();
    expect(cycle!.join(' -> ')).toMatch(/Pool.*PostConfirmation|PostConfirmation.*Pool/);
  });
});

describe('triggers that need their own pool, without cycles', () => {
  test('a post-confirmation trigger that adds users to groups', () => {
    const { app: a, stack } = app();
    const fn = newFunction(stack, 'PostConfirmation');
    const pool = new UserPool(stack, 'Pool', { lambdaTriggers: { postConfirmation: fn } });
    pool.grantAddUserToGroup(fn);
    expectNoCycle(a);
    const template = checkedTemplate(stack);
    const roleId = stack.getLogicalId(fn.role!.node.defaultChild as never);
    expect(separatePolicyActions(template, roleId)).toEqual(['cognito-idp:AdminAddUserToGroup']);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'cognito-idp:AdminAddUserToGroup', Effect: 'Allow', Resource: stack.resolve(pool.userPoolArn) }] },
      Roles: [{ Ref: roleId }],
    });
  });

  test('a pre token generation (V2) trigger that lists groups, set from props', () => {
    const { app: a, stack } = app();
    const fn = newFunction(stack, 'PreToken');
    const pool = new UserPool(stack, 'Pool', { lambdaTriggers: { preTokenGeneration: fn, preTokenGenerationVersion: LambdaVersion.V2_0 } });
    pool.grantListUserGroups(fn);
    pool.grantReadUserAttributes(fn);
    expectNoCycle(a);
    const template = checkedTemplate(stack);
    expect(separatePolicyActions(template, stack.getLogicalId(fn.role!.node.defaultChild as never)))
      .toEqual(['cognito-idp:AdminListGroupsForUser', 'cognito-idp:AdminGetUser', 'cognito-idp:ListUsers']);
  });

  test('one function serving three triggers of one pool and triggers of a second pool', () => {
    const { app: a, stack } = app();
    const fn = newFunction(stack, 'Shared');
    const one = new UserPool(stack, 'One', { lambdaTriggers: { preSignUp: fn, postConfirmation: fn, postAuthentication: fn } });
    const two = new UserPool(stack, 'Two', { lambdaTriggers: { preSignUp: fn } });
    two.addTrigger(UserPoolOperation.CUSTOM_MESSAGE, fn);
    one.grantUpdateUserAttributes(fn);
    two.grantManageUsers(fn);
    expectNoCycle(a);
    const template = checkedTemplate(stack);
    template.resourceCountIs('AWS::Lambda::Permission', 2);
    for (const pool of [one, two]) {
      template.resourcePropertiesCountIs('AWS::Lambda::Permission', {
        FunctionName: stack.resolve(fn.functionArn), SourceArn: stack.resolve(pool.userPoolArn), SourceAccount: ENV.account,
      }, 1);
    }
  });

  test('pools of one stack that grant to one role add to one policy in that stack; identical statements merge', () => {
    const a = new App();
    const auth = new Stack(a, 'Auth', { env: ENV });
    const other = new Stack(a, 'Other', { env: ENV });
    const key = new Key(auth, 'SenderKey', { enableKeyRotation: true });
    const fn = newFunction(auth, 'Sender');
    const pools = [1, 2, 3].map((i) => new UserPool(auth, `Pool${i}`, { customSenderKmsKey: key, lambdaTriggers: { customEmailSender: fn } }));
    pools[0].grantAddUserToGroup(fn);
    pools[1].grantAddUserToGroup(fn);
    new UserPool(other, 'Pool', { lambdaTriggers: { customEmailSender: fn } });
    expectNoCycle(a);
    const template = checkedTemplate(auth);
    const roleRef = { Ref: auth.getLogicalId(fn.role!.node.defaultChild as never) };
    const separate = Object.entries(template.findResources('AWS::IAM::Policy')).filter(([id]) => !id.includes('DefaultPolicy'));
    expect(separate).toHaveLength(1);
    const [, policy] = separate[0];
    expect(policy.Properties.Roles).toEqual([roleRef]);
    // kms:Decrypt on the shared key once for three pools, and each pool's own grant on its own ARN.
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      { Action: 'kms:Decrypt', Effect: 'Allow', Resource: auth.resolve(key.keyArn) },
      { Action: 'cognito-idp:AdminAddUserToGroup', Effect: 'Allow', Resource: auth.resolve(pools[0].userPoolArn) },
      { Action: 'cognito-idp:AdminAddUserToGroup', Effect: 'Allow', Resource: auth.resolve(pools[1].userPoolArn) },
    ]);
    // A pool in another stack gets its own policy there, attached to the same role.
    const otherPolicies = Object.values(checkedTemplate(other).findResources('AWS::IAM::Policy'));
    expect(otherPolicies).toHaveLength(1);
    expect(otherPolicies[0].Properties.PolicyDocument.Statement).toEqual([expect.objectContaining({ Action: 'kms:Decrypt' })]);
  });

  test('a function defined in another stack of the same app', () => {
    const a = new App();
    const functions = new Stack(a, 'Functions', { env: ENV });
    const auth = new Stack(a, 'Auth', { env: ENV });
    const fn = newFunction(functions, 'PostConfirmation');
    const pool = new UserPool(auth, 'Pool', { lambdaTriggers: { postConfirmation: fn, preSignUp: fn } });
    pool.grantAddUserToGroup(fn);
    expectNoCycle(a);
    // The function's stack never refers to the pool's stack: the permission and the grant live with the pool.
    expect(JSON.stringify(checkedTemplate(functions).toJSON())).not.toContain('Fn::ImportValue');
    const authTemplate = checkedTemplate(auth);
    authTemplate.resourceCountIs('AWS::Lambda::Permission', 1);
    authTemplate.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'cognito-idp:AdminAddUserToGroup' }] },
    });
  });

  test('grants still apply to ordinary grantees, and imported pools keep them', () => {
    const { stack } = app();
    const user = new User(stack, 'Admin');
    const imported = UserPool.fromUserPoolId(stack, 'Imported', 'us-east-1_abc');
    imported.grantManageUsers(user);
    const template = checkedTemplate(stack);
    template.hasResourceProperties('AWS::IAM::Policy', {
      Users: [{ Ref: stack.getLogicalId(user.node.defaultChild as never) }],
      PolicyDocument: { Statement: [{ Action: Match.arrayWith(['cognito-idp:AdminCreateUser', 'cognito-idp:AdminDeleteUser']) }] },
    });
    const role = new Role(stack, 'Worker', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const grant = imported.grantReadUserAttributes(role);
    expect(grant.success).toBe(true);
    expect(grant.principalStatements.map((s: PolicyStatement) => s.toJSON().Action)).toEqual([['cognito-idp:AdminGetUser', 'cognito-idp:ListUsers']]);
  });
});

describe('grants reach the principals aws-cdk-lib\'s grants reach, and no other', () => {
  /** Every IAM policy written, as attachments and statements, with construct-specific names left out. */
  function policies(stack: Stack): Array<{ attachedTo: unknown; statements: unknown }> {
    return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy')).map((p) => ({
      attachedTo: { Roles: p.Properties.Roles, Users: p.Properties.Users, Groups: p.Properties.Groups },
      statements: p.Properties.PolicyDocument.Statement,
    }));
  }

  /** The grant of this library's pool and of aws-cdk-lib's, each in its own stack, to the principal `make` builds. */
  function grantBoth(make: (stack: Stack) => IGrantable) {
    const a = new App();
    const ours = new Stack(a, 'Ours', { env: ENV });
    const theirs = new Stack(a, 'Theirs', { env: ENV });
    const ourGrant = UserPool.fromUserPoolId(ours, 'Pool', 'us-east-1_abc').grant(make(ours), 'cognito-idp:AdminGetUser');
    const theirGrant = cdkCognito.UserPool.fromUserPoolId(theirs, 'Pool', 'us-east-1_abc').grant(make(theirs), 'cognito-idp:AdminGetUser');
    return { ours: policies(ours), theirs: policies(theirs), ourGrant, theirGrant };
  }

  const roleArn = (account: string) => `arn:aws:iam::${account}:role/worker`;
  const cases: Array<[string, (stack: Stack) => IGrantable, number]> = [
    ['an immutable imported role', (stack) => Role.fromRoleArn(stack, 'Role', roleArn(ENV.account), { mutable: false }), 0],
    ['a role of another account', (stack) => Role.fromRoleArn(stack, 'Role', roleArn('210987654321')), 0],
    ['a role made immutable with withoutPolicyUpdates()', (stack) => new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }).withoutPolicyUpdates(), 0],
    ['a mutable imported role of this account', (stack) => Role.fromRoleArn(stack, 'Role', roleArn(ENV.account)), 1],
    ['a role created in the app', (stack) => new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') }), 1],
    ['a user', (stack) => new User(stack, 'User'), 1],
    ['a group', (stack) => new Group(stack, 'Group'), 1],
    ['a service principal', () => new ServicePrincipal('lambda.amazonaws.com'), 0],
  ];

  test.each(cases)('%s: the same policies, attachments and grant result as aws-cdk-lib', (_name, make, count) => {
    const { ours, theirs, ourGrant, theirGrant } = grantBoth(make);
    expect(ours).toHaveLength(count);
    expect(ours).toEqual(theirs);
    expect(ourGrant.success).toBe(theirGrant.success);
  });

  test('an immutable role gets no policy even where a trigger on a created pool is granted (custom sender kms:Decrypt)', () => {
    const { stack } = app();
    const role = Role.fromRoleArn(stack, 'Role', roleArn(ENV.account), { mutable: false });
    const sender = new LambdaFunction(stack, 'Sender', { runtime: Runtime.NODEJS_24_X, handler: 'index.handler', code: Code.fromInline('exports.handler = async () => {};'), role });
    new UserPool(stack, 'Pool', { lambdaTriggers: { customEmailSender: sender } });
    const written = Object.values(checkedTemplate(stack).findResources('AWS::IAM::Policy'));
    expect(written.filter((p) => JSON.stringify(p.Properties.Roles ?? []).includes('worker'))).toEqual([]);
  });
});

describe('custom senders', () => {
  test('without a key: a symmetric key with rotation is created and senders may decrypt; the key policy is CDK\'s default, '
    + 'as Cognito\'s custom sender guide gives Cognito no key statement', () => {
    const { app: a, stack } = app();
    const email = newFunction(stack, 'EmailSender');
    const sms = newFunction(stack, 'SmsSender');
    const pool = new UserPool(stack, 'Pool', { lambdaTriggers: { customEmailSender: email } });
    pool.addTrigger(UserPoolOperation.CUSTOM_SMS_SENDER, sms);
    expectNoCycle(a);
    const template = checkedTemplate(stack);
    template.resourceCountIs('AWS::KMS::Key', 1);
    const [keyId, key] = Object.entries(template.findResources('AWS::KMS::Key'))[0];
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.DeletionPolicy).toBe('Retain');
    // Only the account's root, as every kms.Key has: nothing for cognito-idp.amazonaws.com.
    expect(key.Properties.KeyPolicy.Statement).toEqual([{
      Action: 'kms:*',
      Effect: 'Allow',
      Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::123456789012:root']] } },
      Resource: '*',
    }]);
    const lambdaConfig = template.findResources('AWS::Cognito::UserPool')[stack.getLogicalId(pool.node.defaultChild as never)].Properties.LambdaConfig;
    expect(lambdaConfig.KMSKeyID).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    for (const fn of [email, sms]) {
      expect(separatePolicyActions(template, stack.getLogicalId(fn.role!.node.defaultChild as never))).toEqual(['kms:Decrypt']);
    }
    // Each sender's statement, whole: kms:Decrypt on the key, no condition (the guide's "Allow Lambda to decrypt").
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'kms:Decrypt', Effect: 'Allow', Resource: { 'Fn::GetAtt': [keyId, 'Arn'] } }] },
      Roles: [{ Ref: stack.getLogicalId(email.role!.node.defaultChild as never) }],
    });
  });

  test('with a given key: no key is created, and the same permissions apply', () => {
    const { app: a, stack } = app();
    const key = new Key(stack, 'MyKey', { enableKeyRotation: true });
    const sender = newFunction(stack, 'EmailSender');
    new UserPool(stack, 'Pool', { customSenderKmsKey: key, lambdaTriggers: { customEmailSender: sender } });
    expectNoCycle(a);
    const template = checkedTemplate(stack);
    template.resourceCountIs('AWS::KMS::Key', 1);
    const [key2] = Object.values(template.findResources('AWS::KMS::Key'));
    expect(key2.Properties.KeyPolicy.Statement).toHaveLength(1);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'kms:Decrypt', Effect: 'Allow', Resource: stack.resolve(key.keyArn) }] },
    });
  });

  test('a sender in another stack with the created key', () => {
    const a = new App();
    const functions = new Stack(a, 'Functions', { env: ENV });
    const auth = new Stack(a, 'Auth', { env: ENV });
    new UserPool(auth, 'Pool', { lambdaTriggers: { customSmsSender: newFunction(functions, 'SmsSender') } });
    expectNoCycle(a);
  });
});

describe('the SMS role', () => {
  test('SMS MFA: the trust and permissions policies of Cognito\'s SMS settings guide, statement for statement', () => {
    const { app: a, stack } = app();
    new UserPool(stack, 'Pool', { mfaSecondFactor: { otp: true, sms: true } });
    expectNoCycle(a);
    const template = checkedTemplate(stack);
    template.resourceCountIs('AWS::IAM::Role', 1);
    const [role] = Object.values(template.findResources('AWS::IAM::Role'));
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([{
      Action: 'sts:AssumeRole',
      Effect: 'Allow',
      Principal: { Service: 'cognito-idp.amazonaws.com' },
      Condition: {
        StringEquals: { 'sts:ExternalId': 'AuthPool9E7EFFE9', 'aws:SourceAccount': ENV.account },
        ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cognito-idp:us-east-1:123456789012:userpool/*']] } },
      },
    }]);
    expect(role.Properties.Policies[0].PolicyDocument.Statement).toEqual([{ Action: 'sns:Publish', Effect: 'Allow', Resource: '*' }]);
    // The pool names the role and the same external id.
    const [pool] = Object.values(template.findResources('AWS::Cognito::UserPool'));
    expect(pool.Properties.SmsConfiguration).toEqual({
      SnsCallerArn: { 'Fn::GetAtt': [Object.keys(template.findResources('AWS::IAM::Role'))[0], 'Arn'] },
      ExternalId: 'AuthPool9E7EFFE9',
    });
  });

  test('a given external id goes to the trust policy and the pool alike', () => {
    const { stack } = app();
    new UserPool(stack, 'Pool', { mfaSecondFactor: { otp: true, sms: true }, smsRoleExternalId: 'my-external-id' });
    const template = checkedTemplate(stack);
    const [role] = Object.values(template.findResources('AWS::IAM::Role'));
    expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Condition.StringEquals['sts:ExternalId']).toBe('my-external-id');
    const [pool] = Object.values(template.findResources('AWS::Cognito::UserPool'));
    expect(pool.Properties.SmsConfiguration.ExternalId).toBe('my-external-id');
  });

  test.each<[string, object]>([
    ['SMS as a first sign-in factor', { signInAliases: { email: true }, signInPolicy: { allowedFirstAuthFactors: { password: true, smsOtp: true } } }],
    ['phone sign-in', { signInAliases: { phone: true } }],
    ['phone verification', { autoVerify: { email: true, phone: true } }],
  ])('is created for %s', (_name, props) => {
    const { stack } = app();
    new UserPool(stack, 'Pool', props);
    checkedTemplate(stack).resourceCountIs('AWS::IAM::Role', 1);
  });

  test('its cdk-nag IAM5 finding is acknowledged on that role only, with a reason', () => {
    const { stack } = app();
    const pool = new UserPool(stack, 'Pool', { mfaSecondFactor: { otp: true, sms: true } });
    const other = new Role(stack, 'Other', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    other.addToPolicy(new PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }));
    const report = new AwsSolutionsChecks(stack).validateScope(stack);
    const iam5 = report.violations.filter((v) => v.ruleName.startsWith('AwsSolutions-IAM5'))
      .flatMap((v) => v.violatingResources.map((r) => r.constructPath));
    expect(iam5.some((path) => path?.startsWith(pool.node.findChild('smsRole').node.path))).toBe(false);
    expect(iam5.some((path) => path?.startsWith(other.node.path))).toBe(true);
  });
});
