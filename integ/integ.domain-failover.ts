/**
 * Domain failover to the pool's replica: a pool replicated to us-west-2, a Route 53 health check on the pool's OIDC
 * discovery document in the primary Region, and this library's UserPoolDomain on a custom domain with `failover`, whose
 * SecondaryRegion defaults to the replica's (docs/replicas.md, "Domain failover"). A deploy asserts that
 * DescribeUserPoolDomain returns that routing: SecondaryRegion us-west-2 and the health check's id.
 *
 * Deploying needs a custom domain you control, whose parent domain has a DNS A record, and its ACM certificate in
 * us-east-1: INTEG_FAILOVER_DOMAIN=auth.example.org INTEG_FAILOVER_CERTIFICATE_ARN=arn:aws:acm:us-east-1:... (the
 * defaults are only good for synthesis; see docs/integ.md). Deploy it to a Region other than us-west-2.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-multi-region.html
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { ManagedLoginVersion } from 'aws-cdk-lib/aws-cognito';
import { Key } from 'aws-cdk-lib/aws-kms';
import { HealthCheck, HealthCheckType } from 'aws-cdk-lib/aws-route53';
import { UserPool, UserPoolDomain } from '../src';
import { DESTROYABLE, scenario } from './util';

const domainName = process.env.INTEG_FAILOVER_DOMAIN ?? 'auth.example.com';
const certificateArn = process.env.INTEG_FAILOVER_CERTIFICATE_ARN
  ?? 'arn:aws:acm:us-east-1:123456789012:certificate/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';

const { app, stack } = scenario('DomainFailover');
const key = new Key(stack, 'PoolKey', { multiRegion: true, enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });
const pool = new UserPool(stack, 'Pool', {
  ...DESTROYABLE,
  encryptionKey: key,
  mfaSecondFactor: { otp: true, sms: true },
  replicas: [{ region: 'us-west-2' }],
});
// Healthy while the primary Region serves the pool's OIDC discovery document (a choice: "You determine what triggers a
// healthy or unhealthy state").
const primaryHealthy = new HealthCheck(stack, 'PrimaryHealthy', {
  type: HealthCheckType.HTTPS,
  fqdn: `cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}`,
  resourcePath: `/${pool.userPoolId}/.well-known/openid-configuration`,
});
new UserPoolDomain(stack, 'Domain', {
  userPool: pool,
  customDomain: { domainName, certificate: Certificate.fromCertificateArn(stack, 'Certificate', certificateArn) },
  managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
  failover: { healthCheck: primaryHealthy },
});

const integ = new IntegTest(app, 'DomainFailover', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPoolDomain', { Domain: domainName })
  .expect(ExpectedResult.objectLike({
    DomainDescription: Match.objectLike({
      UserPoolId: pool.userPoolId,
      Routing: { Failover: { SecondaryRegion: 'us-west-2', PrimaryRoute53HealthCheckId: primaryHealthy.healthCheckId } },
    }),
  }));
