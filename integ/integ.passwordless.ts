/** Passkey sign-in that counts as MFA, so MFA stays required. The relying party is the pool's prefix domain. */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { Stack } from 'aws-cdk-lib';
import { UserPool } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('Passwordless');
const prefix = process.env.INTEG_DOMAIN_PREFIX ?? 'secure-user-pool-integ-passkeys';
const pool = new UserPool(stack, 'Pool', {
  ...DESTROYABLE,
  signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } },
  passkeyRelyingPartyId: `${prefix}.auth.${Stack.of(stack).region}.amazoncognito.com`,
});
pool.addDomain('Domain', { cognitoDomain: { domainPrefix: prefix } });

const integ = new IntegTest(app, 'Passwordless', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPool', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    UserPool: Match.objectLike({
      MfaConfiguration: 'ON',
      Policies: Match.objectLike({ SignInPolicy: { AllowedFirstAuthFactors: Match.arrayWith(['PASSWORD', 'WEB_AUTHN']) } }),
    }),
  }));
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'getUserPoolMfaConfig', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    WebAuthnConfiguration: Match.objectLike({ UserVerification: 'required', FactorConfiguration: 'MULTI_FACTOR_WITH_USER_VERIFICATION' }),
  }));
