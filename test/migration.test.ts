/**
 * Switching from aws-cdk-lib's UserPool is an import change plus `creationOnlyDefaults: AWS_CDK_LIB`. Each
 * configuration below is written once against the module it is given, synthesized with aws-cdk-lib's module and
 * with this library's, and the two templates are compared: the same logical ids, the same creation-only
 * properties as written, every other difference on the documented list below (docs/migration.md), and the guard
 * (`cdk-secure-user-pool check`) says the switch is safe.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cdkCognito from 'aws-cdk-lib/aws-cognito';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import * as ours from '../src';
import { ENV, newFunction } from './util';
import { run } from '../src/cli/main';

/** The names a configuration uses, which both modules export. */
type Cognito = typeof cdkCognito;

interface Migration {
  readonly name: string;
  readonly props: (c: Cognito, stack: Stack) => cdkCognito.UserPoolProps;
  /** What the configuration does with the pool after constructing it (clients, domains, triggers). */
  readonly then?: (pool: cdkCognito.IUserPool, c: Cognito, stack: Stack) => void;
}

const ses = (c: Cognito) => c.UserPoolEmail.withSES({
  fromEmail: 'noreply@example.com', fromName: 'Example App', replyTo: 'support@example.com', sesVerifiedDomain: 'example.com',
});

