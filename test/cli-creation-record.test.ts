import { BooleanAttribute, Mfa, NumberAttribute, StringAttribute, UserPool } from '../src';
import { checkedTemplate, newStack } from './util';
import { creationRecordOf } from '../src/cli/creation-record';
import { CREATION_METADATA_KEY } from '../src/private/pool-metadata';

describe('the creation-only record', () => {
  test('Metadata holds what the properties can\'t tell, the construct path; the CLI reads sign-in, case sensitivity, '
    + 'required and custom attributes, and MFA from the properties', () => {
    const stack = newStack();
    new UserPool(stack, 'Pool', {
      signInAliases: { username: true, email: true },
      standardAttributes: { email: { required: true } },
      customAttributes: { tier: new StringAttribute({ minLen: 1, maxLen: 8 }), score: new NumberAttribute({ min: 0, mutable: false }) },
      mfa: Mfa.OPTIONAL,
    });
    const [resource] = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::UserPool'));
    expect(resource.Metadata[CREATION_METADATA_KEY]).toEqual({ version: 1, constructPath: 'Stack/Pool' });
    expect(creationRecordOf(resource.Properties, resource.Metadata[CREATION_METADATA_KEY].constructPath)).toEqual({
      version: 1,
      constructPath: 'Stack/Pool',
      usernameAttributes: [],
      aliasAttributes: ['email'],
      caseSensitive: false,
      requiredAttributes: ['email'],
      customAttributes: {
        score: { dataType: 'Number', mutable: false, developerOnly: false, minValue: '0' },
        tier: { dataType: 'String', mutable: true, developerOnly: false, minLength: '1', maxLength: '8' },
      },
      mfa: 'OPTIONAL',
    });
  });

  test('attributes render in declaration order, as aws-cdk-lib renders them; the guard\'s record sorts them', () => {
    const render = (order: 'ab' | 'ba') => {
      const stack = newStack();
      const a = new StringAttribute({ maxLen: 3 });
      const b = new BooleanAttribute();
      new UserPool(stack, 'Pool', {
        customAttributes: order === 'ab' ? { a, b } : { b, a },
        standardAttributes: order === 'ab' ? { givenName: { required: true }, email: {} } : { email: {}, givenName: { required: true } },
      });
      const [resource] = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::UserPool'));
      return resource.Properties;
    };
    expect(render('ab').Schema.map((s: { Name: string }) => s.Name)).toEqual(['given_name', 'email', 'a', 'b']);
    expect(render('ba').Schema.map((s: { Name: string }) => s.Name)).toEqual(['email', 'given_name', 'b', 'a']);
    expect(JSON.stringify(creationRecordOf(render('ab')))).toBe(JSON.stringify(creationRecordOf(render('ba'))));
  });

  test('reads any pool from its properties, with Cognito\'s defaults where they are absent', () => {
    expect(creationRecordOf({})).toEqual({
      version: 1, usernameAttributes: [], aliasAttributes: [], caseSensitive: true, requiredAttributes: [], customAttributes: {}, mfa: 'OFF',
    });
    expect(creationRecordOf({ Schema: [{ Name: 'custom:plan', AttributeDataType: 'String' }] }).customAttributes)
      .toEqual({ plan: { dataType: 'String', mutable: false, developerOnly: false } });
  });
});
