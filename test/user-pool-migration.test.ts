import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { Role } from 'aws-cdk-lib/aws-iam';
import { StringAttribute, UserPool, UserPoolMigration } from '../src';
import { checkedTemplate, ENV, synthProblems } from './util';
import { newestNodeRuntime } from '../src/private/resources/handlers';

const SOURCE_ARN = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Old123';

function stack(): Stack {
  return new Stack(new App(), 'Migration', { env: ENV });
}

function migrationFunction(template: Template): Record<string, any> {
  return Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Handler: 'index.handler', Timeout: 5 } }))[0];
}

describe('UserPoolMigration', () => {
  test('between two created pools: a source client for admin password sign-in, the trigger on the target, the environment', () => {
    const s = stack();
    const source = new UserPool(s, 'Old');
    const target = new UserPool(s, 'New', { customAttributes: { tenant: new StringAttribute({ mutable: true }) } });
    target.addClient('Web', { authFlows: { userPassword: true } });
    const migration = new UserPoolMigration(s, 'Migration', { sourceUserPool: source, targetUserPool: target });
    const template = checkedTemplate(s);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      UserPoolId: s.resolve(source.userPoolId),
      ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      GenerateSecret: false,
    });
    const fn = migrationFunction(template);
    // The newest Node.js runtime of the installed aws-cdk-lib (24 on the minimum, 2.257).
    expect(fn.Properties.Runtime).toBe(newestNodeRuntime().name);
    expect(Number(/^nodejs(\d+)\.x$/.exec(fn.Properties.Runtime)![1])).toBeGreaterThanOrEqual(24);
    expect(fn.Properties.Environment.Variables).toEqual({
      SOURCE_USER_POOL_ID: s.resolve(source.userPoolId),
      SOURCE_CLIENT_ID: s.resolve(migration.sourceClient!.userPoolClientId),
      TARGET_CUSTOM_ATTRIBUTES: '["custom:tenant"]',
    });
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { UserMigration: s.resolve(migration.migrationFunction.functionArn) },
    });
    // Its role: the two calls, on the source pool only.
    const policy = Object.values(template.findResources('AWS::IAM::Policy')).find((p) => JSON.stringify(p).includes('AdminInitiateAuth'))!;
    expect(policy.Properties.PolicyDocument.Statement).toEqual([{
      Action: ['cognito-idp:AdminInitiateAuth', 'cognito-idp:AdminGetUser'], Effect: 'Allow', Resource: s.resolve(source.userPoolArn),
    }]);
    expect(Annotations.fromStack(s).findWarning('*', Match.stringLikeRegexp('migrationWithoutPasswordFlow'))).toHaveLength(0);
  });

  test('a source pool created elsewhere: the given client, attribute mapping, an imported target through the custom resource', () => {
    const s = stack();
    const source = UserPool.fromUserPoolArn(s, 'Old', SOURCE_ARN);
    const sourceClient = cdkCognito.UserPoolClient.fromUserPoolClientId(s, 'OldClient', 'client123');
    const target = UserPool.fromUserPoolId(s, 'New', 'us-east-1_New456');
    new UserPoolMigration(s, 'Migration', {
      sourceUserPool: source,
      targetUserPool: target,
      sourceClient,
      attributeMapping: { 'custom:org': 'custom:tenant' },
      targetCustomAttributes: ['custom:tenant'],
    });
    const template = checkedTemplate(s);
    expect(migrationFunction(template).Properties.Environment.Variables).toEqual({
      SOURCE_USER_POOL_ID: 'us-east-1_Old123',
      SOURCE_CLIENT_ID: 'client123',
      ATTRIBUTE_MAPPING: '{"custom:org":"custom:tenant"}',
      TARGET_CUSTOM_ATTRIBUTES: '["custom:tenant"]',
    });
    template.hasResourceProperties('Custom::CognitoUserPoolTrigger', { UserPoolId: 'us-east-1_New456', Operation: 'UserMigration' });
  });

  test('a source pool in another account: the function may only assume the given role', () => {
    const s = stack();
    const sourceRole = Role.fromRoleArn(s, 'SourceRole', 'arn:aws:iam::210987654321:role/migration-source');
    new UserPoolMigration(s, 'Migration', {
      sourceUserPool: UserPool.fromUserPoolArn(s, 'Old', 'arn:aws:cognito-idp:us-east-1:210987654321:userpool/us-east-1_Old123'),
      targetUserPool: new UserPool(s, 'New'),
      sourceClient: cdkCognito.UserPoolClient.fromUserPoolClientId(s, 'OldClient', 'client123'),
      sourceRole,
    });
    const template = Template.fromStack(s);
    expect(migrationFunction(template).Properties.Environment.Variables.SOURCE_ROLE_ARN).toBe('arn:aws:iam::210987654321:role/migration-source');
    const policy = Object.values(template.findResources('AWS::IAM::Policy')).find((p) => JSON.stringify(p).includes('sts:AssumeRole'))!;
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Resource: 'arn:aws:iam::210987654321:role/migration-source' },
    ]);
  });

  test('a source pool of another Region imported by id: the grant names the Region of its id (where the function calls it)', () => {
    const s = stack();
    new UserPoolMigration(s, 'Migration', {
      sourceUserPool: cdkCognito.UserPool.fromUserPoolId(s, 'Old', 'eu-west-1_Old123'),
      sourceClient: cdkCognito.UserPoolClient.fromUserPoolClientId(s, 'OldClient', 'client123'),
      targetUserPool: new UserPool(s, 'New'),
    });
    const policy = Object.values(Template.fromStack(s).findResources('AWS::IAM::Policy')).find((p) => JSON.stringify(p).includes('AdminInitiateAuth'))!;
    expect(s.resolve(policy.Properties.PolicyDocument.Statement[0].Resource)).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Old123']],
    });
  });

  test('a source pool of another account without sourceRole is an error; with it, accepted', () => {
    const s = stack();
    const foreign = () => UserPool.fromUserPoolArn(s, `Old${s.node.children.length}`, 'arn:aws:cognito-idp:us-east-1:210987654321:userpool/us-east-1_Old123');
    const client = cdkCognito.UserPoolClient.fromUserPoolClientId(s, 'OldClient', 'client123');
    new UserPoolMigration(s, 'Without', { sourceUserPool: foreign(), sourceClient: client, targetUserPool: new UserPool(s, 'New') });
    new UserPoolMigration(s, 'With', {
      sourceUserPool: foreign(),
      sourceClient: client,
      targetUserPool: new UserPool(s, 'New2'),
      sourceRole: Role.fromRoleArn(s, 'SourceRole', 'arn:aws:iam::210987654321:role/migration-source'),
    });
    expect(synthProblems(s)).toEqual([expect.stringMatching(
      /^\[Migration\/Without\] sourceRole is required for a sourceUserPool of account 210987654321, another than the stack's 123456789012.*migrationCrossAccount\]$/)]);
  });

  test('a created target whose clients all use SRP: a warning, as Cognito doesn\'t call the trigger then', () => {
    const s = stack();
    const target = new UserPool(s, 'New');
    target.addClient('Web');
    new UserPoolMigration(s, 'Migration', { sourceUserPool: new UserPool(s, 'Old'), targetUserPool: target });
    Annotations.fromStack(s).hasWarning('/Migration/Migration', Match.stringLikeRegexp(
      'targetUserPool has no app client in this stack that sends the password.*cdk-secure-user-pool:migrationWithoutPasswordFlow'));
  });

  test.each([
    ['the same pool', (s: Stack) => { const p = new UserPool(s, 'Pool'); return { sourceUserPool: p, targetUserPool: p }; },
      /targetUserPool must be another pool than sourceUserPool/],
    ['a source created elsewhere without a client', (s: Stack) => ({ sourceUserPool: UserPool.fromUserPoolArn(s, 'Old', SOURCE_ARN), targetUserPool: new UserPool(s, 'New') }),
      /sourceClient is required when sourceUserPool is created elsewhere.*\[cdk-secure-user-pool:migrationSourceClient\]/],
    ['sub in the mapping', (s: Stack) => ({ sourceUserPool: new UserPool(s, 'Old'), targetUserPool: new UserPool(s, 'New'), attributeMapping: { sub: 'custom:legacy_id' } }),
      /attributeMapping\["sub"\] can't map sub/],
    ['a target custom attribute without custom:', (s: Stack) => ({ sourceUserPool: new UserPool(s, 'Old'), targetUserPool: new UserPool(s, 'New'), targetCustomAttributes: ['tenant'] }),
      /targetCustomAttributes\[0\] must be a custom attribute name such as custom:tenant, got "tenant"/],
  ])('%s is an error', (_name, props, message) => {
    const s = stack();
    new UserPoolMigration(s, 'Migration', props(s));
    expect(synthProblems(s)).toEqual([expect.stringMatching(message)]);
  });

  test('accepted: the longest custom attribute name (20 characters), a dropped attribute, a token pool id', () => {
    const s = stack();
    const tokenId = new cdkCognito.CfnUserPool(s, 'Cfn').ref;
    new UserPoolMigration(s, 'Migration', {
      sourceUserPool: cdkCognito.UserPool.fromUserPoolId(s, 'Old', tokenId),
      sourceClient: cdkCognito.UserPoolClient.fromUserPoolClientId(s, 'OldClient', 'client123'),
      targetUserPool: new UserPool(s, 'New'),
      attributeMapping: { 'custom:obsolete': '' },
      targetCustomAttributes: [`custom:${'a'.repeat(20)}`],
    });
    (s.node.findChild('Cfn') as cdkCognito.CfnUserPool).applyRemovalPolicy(RemovalPolicy.RETAIN);
    expect(synthProblems(s)).toEqual([]);
  });
});
