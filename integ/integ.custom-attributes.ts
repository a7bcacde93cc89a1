/** Standard and custom attributes: required, mutable by default, and constrained. */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { BooleanAttribute, DateTimeAttribute, NumberAttribute, StringAttribute, UserPool } from '../src';
import { DESTROYABLE, scenario } from './util';

const { app, stack } = scenario('CustomAttributes');
const pool = new UserPool(stack, 'Pool', {
  ...DESTROYABLE,
  standardAttributes: { givenName: { required: true }, familyName: { mutable: true } },
  customAttributes: {
    tenant: new StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
    score: new NumberAttribute({ min: 0, max: 100 }),
    beta: new BooleanAttribute(),
    joined: new DateTimeAttribute(),
  },
});

const integ = new IntegTest(app, 'CustomAttributes', { testCases: [stack] });
integ.assertions.awsApiCall('CognitoIdentityServiceProvider', 'describeUserPool', { UserPoolId: pool.userPoolId })
  .expect(ExpectedResult.objectLike({
    UserPool: Match.objectLike({
      SchemaAttributes: Match.arrayWith([
        Match.objectLike({ Name: 'custom:tenant', AttributeDataType: 'String', Mutable: false, StringAttributeConstraints: { MinLength: '1', MaxLength: '64' } }),
        Match.objectLike({ Name: 'custom:score', AttributeDataType: 'Number', Mutable: true }),
      ]),
    }),
  }));