const MIGRATIONS: Migration[] = [
  { name: 'defaults', props: () => ({}) },
  { name: 'email sign-in', props: () => ({ signInAliases: { email: true }, selfSignUpEnabled: true }) },
  { name: 'phone sign-in', props: () => ({ signInAliases: { phone: true }, autoVerify: { phone: true } }) },
  { name: 'email and phone sign-in', props: () => ({ signInAliases: { email: true, phone: true } }) },
  { name: 'username with email alias', props: () => ({ signInAliases: { username: true, email: true } }) },
  { name: 'username with preferred username', props: () => ({ signInAliases: { username: true, preferredUsername: true }, signInCaseSensitive: false }) },
  { name: 'no sign-in alias enabled', props: () => ({ signInAliases: { phone: false } }) },
  { name: 'optional MFA, SMS by default', props: (c) => ({ signInAliases: { email: true }, mfa: c.Mfa.OPTIONAL }) },
  { name: 'required TOTP MFA', props: (c) => ({ mfa: c.Mfa.REQUIRED, mfaSecondFactor: { sms: false, otp: true } }) },
  {
    name: 'SMS and TOTP MFA with a message',
    props: (c) => ({ mfa: c.Mfa.OPTIONAL, mfaSecondFactor: { sms: true, otp: true }, mfaMessage: 'Your code is {####}' }),
  },
  {
    name: 'email MFA through SES',
    props: (c) => ({
      signInAliases: { email: true },
      email: ses(c),
      featurePlan: c.FeaturePlan.ESSENTIALS,
      mfa: c.Mfa.OPTIONAL,
      mfaSecondFactor: { sms: false, otp: true, email: true },
    }),
  },
  {
    name: 'SES email with messages',
    props: (c) => ({
      signInAliases: { email: true },
      email: ses(c),
      userVerification: { emailSubject: 'Verify your email', emailBody: 'Your code is {####}', emailStyle: c.VerificationEmailStyle.CODE },
      userInvitation: { emailSubject: 'Welcome', emailBody: 'Hello {username}, your password is {####}' },
    }),
  },
  {
    name: 'Cognito email with a reply-to',
    props: (c) => ({ signInAliases: { email: true }, email: c.UserPoolEmail.withCognito('support@example.com') }),
  },
  {
    name: 'triggers',
    props: (_c, stack) => ({
      lambdaTriggers: { preSignUp: newFunction(stack, 'PreSignUp'), postConfirmation: newFunction(stack, 'PostConfirmation') },
    }),
  },
  {
    name: 'a trigger added later, and pre token generation V2',
    props: (c) => ({ signInAliases: { email: true }, featurePlan: c.FeaturePlan.ESSENTIALS }),
    then: (pool, c, stack) => {
      (pool as cdkCognito.UserPool).addTrigger(c.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, newFunction(stack, 'PreToken'), c.LambdaVersion.V2_0);
      (pool as cdkCognito.UserPool).addTrigger(c.UserPoolOperation.CUSTOM_MESSAGE, newFunction(stack, 'CustomMessage'));
    },
  },
  {
    name: 'custom attributes',
    props: (c) => ({
      signInAliases: { email: true },
      customAttributes: {
        tenant: new c.StringAttribute({ minLen: 1, maxLen: 64 }),
        tier: new c.StringAttribute({ mutable: true }),
        score: new c.NumberAttribute({ min: 0, max: 100, mutable: true }),
        admin: new c.BooleanAttribute(),
        joined: new c.DateTimeAttribute({ mutable: false }),
      },
    }),
  },
  {
    name: 'custom attributes with zero bounds',
    props: (c) => ({
      customAttributes: {
        count: new c.NumberAttribute({ min: 0 }),
        zero: new c.NumberAttribute({ min: 0, max: 0 }),
        range: new c.NumberAttribute({ min: 0, max: 10 }),
        code: new c.StringAttribute({ minLen: 0, mutable: true }),
        short: new c.StringAttribute({ minLen: 0, maxLen: 8 }),
      },
    }),
  },
  {
    name: 'one function serving two triggers',
    props: (_c, stack) => {
      const fn = newFunction(stack, 'Hooks');
      return { signInAliases: { email: true }, lambdaTriggers: { preSignUp: fn, postConfirmation: fn } };
    },
  },
  {
    name: 'required standard attributes',
    props: () => ({
      signInAliases: { email: true },
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: true, mutable: false }, birthdate: { required: false } },
    }),
  },
  {
    name: 'SMS with a created role',
    props: (c) => ({ signInAliases: { phone: true }, mfa: c.Mfa.REQUIRED, mfaSecondFactor: { sms: true, otp: false }, snsRegion: 'us-east-1' }),
  },
  {
    name: 'SMS with a given role',
    props: (_c, stack) => ({
      signInAliases: { phone: true },
      smsRole: new Role(stack, 'SmsSender', { assumedBy: new ServicePrincipal('cognito-idp.amazonaws.com') }),
      smsRoleExternalId: 'my-external-id',
    }),
  },
  {
    name: 'custom senders',
    props: (_c, stack) => ({
      signInAliases: { email: true },
      customSenderKmsKey: new Key(stack, 'SenderKey'),
      lambdaTriggers: { customEmailSender: newFunction(stack, 'EmailSender'), customSmsSender: newFunction(stack, 'SmsSender') },
    }),
  },
  {
    name: 'passwordless',
    props: (c) => ({
      signInAliases: { email: true },
      email: ses(c),
      featurePlan: c.FeaturePlan.ESSENTIALS,
      signInPolicy: { allowedFirstAuthFactors: { password: true, emailOtp: true, passkey: true } },
      passkeyRelyingPartyId: 'auth.example.com',
      passkeyUserVerification: c.PasskeyUserVerification.REQUIRED,
    }),
  },
  {
    name: 'threat protection',
    props: (c) => ({
      signInAliases: { email: true }, featurePlan: c.FeaturePlan.PLUS, standardThreatProtectionMode: c.StandardThreatProtectionMode.FULL_FUNCTION,
    }),
  },
  {
    name: 'threat protection auditing custom flows',
    props: (c) => ({
      featurePlan: c.FeaturePlan.PLUS,
      standardThreatProtectionMode: c.StandardThreatProtectionMode.AUDIT_ONLY,
      customThreatProtectionMode: c.CustomThreatProtectionMode.AUDIT_ONLY,
    }),
  },
  {
    name: 'password policy, recovery, devices and lifecycle',
    props: (c) => ({
      signInAliases: { email: true },
      passwordPolicy: { minLength: 12, requireSymbols: false, tempPasswordValidity: Duration.days(7) },
      accountRecovery: c.AccountRecovery.EMAIL_ONLY,
      deviceTracking: { challengeRequiredOnNewDevice: true, deviceOnlyRememberedOnUserPrompt: true },
      keepOriginal: { email: true },
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
      userPoolName: 'customers',
    }),
  },
  {
    name: 'clients, a domain and a group',
    props: () => ({ signInAliases: { email: true } }),
    then: (pool) => {
      pool.addClient('Web', { oAuth: { callbackUrls: ['https://app.example.com/callback'] } });
      pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'example-auth' } });
      pool.addGroup('Admins', { groupName: 'admins' });
    },
  },
];

/**
 * Every difference a switched pool's template may have from aws-cdk-lib's, by resource type and property, with
 * its reason. docs/migration.md explains each and what CloudFormation does with it on the first deploy.
 */
