import { Stack, Validations } from 'aws-cdk-lib';
import { UserPool as CdkUserPool, OAuthScope, ResourceServerScope } from 'aws-cdk-lib/aws-cognito';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Code, Function } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { UserPool, UserPoolLogDestination, UserPoolMigration, UserPoolOperation } from '../src';
import { newStack } from './util';
import { LAMBDA_BASIC_EXECUTION_FINDING, newestNodeRuntime } from '../src/private/resources/handlers';

/** Runs cdk-nag's AwsSolutions pack over a stack and returns the rule names found at one severity. */
function findings(stack: Stack, severity: 'error' | 'warning'): string[] {
  const report = new AwsSolutionsChecks(stack).validateScope(stack);
  return report.violations.filter((v) => v.severity === severity).map((v) => v.ruleName);
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
});
