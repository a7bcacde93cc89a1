/** SMS MFA next to TOTP, with the SMS role this library creates. */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { UserPool } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('SmsMfa');
const pool = new UserPool(stack, 'Pool', {
  ...DESTROYABLE,
  mfaSecondFactor: { otp: true, sms: true },
  mfaMessage: 'Your sign-in code is {####}',
});

const integ = new IntegTest(app, 'SmsMfa', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'getUserPoolMfaConfig', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    MfaConfiguration: 'ON',
    SoftwareTokenMfaConfiguration: { Enabled: true },
    SmsMfaConfiguration: Match.objectLike({ SmsAuthenticationMessage: 'Your sign-in code is {####}' }),
  }));
