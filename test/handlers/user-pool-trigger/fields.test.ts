import { UpdateUserPoolRequest$, UserPoolType$ } from '@aws-sdk/client-cognito-identity-provider';
import { OUTPUT_ONLY, runtimeUpdateMembers, unplacedMembers, UPDATE_MEMBERS, updateRequestFor } from '../../../src/handlers/user-pool-trigger/fields';

/** A structure schema of the installed SDK as it is at run time: [kind, namespace, name, traits, member names, member schemas]. */
function members(schema: unknown): { names: string[]; schemas: unknown[] } {
  const [, , , , names, schemas] = schema as [unknown, unknown, unknown, unknown, string[], unknown[]];
  return { names, schemas };
}

/** A member schema with its lazy reference resolved: the same value means the same shape. */
function shapeOf(schema: { names: string[]; schemas: unknown[] }, name: string): unknown {
  const member = schema.schemas[schema.names.indexOf(name)];
  const resolved = Array.isArray(member) ? member[0] : member;
  return typeof resolved === 'function' ? (resolved as () => unknown)() : resolved;
}

const request = members(UpdateUserPoolRequest$);
const output = members(UserPoolType$);

describe('the field list follows the API model of the installed SDK', () => {
  test('the SDK lists the members at run time (what the handler reads in the Lambda runtime)', () => {
    expect(request.names.length).toBeGreaterThan(20);
    expect(runtimeUpdateMembers()).toEqual(request.names);
  });

  test.each(request.names)('UpdateUserPoolRequest.%s is copied from DescribeUserPool or excluded with a reason', (name) => {
    const rule = UPDATE_MEMBERS[name];
    expect(rule).toBeDefined();
    if ('excluded' in rule) {
      expect(rule.excluded.length).toBeGreaterThan(40);
    } else {
      expect(output.names).toContain(rule.from);
    }
  });

  test('the list names no member the request lacks', () => {
    expect(Object.keys(UPDATE_MEMBERS).filter((name) => !request.names.includes(name))).toEqual([]);
  });

  test.each(Object.entries(UPDATE_MEMBERS).filter(([, rule]) => 'from' in rule))(
    '%s has the same shape in the output and the request, so whatever it holds can go back',
    (name, rule) => {
      expect(shapeOf(request, name)).toBe(shapeOf(output, (rule as { from: string }).from));
    });

  test.each(output.names)('DescribeUserPool\'s %s is either copied or known to be output-only', (name) => {
    const copied = Object.values(UPDATE_MEMBERS).some((rule) => 'from' in rule && rule.from === name);
    const excluded = name in UPDATE_MEMBERS && 'excluded' in UPDATE_MEMBERS[name];
    expect(copied || excluded || OUTPUT_ONLY[name] !== undefined).toBe(true);
    expect(copied && OUTPUT_ONLY[name] !== undefined).toBe(false);
  });
});

describe('values that go back differently from how they were read', () => {
  const id = { Id: 'eu-west-1_Pool0001', Name: 'users' };

  test('the legacy messages go only where the template lacks them', () => {
    expect(updateRequestFor({
      ...id,
      SmsVerificationMessage: 'Code {####}',
      EmailVerificationMessage: 'Code {####}',
      EmailVerificationSubject: 'Your code',
      VerificationMessageTemplate: { SmsMessage: 'Code {####}', DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailMessageByLink: 'Click {##here##}' },
    }, [])).toEqual({
      UserPoolId: 'eu-west-1_Pool0001',
      PoolName: 'users',
      EmailVerificationMessage: 'Code {####}',
      EmailVerificationSubject: 'Your code',
      VerificationMessageTemplate: { SmsMessage: 'Code {####}', DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailMessageByLink: 'Click {##here##}' },
    });
  });

  test('UnusedAccountValidityDays is never sent, and becomes TemporaryPasswordValidityDays when that is unset', () => {
    const adminCreateUserConfig = { AllowAdminCreateUserOnly: true, UnusedAccountValidityDays: 30 };
    expect(updateRequestFor({ ...id, AdminCreateUserConfig: adminCreateUserConfig, Policies: { PasswordPolicy: { MinimumLength: 12 } } }, []))
      .toEqual({
        UserPoolId: 'eu-west-1_Pool0001',
        PoolName: 'users',
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        Policies: { PasswordPolicy: { MinimumLength: 12, TemporaryPasswordValidityDays: 30 } },
      });
    expect(updateRequestFor({ ...id, AdminCreateUserConfig: adminCreateUserConfig }, []).Policies)
      .toEqual({ PasswordPolicy: { TemporaryPasswordValidityDays: 30 } });
    expect(updateRequestFor({
      ...id, AdminCreateUserConfig: adminCreateUserConfig, Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 3 } },
    }, []).Policies).toEqual({ PasswordPolicy: { TemporaryPasswordValidityDays: 3 } });
    expect(adminCreateUserConfig.UnusedAccountValidityDays).toBe(30); // what was read is not changed
  });

  test('tags under the reserved aws: prefix stay out', () => {
    expect(updateRequestFor({ ...id, UserPoolTags: { 'team': 'identity', 'aws:cloudformation:stack-name': 'Auth', 'AWS:other': 'x' } }, []).UserPoolTags)
      .toEqual({ team: 'identity' });
    expect(updateRequestFor({ ...id, UserPoolTags: { 'aws:cloudformation:stack-name': 'Auth' } }, [])).not.toHaveProperty('UserPoolTags');
  });

  test('DcrConfiguration is never sent: left out, the service keeps it', () => {
    const dcr = { EnableStatus: 'Disabled', OpenDcrEnabled: false };
    expect(updateRequestFor({ ...id, DcrConfiguration: dcr }, [])).not.toHaveProperty('DcrConfiguration');
    expect(updateRequestFor({ ...id, DcrConfiguration: dcr }, request.names)).not.toHaveProperty('DcrConfiguration');
  });

  test('JSON nulls are not values', () => {
    expect(updateRequestFor({ ...id, DeviceConfiguration: null, SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/sms', SnsRegion: null } }, []))
      .toEqual({ UserPoolId: 'eu-west-1_Pool0001', PoolName: 'users', SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/sms' } });
  });

  test('a member the runtime SDK knows and this list does not is copied; other unknown members are not', () => {
    const pool = { ...id, FutureSetting: { Enabled: true }, FutureStatus: 'read-only' };
    expect(updateRequestFor(pool, ['UserPoolId', 'FutureSetting', 'FutureAbsent']))
      .toEqual({ UserPoolId: 'eu-west-1_Pool0001', PoolName: 'users', FutureSetting: { Enabled: true } });
  });
});

test('members no model places are named, so the handler can log them', () => {
  const pool = { Id: 'eu-west-1_Pool0001', Name: 'users', Arn: 'arn', DcrConfiguration: {}, FutureSetting: {}, FutureStatus: 'x' };
  expect(unplacedMembers(pool, request.names)).toEqual(['FutureSetting', 'FutureStatus']);
  expect(unplacedMembers(pool, [...request.names, 'FutureSetting'])).toEqual(['FutureStatus']);
});
