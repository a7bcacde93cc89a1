import { App, CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { UserPool as CdkUserPool, OAuthScope, ResourceServerScope } from 'aws-cdk-lib/aws-cognito';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Code, Function } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { UserPool, UserPoolEmail, UserPoolLogDestination, UserPoolMigration, UserPoolOperation, UserPoolRegionalConfiguration, UserPoolReplicaKey } from '../src';
import { newFunction, newStack } from './util';
import { LAMBDA_BASIC_EXECUTION_FINDING } from '../src/private/resources/acknowledge';
import { newestNodeRuntime } from '../src/private/resources/handlers';

/** Runs cdk-nag's AwsSolutions pack over a stack and returns the rule names found at one severity. */
function findings(stack: Stack, severity: 'error' | 'warning'): string[] {
  const report = new AwsSolutionsChecks(stack).validateScope(stack);
  return report.violations.filter((v) => v.severity === severity).map((v) => v.ruleName);
}

/** The findings on the resources of `construct` (those under its path), at one severity: `rule [path]`. */
function findingsOn(construct: IConstruct, severity: 'error' | 'warning'): string[] {
  const stack = Stack.of(construct);
  const byLogicalId = new Map(construct.node.findAll().filter((c): c is CfnElement => c instanceof CfnElement)
    .map((e) => [stack.resolve(e.logicalId) as string, e.node.path]));
  const pathOf = (r: { constructPath?: string; resourceLogicalId?: string }) => r.constructPath ?? byLogicalId.get(r.resourceLogicalId ?? '');
  const ours = (path: string | undefined) => path !== undefined && (path === construct.node.path || path.startsWith(`${construct.node.path}/`));
  const report = new AwsSolutionsChecks(stack).validateScope(stack);
  return report.violations.filter((v) => v.severity === severity).flatMap((v) => v.violatingResources
    .filter((r) => ours(pathOf(r))).map((r) => `${v.ruleName} [${pathOf(r)}]`));
}

describe('cdk-nag AwsSolutions', () => {
  test('a pool with no props has no errors and no warnings', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool');
    expect(findings(stack, 'error')).toEqual([]);
    expect(findings(stack, 'warning')).toEqual([]);
  });

  test('a pool with encryptionKey and logDelivery, and a machine client, have no errors and no warnings', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool', {
      encryptionKey: new Key(stack, 'DataKey', { enableKeyRotation: true }),
      logDelivery: { userAuthEvents: UserPoolLogDestination.cloudWatchLogs(new LogGroup(stack, 'Logs', { logGroupName: '/aws/vendedlogs/cognito/pool', retention: RetentionDays.ONE_YEAR })) },
    });
    const api = pool.addResourceServer('Api', { identifier: 'api', scopes: [new ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' })] });
    pool.addClient('Machine', {
      generateSecret: true,
      oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.resourceServer(api, new ResourceServerScope({ scopeName: 'read', scopeDescription: 'read' }))] },
    });
    expect(findings(stack, 'error')).toEqual([]);
    expect(findings(stack, 'warning')).toEqual([]);
  });

  test('a trigger on an imported pool (the custom resource) and a migration between two pools: no errors, no warnings', () => {
    const stack = newStack();
    const fn = new Function(stack, 'PreSignUp', { runtime: newestNodeRuntime(), handler: 'index.handler', code: Code.fromInline('exports.handler = async (e) => e;') });
    fn.node.addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY, { [LAMBDA_BASIC_EXECUTION_FINDING]: 'the test\'s own function' });
    UserPool.fromUserPoolId(stack, 'Imported', 'us-east-1_Abc123').addTrigger(UserPoolOperation.PRE_SIGN_UP, fn);
    const target = new UserPool(stack, 'Target');
    target.addClient('Web', { authFlows: { userPassword: true } });
    new UserPoolMigration(stack, 'Migration', { sourceUserPool: new UserPool(stack, 'Source'), targetUserPool: target });
    expect(findings(stack, 'error')).toEqual([]);
    expect(findings(stack, 'warning')).toEqual([]);
  });

  test.each([
    ['scoped to an origination identity ARN', { originationIdentity: 'arn:aws:sms-voice:us-east-1:123456789012:phone-number/phone-1' }],
    ['on * (no origination identity; IAM5 acknowledged on the role)', {}],
  ])('a pool sending SMS through AWS End User Messaging SMS, its role %s, has no errors and no warnings', (_name, endUserMessagingSms) => {
    const stack = newStack();
    new UserPool(stack, 'Pool', { signInAliases: { email: true, phone: true }, endUserMessagingSms });
    expect(findings(stack, 'error')).toEqual([]);
    expect(findings(stack, 'warning')).toEqual([]);
  });

  test('the check can fail: aws-cdk-lib\'s default pool reports COG1, COG8 and COG2', () => {
    const stack = newStack();
    new CdkUserPool(stack, 'Pool');
    expect(findings(stack, 'error')).toEqual(expect.arrayContaining(['AwsSolutions-COG1', 'AwsSolutions-COG8']));
    expect(findings(stack, 'warning')).toEqual(expect.arrayContaining(['AwsSolutions-COG2']));
  });

  test('the replica\'s Region: a regional configuration (SMS role, sender key replica, triggers) and a replica key have no errors and no warnings', () => {
    const app = new App();
    const inRegion = (id: string, region: string) => new Stack(app, id, { env: { account: '123456789012', region }, crossRegionReferences: true });
    const keys = inRegion('Keys', 'us-east-1');
    const key = new Key(keys, 'PoolKey', { multiRegion: true, enableKeyRotation: true });
    const westKeys = inRegion('WestKeys', 'us-west-2');
    const replicaKey = new UserPoolReplicaKey(westKeys, 'PoolKey', { primaryKey: key });
    const east = inRegion('East', 'us-east-1');
    east.addDependency(westKeys);
    const pool = new UserPool(east, 'Pool', {
      encryptionKey: key,
      replicas: [{ region: 'us-west-2' }],
      mfaSecondFactor: { otp: true, sms: true },
      email: UserPoolEmail.withSES({ fromEmail: 'noreply@example.com' }),
      lambdaTriggers: { customEmailSender: newFunction(east, 'Sender') },
    });
    const west = inRegion('West', 'us-west-2');
    const regional = new UserPoolRegionalConfiguration(west, 'Regional', {
      userPool: pool,
      lambdaTriggers: { customEmailSender: newFunction(west, 'Sender'), preSignUp: newFunction(west, 'PreSignUp') },
    });
    expect(findingsOn(regional, 'error')).toEqual([]);
    expect(findingsOn(regional, 'warning')).toEqual([]);
    expect(findingsOn(replicaKey, 'error')).toEqual([]);
    expect(findingsOn(replicaKey, 'warning')).toEqual([]);
    // The check can fail: the trigger function beside it (aws-cdk-lib's, with its managed execution policy) has findings.
    expect(findingsOn(west.node.findChild('PreSignUp'), 'error')).toEqual(expect.arrayContaining([expect.stringMatching(/^AwsSolutions-IAM4.* \[West\/PreSignUp\//)]));
  });
});
