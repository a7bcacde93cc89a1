/**
 * SES email with email MFA on ESSENTIALS. Deploying needs a verified SES identity in the sandbox account:
 * INTEG_SES_FROM_EMAIL=you@your-verified-domain (see docs/integ.md).
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { FeaturePlan, Mfa, UserPool, UserPoolEmail } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('SesEmailMfa');
const fromEmail = process.env.INTEG_SES_FROM_EMAIL ?? 'no-reply@example.com';
const pool = new UserPool(stack, 'Pool', {
  ...DESTROYABLE,
  featurePlan: FeaturePlan.ESSENTIALS,
  email: UserPoolEmail.withSES({ fromEmail, fromName: 'Integ Test' }),
  mfa: Mfa.REQUIRED,
  mfaSecondFactor: { otp: true, sms: false, email: true },
  emailMfaSubject: 'Your sign-in code',
  emailMfaMessage: 'Your sign-in code is {####}',
});

const integ = new IntegTest(app, 'SesEmailMfa', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPool', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    UserPool: Match.objectLike({ UserPoolTier: 'ESSENTIALS', EmailConfiguration: Match.objectLike({ EmailSendingAccount: 'DEVELOPER' }) }),
  }));
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'getUserPoolMfaConfig', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    MfaConfiguration: 'ON',
    EmailMfaConfiguration: { Subject: 'Your sign-in code', Message: 'Your sign-in code is {####}' },
  }));
