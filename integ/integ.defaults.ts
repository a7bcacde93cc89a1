/** A pool with only the props a sandbox needs to clean up: every other setting is this library's default. */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { UserPool } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('Defaults');
const pool = new UserPool(stack, 'Pool', DESTROYABLE);

const integ = new IntegTest(app, 'Defaults', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPool', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    UserPool: Match.objectLike({
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      MfaConfiguration: 'ON',
      UserPoolTier: 'PLUS',
      Policies: Match.objectLike({
        PasswordPolicy: Match.objectLike({ MinimumLength: 14, RequireSymbols: true, TemporaryPasswordValidityDays: 3, PasswordHistorySize: 5 }),
      }),
      UserPoolAddOns: Match.objectLike({ AdvancedSecurityMode: 'ENFORCED' }),
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    }),
  }));
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'getUserPoolMfaConfig', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({ MfaConfiguration: 'ON', SoftwareTokenMfaConfiguration: { Enabled: true } }));
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeRiskConfiguration', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    RiskConfiguration: Match.objectLike({
      CompromisedCredentialsRiskConfiguration: Match.objectLike({ Actions: { EventAction: 'BLOCK' } }),
      AccountTakeoverRiskConfiguration: Match.objectLike({
        Actions: {
          LowAction: { EventAction: 'BLOCK', Notify: false },
          MediumAction: { EventAction: 'BLOCK', Notify: false },
          HighAction: { EventAction: 'BLOCK', Notify: false },
        },
      }),
    }),
  }));
