import {
  hasVerifiedContact,
  mapAttributes,
  parseAttributeMapping,
  parseCustomAttributes,
  type AttributeRules,
  type SourceAttribute,
} from '../../../src/handlers/user-pool-migration/attributes';

const attrs = (values: Record<string, string>): SourceAttribute[] => Object.entries(values).map(([Name, Value]) => ({ Name, Value }));
const rules = (mapping: Record<string, string | null> = {}, custom: string[] = []): AttributeRules => ({
  mapping, targetCustomAttributes: new Set(custom),
});

describe('mapAttributes', () => {
  test('never copies sub, identities, cognito:* or dev:custom:*; keeps standard attributes', () => {
    const { attributes, dropped } = mapAttributes(attrs({
      'sub': '7d2c4e1a-0000-4000-8000-000000000001',
      'identities': '[{"providerName":"Google"}]',
      'cognito:mfa_enabled': 'true',
      'dev:custom:internal': 'x',
      'given_name': 'Jane',
      'updated_at': '1700000000',
    }), rules());
    expect(attributes).toEqual({ given_name: 'Jane', updated_at: '1700000000' });
    expect(dropped).toEqual(['cognito:mfa_enabled', 'dev:custom:internal', 'identities', 'sub']);
  });

  test('keeps only the custom attributes the target has', () => {
    const { attributes, dropped } = mapAttributes(attrs({ 'custom:tenant': 'acme', 'custom:legacy': 'x' }), rules({}, ['custom:tenant']));
    expect(attributes).toEqual({ 'custom:tenant': 'acme' });
    expect(dropped).toEqual(['custom:legacy']);
  });

  test('drops every custom attribute when the target lists none', () => {
    expect(mapAttributes(attrs({ 'custom:tenant': 'acme' }), rules()).attributes).toEqual({});
  });

  test('applies the mapping first: renames, and drops on null or ""', () => {
    const { attributes } = mapAttributes(
      attrs({ 'given_name': 'Jane', 'family_name': 'Doe', 'locale': 'de', 'custom:legacy_id': '42', 'nickname': 'jd' }),
      rules({ 'given_name': 'name', 'family_name': null, 'locale': '', 'custom:legacy_id': 'custom:source_id' }, ['custom:source_id']),
    );
    expect(attributes).toEqual({ 'name': 'Jane', 'custom:source_id': '42', 'nickname': 'jd' });
  });

  test('a mapping onto a name the target lacks drops it', () => {
    const { attributes, dropped } = mapAttributes(attrs({ given_name: 'Jane', nickname: 'jd' }), rules({ given_name: 'custom:first', nickname: 'nick' }));
    expect(attributes).toEqual({});
    expect(dropped).toEqual(['custom:first', 'nick']);
  });

  test('an explicit mapping wins a clash with an attribute of the same target name', () => {
    const { attributes } = mapAttributes(attrs({ name: 'Old', given_name: 'Jane' }), rules({ given_name: 'name' }));
    expect(attributes).toEqual({ name: 'Jane' });
  });

  describe('verified flags', () => {
    test('travel with their attribute, as "true" or "false"', () => {
      const { attributes } = mapAttributes(attrs({
        email: 'jane@example.com', email_verified: 'True', phone_number: '+15550100', phone_number_verified: 'no',
      }), rules());
      expect(attributes).toEqual({ email: 'jane@example.com', email_verified: 'true', phone_number: '+15550100', phone_number_verified: 'false' });
    });

    test('are dropped without their attribute', () => {
      expect(mapAttributes(attrs({ email_verified: 'true', phone_number_verified: 'true' }), rules()).attributes).toEqual({});
    });

    test('are dropped when the attribute is dropped or renamed', () => {
      expect(mapAttributes(attrs({ email: 'jane@example.com', email_verified: 'true' }), rules({ email: null })).attributes).toEqual({});
      expect(mapAttributes(attrs({ email: 'jane@example.com', email_verified: 'true' }), rules({ email: 'custom:old_email' }, ['custom:old_email'])).attributes)
        .toEqual({ 'custom:old_email': 'jane@example.com' });
    });

    test('never verify an attribute that another source attribute was mapped onto', () => {
      const { attributes } = mapAttributes(
        attrs({ 'custom:contact': 'other@example.com', 'email': 'jane@example.com', 'email_verified': 'true' }),
        rules({ 'custom:contact': 'email' }),
      );
      expect(attributes).toEqual({ email: 'other@example.com' });
    });

    test('are not renamed, and a mapping of the flag to null drops it', () => {
      expect(mapAttributes(attrs({ email: 'jane@example.com', email_verified: 'true' }), rules({ email_verified: null })).attributes)
        .toEqual({ email: 'jane@example.com' });
      expect(mapAttributes(attrs({ email: 'jane@example.com', email_verified: 'true' }), rules({ email_verified: 'custom:ev' }, ['custom:ev'])).attributes)
        .toEqual({ email: 'jane@example.com', email_verified: 'true' });
    });

    test('no other attribute can be mapped onto a flag', () => {
      const { attributes, dropped } = mapAttributes(attrs({ email: 'jane@example.com', nickname: 'true' }), rules({ nickname: 'email_verified' }));
      expect(attributes).toEqual({ email: 'jane@example.com' });
      expect(dropped).toEqual(['email_verified']);
    });
  });

  test('ignores entries without a name or value', () => {
    expect(mapAttributes([{ Name: 'nickname' }, { Value: 'x' }, { Name: 'name', Value: 'Jane' }], rules()).attributes).toEqual({ name: 'Jane' });
    expect(mapAttributes(undefined, rules()).attributes).toEqual({});
  });
});

test('hasVerifiedContact: a verified email or phone number that is present', () => {
  expect(hasVerifiedContact({ email: 'a@example.com', email_verified: 'true' })).toBe(true);
  expect(hasVerifiedContact({ phone_number: '+15550100', phone_number_verified: 'true' })).toBe(true);
  expect(hasVerifiedContact({ email: 'a@example.com', email_verified: 'false' })).toBe(false);
  expect(hasVerifiedContact({ email_verified: 'true' })).toBe(false);
});

describe('parsing the environment', () => {
  test('ATTRIBUTE_MAPPING', () => {
    expect(parseAttributeMapping(undefined)).toEqual({});
    expect(parseAttributeMapping(' ')).toEqual({});
    expect(parseAttributeMapping('{"a":"b","c":null,"d":""}')).toEqual({ a: 'b', c: null, d: '' });
    expect(() => parseAttributeMapping('["a"]')).toThrow(/JSON object/);
    expect(() => parseAttributeMapping('{"a":1}')).toThrow(/string or null/);
    expect(() => parseAttributeMapping('{')).toThrow(SyntaxError);
  });

  test('TARGET_CUSTOM_ATTRIBUTES', () => {
    expect(parseCustomAttributes(undefined)).toEqual(new Set());
    expect(parseCustomAttributes('["custom:a","custom:b"]')).toEqual(new Set(['custom:a', 'custom:b']));
    expect(() => parseCustomAttributes('["tenant"]')).toThrow(/custom:/);
    expect(() => parseCustomAttributes('["custom:"]')).toThrow(/custom:/);
    expect(() => parseCustomAttributes('{"custom:a":true}')).toThrow(/JSON array/);
  });
});
