/**
 * SMS MFA next to TOTP, sent through AWS End User Messaging SMS directly (`endUserMessagingSms`), with the SMS role this
 * library creates for it. No origination identity: in the SMS sandbox AWS End User Messaging SMS then simulates sending.
 * Not deployed yet (docs/integ.md); the assertion needs an AWS SDK in the assertion Lambda that knows `EumsSms`.
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { UserPool } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('SmsEndUserMessaging');
const pool = new UserPool(stack, 'Pool', {
  ...DESTROYABLE,
  mfaSecondFactor: { otp: true, sms: true },
  smsRoleExternalId: 'secure-user-pool-integ',
  endUserMessagingSms: {},
});

const integ = new IntegTest(app, 'SmsEndUserMessaging', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'getUserPoolMfaConfig', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    MfaConfiguration: 'ON',
    SmsMfaConfiguration: Match.objectLike({
      SmsConfiguration: Match.objectLike({ EumsSms: Match.objectLike({ ExternalId: 'secure-user-pool-integ' }) }),
    }),
  }));
