/**
 * The CLI names CloudFormation paths as props from its own tables (src/cli/props.ts: it runs without aws-cdk-lib).
 * These tests make a missing entry fail: every path the construct derives a prop for from its renderer
 * (src/private/pool/prop-paths.ts) must be named the same by the CLI, and every property CloudFormation has must be
 * named by the CLI or sit on a commented list here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { CfnUserPool, CfnUserPoolClient, CfnUserPoolRiskConfigurationAttachment } from 'aws-cdk-lib/aws-cognito';
import { API_CONSTRAINTS } from '../src/checks/constraints.generated';
import { LIFETIMES } from '../src/cli/clients';
import { CLIENT_PROPS, nameOfPath, POOL_PROPS, type PropTable, RISK_PROPS } from '../src/cli/props';
import { userPathOf } from '../src/private/pool/prop-paths';
import { TRIGGERS } from '../src/private/triggers';

/** The prop the CLI names a template path by (`check` walks into objects, not lists: `A[]` is `A`). */
const cliName = (cfnPath: string, table: PropTable = POOL_PROPS) => nameOfPath(cfnPath.replace(/\[\]$/, ''), table, undefined, undefined).setting;

/** The labels the derivation gives some props in messages (LABELS in prop-paths.ts): the same prop. */
const withoutLabel = (userPath: string) => userPath.replace(/ \((its ARN|in days)\)$/, '');

/** Paths the construct renders outside aws-cdk-lib's L1 (render.ts renderUnmodelled): no API limit lists them. */
const UNMODELLED_PATHS = ['IssuerConfiguration.Type', 'KeyConfiguration.KeyType', 'KeyConfiguration.KmsKeyArn'];

/** Paths the derivation names that the CLI names otherwise, on purpose, and why. */
const NAMED_OTHERWISE: Record<string, string> = {
  'UsernameAttributes[]': 'the sign-in identifiers are compared as one setting, signInAliases (compare.ts compareSignIn); '
    + 'the derivation names signInAliases.username, the flag whose removal renders the list',
};
/** The schema is compared attribute by attribute (compare.ts compareSchema), each named by attributeProp, not by the table. */
const isSchema = (cfnPath: string) => cfnPath === 'Schema' || cfnPath.startsWith('Schema[]');

describe('the CLI names each path as the construct derives it', () => {
  // A path no prop reaches by itself is named as it is by userPathOf: the NO_PROP list of
  // test/private/pool/prop-paths.test.ts, which that test holds to exactly these paths.
  const derived = [...Object.keys(API_CONSTRAINTS), ...UNMODELLED_PATHS].filter((cfnPath) => userPathOf(cfnPath) !== cfnPath);

  test('every path with a derived prop: the CLI gives the same prop', () => {
    expect(derived.length).toBeGreaterThan(60);
    const compared = derived.filter((cfnPath) => !isSchema(cfnPath) && !(cfnPath in NAMED_OTHERWISE));
    const disagreeing = compared.map((cfnPath) => ({ cfnPath, cli: cliName(cfnPath), derived: withoutLabel(userPathOf(cfnPath)) }))
      .filter(({ cli, derived: prop }) => cli !== prop);
    expect(disagreeing).toEqual([]);
  });

  test('the paths named otherwise are derived paths, and the CLI names a prop above the derived one', () => {
    for (const cfnPath of Object.keys(NAMED_OTHERWISE)) {
      expect(derived).toContain(cfnPath);
      expect(userPathOf(cfnPath).startsWith(`${cliName(cfnPath)}.`)).toBe(true);
    }
  });

  test.each<[string, unknown, unknown, string, string, string]>([
    ['IssuerConfiguration.Type', 'ORIGINAL', 'UPDATED', 'issuerType', 'UserPoolIssuerType.ORIGINAL', 'UserPoolIssuerType.UPDATED'],
    ['WebAuthnFactorConfiguration', 'SINGLE_FACTOR', 'MULTI_FACTOR_WITH_USER_VERIFICATION', 'passkeyFactorConfiguration',
      'PasskeyFactorConfiguration.SINGLE_FACTOR', 'PasskeyFactorConfiguration.MULTI_FACTOR_WITH_USER_VERIFICATION'],
    ['KeyConfiguration.KmsKeyArn', undefined, 'arn:aws:kms:us-east-1:111122223333:key/k', 'encryptionKey', '(absent)', 'arn:aws:kms:us-east-1:111122223333:key/k'],
    ['UserPoolTags.team', 'a', 'b', 'tags.team', 'a', 'b'],
    ['UserPoolTags.cost center', undefined, 'x', 'tags["cost center"]', '(absent)', 'x'],
    ['LambdaConfig.PreSignUp', undefined, 'arn', 'lambdaTriggers.preSignUp', '(absent)', 'arn'],
    ['LambdaConfig.CustomEmailSender.LambdaArn', 'a', 'b', 'lambdaTriggers.customEmailSender', 'a', 'b'],
    ['LambdaConfig.CustomSMSSender.LambdaVersion', undefined, 'V1_0', 'lambdaTriggers.customSmsSender', '(absent)', 'V1_0'],
    ['LambdaConfig.KMSKeyID', 'a', 'b', 'customSenderKmsKey', 'a', 'b'],
    ['LambdaConfig.PreTokenGenerationConfig.LambdaArn', 'a', 'b', 'lambdaTriggers.preTokenGeneration', 'a', 'b'],
    ['LambdaConfig.PreTokenGenerationConfig.LambdaVersion', 'V2_0', 'V3_0', 'lambdaTriggers.preTokenGenerationVersion', 'LambdaVersion.V2_0', 'LambdaVersion.V3_0'],
    ['LambdaConfig.NewTrigger', undefined, 'arn', 'lambdaTriggers', '(absent)', 'arn'],
  ])('%s', (cfnPath, from, to, setting, shownFrom, shownTo) => {
    expect(nameOfPath(cfnPath, POOL_PROPS, from, to)).toMatchObject({ setting, from: shownFrom, to: shownTo });
  });
});

