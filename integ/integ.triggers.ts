/** Every trigger, pre token generation V2 from props, and both custom senders with the key this library creates. */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { LambdaVersion, UserPool, UserPoolOperation } from '../src';
import { DESTROYABLE, passThrough, scenario } from './util';

const { app, stack } = scenario('Triggers');
const shared = passThrough(stack, 'Shared');
const postConfirmation = passThrough(stack, 'PostConfirmation');
const preToken = passThrough(stack, 'PreToken');
const pool = new UserPool(stack, 'Pool', {
  ...DESTROYABLE,
  lambdaTriggers: {
    preSignUp: shared,
    preAuthentication: shared,
    postAuthentication: shared,
    postConfirmation,
    customMessage: shared,
    defineAuthChallenge: shared,
    createAuthChallenge: shared,
    verifyAuthChallengeResponse: shared,
    userMigration: shared,
    preTokenGeneration: preToken,
    preTokenGenerationVersion: LambdaVersion.V2_0,
    customEmailSender: passThrough(stack, 'EmailSender'),
  },
});
pool.addTrigger(UserPoolOperation.CUSTOM_SMS_SENDER, passThrough(stack, 'SmsSender'));
// Triggers that call their own pool, without a circular dependency.
pool.grantAddUserToGroup(postConfirmation);
pool.grantListUserGroups(preToken);

const integ = new IntegTest(app, 'Triggers', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPool', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    UserPool: Match.objectLike({
      LambdaConfig: Match.objectLike({
        PreSignUp: shared.functionArn,
        PostConfirmation: postConfirmation.functionArn,
        PreTokenGenerationConfig: { LambdaArn: preToken.functionArn, LambdaVersion: 'V2_0' },
        CustomEmailSender: Match.objectLike({ LambdaVersion: 'V1_0' }),
        CustomSMSSender: Match.objectLike({ LambdaVersion: 'V1_0' }),
      }),
    }),
  }));
