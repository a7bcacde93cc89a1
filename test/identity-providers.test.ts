import { SecretValue } from 'aws-cdk-lib';
import { Annotations } from 'aws-cdk-lib/assertions';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { StringAttribute, UserPool } from '../src';
import { Match, newStack, stringToken } from './util';

// An identity provider mapping onto an immutable pool attribute: the second federated sign-in fails
// (API SchemaAttributeType.Mutable; aws-amplify/amplify-js#3526). Checked at synth, whichever library made the provider.

const ID = 'cdk-secure-user-pool:mappedAttributeImmutable';

function poolWithImmutable(stack: ReturnType<typeof newStack>, id = 'Pool'): UserPool {
  return new UserPool(stack, id, {
    standardAttributes: { email: { required: true, mutable: false }, givenName: { mutable: true } },
    customAttributes: { tier: new StringAttribute({ mutable: false }), plan: new StringAttribute({ mutable: true }) },
  });
}

function google(stack: ReturnType<typeof newStack>, pool: UserPool, mapping: cdkCognito.AttributeMapping, id = 'Google') {
  return new cdkCognito.UserPoolIdentityProviderGoogle(stack, id, { userPool: pool, clientId: 'id', clientSecretValue: SecretValue.unsafePlainText('s'), attributeMapping: mapping });
}

describe('identity providers mapping onto immutable attributes', () => {
  test('aws-cdk-lib\'s Google provider mapping onto an immutable standard attribute warns, naming the provider and attribute', () => {
    const stack = newStack();
    const pool = poolWithImmutable(stack);
    google(stack, pool, { email: cdkCognito.ProviderAttribute.GOOGLE_EMAIL, givenName: cdkCognito.ProviderAttribute.GOOGLE_GIVEN_NAME });
    const warnings = Annotations.fromStack(stack).findWarning('/Stack/Pool', Match.stringLikeRegexp(ID));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].entry.data).toMatch(/^the identity provider Stack\/Google maps onto "email", which this pool declares immutable: .*Attribute cannot be updated/);
  });

  test('a raw CfnUserPoolIdentityProvider, added after the pool, mapping onto an immutable custom attribute warns', () => {
    const stack = newStack();
    const pool = poolWithImmutable(stack);
    new cdkCognito.CfnUserPoolIdentityProvider(stack, 'Oidc', {
      userPoolId: pool.userPoolId,
      providerName: 'corp',
      providerType: 'OIDC',
      providerDetails: { client_id: 'x', authorize_scopes: 'openid', oidc_issuer: 'https://example.com' },
      attributeMapping: { 'custom:tier': 'tier', 'custom:plan': 'plan' },
    });
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp(`maps onto "custom:tier", which.*\\[ack: ${ID}\\]`));
  });

  test('aws-cdk-lib\'s `attributeMapping.custom` (the bare name it renders) onto an immutable custom attribute warns', () => {
    const stack = newStack();
    const pool = poolWithImmutable(stack);
    google(stack, pool, { custom: { tier: cdkCognito.ProviderAttribute.other('tier') } });
    Annotations.fromStack(stack).hasWarning('/Stack/Pool', Match.stringLikeRegexp(`Stack/Google maps onto "tier", which.*\\[ack: ${ID}\\]`));
  });

  test('accepted: mutable attributes, another pool\'s provider, a mapping that is a token, a pool with no immutable attribute', () => {
    const stack = newStack();
    const pool = poolWithImmutable(stack);
    google(stack, pool, { givenName: cdkCognito.ProviderAttribute.GOOGLE_GIVEN_NAME, custom: { plan: cdkCognito.ProviderAttribute.other('plan') } });
    const other = new UserPool(stack, 'Other');
    google(stack, other, { email: cdkCognito.ProviderAttribute.GOOGLE_EMAIL }, 'OtherGoogle');
    new cdkCognito.CfnUserPoolIdentityProvider(stack, 'Tokened', {
      userPoolId: pool.userPoolId, providerName: 'p', providerType: 'OIDC', providerDetails: {}, attributeMapping: stringToken(stack) as never,
    });
    const annotations = Annotations.fromStack(stack);
    annotations.hasNoWarning('*', Match.stringLikeRegexp(ID));
  });
});
