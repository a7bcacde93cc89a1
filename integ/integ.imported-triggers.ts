/**
 * Two triggers on a pool created elsewhere (here: another stack, referenced by id only), set by the custom resource
 * that keeps every other setting. A deploy asserts that the pool then has both triggers and still has the settings
 * its own stack gave it (MFA, the verification message, deletion protection off as written).
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { Stack } from 'aws-cdk-lib';
import { UserPool, UserPoolOperation } from '../src';
import { DESTROYABLE, passThrough, scenario } from './util';

const { app, stack: poolStack } = scenario('ImportedTriggersPool');
const created = new UserPool(poolStack, 'Pool', {
  ...DESTROYABLE,
  userVerification: { emailSubject: 'Verify your email', emailBody: 'Your code is {####}' },
});

// The triggers' stack knows only the pool's id and ARN, as a stack of another team or tool would.
const triggers = new Stack(app, 'SecureUserPoolImportedTriggers');
const pool = UserPool.fromUserPoolArn(triggers, 'Existing', created.userPoolArn);
const preSignUp = passThrough(triggers, 'PreSignUp');
const postConfirmation = passThrough(triggers, 'PostConfirmation');
pool.addTrigger(UserPoolOperation.PRE_SIGN_UP, preSignUp);
pool.addTrigger(UserPoolOperation.POST_CONFIRMATION, postConfirmation);

const integ = new IntegTest(app, 'ImportedTriggers', { testCases: [poolStack, triggers] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPool', { UserPoolId: created.userPoolId })
  .expect(ExpectedResult.objectLike({
    UserPool: Match.objectLike({
      LambdaConfig: Match.objectLike({ PreSignUp: preSignUp.functionArn, PostConfirmation: postConfirmation.functionArn }),
      MfaConfiguration: 'ON',
      VerificationMessageTemplate: Match.objectLike({ EmailSubject: 'Verify your email', EmailMessage: 'Your code is {####}' }),
      DeletionProtection: 'INACTIVE',
    }),
  }));
