import { Annotations } from 'aws-cdk-lib/assertions';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FeaturePlan, UserPool, UserPoolIssuerType, type UserPoolProps } from '../src';
import { checkedTemplate, Match, newStack, poolProperties, stringToken, synthProblems } from './util';

// Multi-Region replication (Cognito developer guide, "Multi-Region replication for user pools"; docs/replicas.md).

const TYPE = 'AWS::Cognito::UserPoolReplica';
const MRK = 'arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab';

function withReplicas(props: UserPoolProps = {}) {
  const stack = newStack();
  const key = new Key(stack, 'Key', { multiRegion: true });
  const pool = new UserPool(stack, 'Pool', { encryptionKey: key, replicas: [{ region: 'us-west-2' }], ...props });
  return { stack, pool, key };
}

describe('replicas', () => {
  test('one replica resource per Region, named by its Region; the issuer defaults to UPDATED', () => {
    const { stack, pool } = withReplicas();
    const template = checkedTemplate(stack);
    expect(template.findResources(TYPE)).toEqual({
      [stack.getLogicalId(pool.node.findChild('Replica-us-west-2') as never)]: { Type: TYPE, Properties: { UserPoolId: stack.resolve(pool.userPoolId), RegionName: 'us-west-2' } },
    });
    expect(poolProperties(template).IssuerConfiguration).toEqual({ Type: 'UPDATED' });
    expect(synthProblems(withReplicas().stack)).toEqual([]);
  });

  test('no replicas: no resource, and the issuer is left to Cognito as before', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool');
    const template = checkedTemplate(stack);
    template.resourceCountIs(TYPE, 0);
    expect(poolProperties(template).IssuerConfiguration).toBeUndefined();
  });

  test('errors: LITE, two replicas, the pool\'s own Region, a duplicate, not a region code', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key', { multiRegion: true });
    new UserPool(stack, 'Lite', { featurePlan: FeaturePlan.LITE, encryptionKey: key, replicas: [{ region: 'us-west-2' }] });
    new UserPool(stack, 'Two', { encryptionKey: key, replicas: [{ region: 'us-west-2' }, { region: 'eu-west-1' }] });
    new UserPool(stack, 'Own', { encryptionKey: key, replicas: [{ region: 'us-east-1' }] });
    new UserPool(stack, 'Twice', { encryptionKey: key, replicas: [{ region: 'us-west-2' }, { region: 'us-west-2' }] });
    new UserPool(stack, 'Bad', { encryptionKey: key, replicas: [{ region: 'Oregon' }] });
    expect(synthProblems(stack)).toEqual([
      expect.stringMatching(/^\[Stack\/Lite\] replicas needs featurePlan ESSENTIALS or PLUS, got LITE.*replicasNeedPlan\]$/),
      expect.stringMatching(/^\[Stack\/Two\] replicas may name at most 1 Region, got 2.*replicaCount\]$/),
      expect.stringMatching(/^\[Stack\/Own\] replicas\[0\].region must be another Region than the pool's own, got us-east-1.*replicaInOwnRegion\]$/),
      expect.stringMatching(/^\[Stack\/Twice\] replicas may name at most 1 Region, got 2/),
      expect.stringMatching(/^\[Stack\/Twice\] replicas\[1\].region names us-west-2 twice/),
      expect.stringMatching(/^\[Stack\/Bad\] replicas\[0\].region must be a region code such as us-west-2, got "Oregon".*regionCode\]$/),
    ]);
  });

  test('accepted: ESSENTIALS, a token Region, an empty list', () => {
    const stack = newStack();
    const key = new Key(stack, 'Key', { multiRegion: true });
    new UserPool(stack, 'Essentials', { featurePlan: FeaturePlan.ESSENTIALS, encryptionKey: key, replicas: [{ region: 'eu-west-1' }] });
    new UserPool(stack, 'Token', { encryptionKey: key, replicas: [{ region: stringToken(stack) }] });
    new UserPool(stack, 'None', { replicas: [] });
    expect(synthProblems(stack)).toEqual([]);
  });

  test('the key: required, multi-Region when created, mrk- when imported; a token ARN is accepted', () => {
    const stack = newStack();
    new UserPool(stack, 'NoKey', { replicas: [{ region: 'us-west-2' }] });
    new UserPool(stack, 'SingleRegion', { encryptionKey: new Key(stack, 'Single'), replicas: [{ region: 'us-west-2' }] });
    new UserPool(stack, 'ImportedSingle', { encryptionKey: Key.fromKeyArn(stack, 'I', MRK.replace('mrk-', '')), replicas: [{ region: 'us-west-2' }] });
    new UserPool(stack, 'ImportedMrk', { encryptionKey: Key.fromKeyArn(stack, 'M', MRK), replicas: [{ region: 'us-west-2' }] });
    new UserPool(stack, 'TokenKey', { encryptionKey: Key.fromKeyArn(stack, 'T', stringToken(stack)), replicas: [{ region: 'us-west-2' }] });
    expect(synthProblems(stack)).toEqual([
      expect.stringMatching(/^\[Stack\/NoKey\] replicas needs encryptionKey, a multi-Region customer managed key.*replicaNeedsKey\]$/),
      expect.stringMatching(/^\[Stack\/SingleRegion\] encryptionKey must be a multi-Region key with replicas, got a single-Region key: create it with multiRegion: true/),
      expect.stringMatching(/^\[Stack\/ImportedSingle\] encryptionKey must be a multi-Region key with replicas \(its key id starts with mrk-\)/),
    ]);
  });

  test('warnings: TOTP as the only MFA factor, and an ORIGINAL issuer; none with another factor or UPDATED', () => {
    const { stack } = withReplicas({ issuerType: UserPoolIssuerType.ORIGINAL });
    const warned = (id: string) => Annotations.fromStack(stack).findWarning('/Stack/Pool', Match.stringLikeRegexp(id));
    expect(warned('replicaWithTotpMfa')).toHaveLength(1);
    expect(warned('replicaWithOriginalIssuer')).toHaveLength(1);
    const quiet = withReplicas({ mfaSecondFactor: { otp: true, sms: true } }).stack;
    Annotations.fromStack(quiet).hasNoWarning('/Stack/Pool', Match.stringLikeRegexp('replicaWith'));
  });
});