const DOCUMENTED_DIFFERENCES: Record<string, string> = {
  'AWS::Cognito::UserPool Policies': 'password policy: length 14, history 5, 3-day temporary passwords',
  'AWS::Cognito::UserPool DeletionProtection': 'deletion protection on',
  'AWS::Cognito::UserPool UserPoolTier': 'the PLUS plan (aws-cdk-lib leaves the plan to Cognito)',
  'AWS::Cognito::UserPool UserPoolAddOns': 'threat protection enforced on PLUS',
  'AWS::Cognito::UserPool MfaConfiguration': 'MFA OFF written as a literal (Cognito\'s value when absent)',
  'AWS::Cognito::UserPool AccountRecoverySetting': 'email-only recovery',
  'AWS::Cognito::UserPool AutoVerifiedAttributes': 'email is verified by default',
  'AWS::Cognito::UserPool UserAttributeUpdateSettings': 'keep the original email until the new one is verified',
  'AWS::Cognito::UserPool VerificationMessageTemplate': 'the verification message template is written out',
  'AWS::Cognito::UserPool EmailVerificationMessage': 'the legacy message fields are not written',
  'AWS::Cognito::UserPool EmailVerificationSubject': 'the legacy message fields are not written',
  'AWS::Cognito::UserPool SmsVerificationMessage': 'the legacy message fields are not written',
  'AWS::Cognito::UserPool EmailConfiguration': 'the Cognito sender written as a literal',
  'AWS::IAM::Role AssumeRolePolicyDocument': 'the SMS role trusts Cognito only from this account and region (confused deputy)',
  'AWS::IAM::Role Description': 'the SMS role says what it is for',
  'AWS::IAM::Role DeletionPolicy': 'the SMS role is retained with the pool, so a retained pool never points at a deleted role',
  'AWS::IAM::Role UpdateReplacePolicy': 'the SMS role is retained with the pool',
  'AWS::Lambda::Permission SourceAccount': 'invoke permissions name the account (confused deputy)',
  'AWS::Cognito::UserPoolClient *': 'app clients: the secure client defaults of docs/clients.md',
};

/** Resources only this library creates, by type, with the reason. */
const ADDED_RESOURCES: Record<string, string> = {
  'AWS::Cognito::UserPoolRiskConfigurationAttachment': 'threat protection blocks risky sign-ins (docs/threat-protection.md)',
  'AWS::IAM::Policy': 'custom senders may decrypt with the sender key (docs/triggers.md)',
  'AWS::Cognito::UserPoolSessionConfigurationAttachment': 'session tracking, on by default on ESSENTIALS and PLUS (docs/sessions.md)',
  'AWS::Cognito::UserPoolClientSessionConfigurationAttachment': 'the managed login SSO session of a browser client of a tracking pool (docs/sessions.md)',
};

/** aws-cdk-lib's resources this library doesn't create, by type, with the reason. */
const REMOVED_RESOURCES: Record<string, string> = {
  'AWS::Lambda::Permission': 'one invoke permission per function: a function serving several triggers keeps the first trigger\'s',
};

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string; UpdateReplacePolicy?: string }>;

const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-secure-user-pool-migration-'));
afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

let synths = 0;
function synth(migration: Migration, library: 'aws-cdk-lib' | 'ours'): { dir: string; resources: Resources } {
  const dir = path.join(WORK, `${synths++}-${library}`);
  const app = new App({ outdir: dir });
  const stack = new Stack(app, 'Auth', { env: ENV });
  let pool: cdkCognito.IUserPool;
  if (library === 'aws-cdk-lib') {
    pool = new cdkCognito.UserPool(stack, 'Pool', migration.props(cdkCognito, stack));
  } else {
    const c = ours as unknown as Cognito;
    const props = migration.props(c, stack) as ours.UserPoolProps;
    pool = new ours.UserPool(stack, 'Pool', { ...props, creationOnlyDefaults: ours.CreationOnlyDefaults.AWS_CDK_LIB });
  }
  migration.then?.(pool, library === 'aws-cdk-lib' ? cdkCognito : ours as unknown as Cognito, stack);
  app.synth();
  const template = JSON.parse(fs.readFileSync(path.join(dir, 'Auth.template.json'), 'utf-8'));
  return { dir, resources: template.Resources };
}

const CREATION_ONLY = ['UsernameAttributes', 'AliasAttributes', 'UsernameConfiguration', 'Schema'];
/** CloudFormation compares objects by their keys, not the keys' order; list order counts. */
const canonical = (value: unknown): unknown => (Array.isArray(value) ? value.map(canonical)
  : value !== null && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
    : value);
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const poolId = (r: Resources) => Object.keys(r).find((id) => r[id].Type === 'AWS::Cognito::UserPool')!;