/** The properties of an interface of aws-cdk-lib's generated L1s, as the d.ts declares them (camelCase). */
function interfaceProperties(name: string): string[] {
  const dts = fs.readFileSync(path.join(path.dirname(require.resolve('aws-cdk-lib/package.json')), 'aws-cognito', 'lib', 'cognito.generated.d.ts'), 'utf-8');
  const body = new RegExp(`^export interface ${name} \\{\\n([\\s\\S]*?)^\\}`, 'm').exec(dts)?.[1];
  if (body === undefined) { throw new Error(`no interface ${name} in cognito.generated.d.ts`); }
  return [...body.matchAll(/^ {4}readonly (\w+)\??:/gm)].map((m) => m[1]);
}

/** The CloudFormation names of an L1's properties, in CloudFormation's casing (`WebAuthnRelyingPartyID`, `CallbackURLs`). */
function cloudFormationNames(l1: { renderProperties(props: object): Record<string, unknown> }, props: object, interfaceName: string): string[] {
  const all = Object.keys(l1.renderProperties(props));
  return interfaceProperties(interfaceName).map((camel) => all.find((cfn) => cfn.toLowerCase() === camel.toLowerCase()) ?? `no CloudFormation name for ${camel}`);
}

type Renders = { renderProperties(props: object): Record<string, unknown> };
const stack = new Stack(new App(), 'Props');

describe.each<[string, () => string[], (property: string) => boolean, Record<string, string>]>([
  ['AWS::Cognito::UserPool', () => [
    ...cloudFormationNames(new CfnUserPool(stack, 'Pool') as unknown as Renders, {}, 'CfnUserPoolProps'),
    // Newer than the minimum aws-cdk-lib's L1: the construct renders them itself (render.ts renderUnmodelled).
    'IssuerConfiguration', 'KeyConfiguration',
  ], (p) => names(POOL_PROPS, p), {
    Schema: 'compared attribute by attribute (compare.ts compareSchema), each named standardAttributes.<name> or customAttributes.<name>',
  }],
  ['AWS::Cognito::UserPoolClient', () => cloudFormationNames(new CfnUserPoolClient(stack, 'Client', { userPoolId: 'x' }) as unknown as Renders,
    { userPoolId: 'x' }, 'CfnUserPoolClientProps'),
  (p) => names(CLIENT_PROPS, p) || Object.values(LIFETIMES).some((lifetime) => lifetime.property === p), {
    UserPoolId: 'the pool the client belongs to: clients are compared within their paired pool',
    TokenValidityUnits: 'the units of the lifetimes, compared with them in minutes (clients.ts minutesOf)',
  }],
  ['AWS::Cognito::UserPoolRiskConfigurationAttachment', () => cloudFormationNames(new CfnUserPoolRiskConfigurationAttachment(stack, 'Risk',
    { userPoolId: 'x', clientId: 'ALL' }) as unknown as Renders, { userPoolId: 'x', clientId: 'ALL' }, 'CfnUserPoolRiskConfigurationAttachmentProps'),
  (p) => names(RISK_PROPS, p), {
    UserPoolId: 'the pool it belongs to: the attachment of the paired pool is the one compared',
    ClientId: 'always ALL: the pool-wide attachment is the one compared',
  }],
])('every top-level property of %s', (_type, properties, named, allowed) => {
  test('is named as a prop by the CLI, or is on the commented list', () => {
    const all = properties();
    expect(all.filter((p) => p.startsWith('no CloudFormation name'))).toEqual([]);
    expect(all.filter((p) => !named(p) && !(p in allowed))).toEqual([]);
    expect(Object.keys(allowed).filter((p) => named(p) || !all.includes(p))).toEqual([]);
  });
});

/** Whether the table names the property: an entry for it, or for paths under it. */
function names(table: PropTable, property: string): boolean {
  return property in table || Object.keys(table).some((key) => key.startsWith(`${property}.`));
}

test('every name in the tables is a dotted prop path', () => {
  for (const table of [POOL_PROPS, RISK_PROPS, CLIENT_PROPS]) {
    for (const { prop } of Object.values(table)) {
      expect(prop).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/);
    }
  }
});

describe('the CLI\'s trigger names (kept apart from the construct\'s table, which needs aws-cdk-lib)', () => {
  test('every trigger of src/private/triggers.ts TRIGGERS is named as lambdaTriggers names it', () => {
    for (const [operation, spec] of Object.entries(TRIGGERS)) {
      const prop = 'slot' in spec && spec.slot ? spec.slot : operation;
      expect([spec.cfnKey, cliName(`LambdaConfig.${spec.cfnKey}`)]).toEqual([spec.cfnKey, `lambdaTriggers.${prop}`]);
    }
  });
});