/** What differs between the two templates of a configuration, each difference keyed as the documented lists are. */
interface Comparison {
  /** Resources of aws-cdk-lib's template missing from this library's (same logical id and type), by type. */
  readonly removed: Array<{ readonly id: string; readonly type: string }>;
  /** Resources only this library's template has, by type. */
  readonly added: string[];
  /** Property (or DeletionPolicy/UpdateReplacePolicy) differences of the resources both have. */
  readonly changed: Array<{ readonly key: string; readonly detail: string }>;
}

function compareTemplates(before: Resources, after: Resources): Comparison {
  const removed = Object.entries(before).filter(([id, r]) => after[id]?.Type !== r.Type).map(([id, r]) => ({ id, type: r.Type }));
  const added = Object.entries(after).filter(([id]) => !(id in before)).map(([, r]) => r.Type);
  const changed: Comparison['changed'] = [];
  for (const [id, old] of Object.entries(before)) {
    const now = after[id];
    if (now?.Type !== old.Type) { continue; }
    const values = (r: Resources[string]): Record<string, unknown> => ({
      ...r.Properties, DeletionPolicy: r.DeletionPolicy, UpdateReplacePolicy: r.UpdateReplacePolicy,
    });
    const [from, to] = [values(old), values(now)];
    for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
      if (!same(from[key], to[key])) {
        const documented = [`${old.Type} ${key}`, `${old.Type} *`].find((k) => k in DOCUMENTED_DIFFERENCES);
        changed.push({ key: documented ?? `${old.Type} ${key}`, detail: `${id} ${key}: ${JSON.stringify(from[key])} → ${JSON.stringify(to[key])}` });
      }
    }
  }
  return { removed, added, changed };
}

/** Each configuration synthesized with both libraries, once, and compared. */
const RESULTS = MIGRATIONS.map((migration) => {
  const before = synth(migration, 'aws-cdk-lib');
  const after = synth(migration, 'ours');
  return { migration, before, after, comparison: compareTemplates(before.resources, after.resources) };
});

test('there are at least 20 configurations', () => {
  expect(MIGRATIONS.length).toBeGreaterThanOrEqual(20);
});

describe.each(RESULTS)('$migration.name', ({ before, after, comparison }) => {
  test('every resource aws-cdk-lib creates keeps its logical id and type, or is on the documented list', () => {
    expect(comparison.removed.filter((r) => !(r.type in REMOVED_RESOURCES))).toEqual([]);
  });

  test('only documented resources are added', () => {
    expect(comparison.added.filter((type) => !(type in ADDED_RESOURCES))).toEqual([]);
  });

  test('the pool\'s creation-only properties are the same, as written', () => {
    const p = (r: Resources) => r[poolId(r)].Properties ?? {};
    for (const property of CREATION_ONLY) {
      expect([property, p(after.resources)[property]]).toEqual([property, p(before.resources)[property]]);
    }
    expect(p(after.resources).MfaConfiguration ?? 'OFF').toBe(p(before.resources).MfaConfiguration ?? 'OFF');
  });

  test('every other difference is documented', () => {
    expect(comparison.changed.filter((c) => !(c.key in DOCUMENTED_DIFFERENCES)).map((c) => c.detail)).toEqual([]);
  });

  test('the guard says the switch is safe', () => {
    const lines: string[] = [];
    const status = run(['check', '--baseline', before.dir, '--current', after.dir], (line) => lines.push(line), (line) => lines.push(line));
    expect(lines.filter((line) => /^UNSAFE/.test(line))).toEqual([]);
    expect(status).toBe(0);
  });
});

test('every documented difference, added and removed resource is one some configuration shows', () => {
  const seen = new Set(RESULTS.flatMap(({ comparison: c }) => [...c.changed.map((d) => d.key), ...c.added, ...c.removed.map((r) => r.type)]));
  const documented = [...Object.keys(DOCUMENTED_DIFFERENCES), ...Object.keys(ADDED_RESOURCES), ...Object.keys(REMOVED_RESOURCES)];
  expect(documented.filter((key) => !seen.has(key))).toEqual([]);
});

test('docs/migration.md explains every documented difference and added resource', () => {
  const doc = fs.readFileSync(path.join(__dirname, '..', 'docs', 'migration.md'), 'utf-8');
  const names = [
    ...Object.keys(DOCUMENTED_DIFFERENCES).map((key) => key.split(' ')[1]).filter((name) => name !== '*'),
    ...Object.keys(ADDED_RESOURCES),
    ...Object.keys(REMOVED_RESOURCES),
  ];
  expect(names.filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
});
