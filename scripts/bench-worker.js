// One benchmark run in a fresh Node process (spawned by scripts/bench.ts). Plain JavaScript on purpose:
// it measures the compiled library (lib/) exactly as users load it, with no TypeScript compiler in the way.
//   node scripts/bench-worker.js <secure|cdk> <pools> <per-pool|shared>   builds and synthesizes <pools> pools
//   node scripts/bench-worker.js require-<secure|cdk>                     loads the module, then builds one pool
// BENCH_LIB=<dir> loads this library from <dir> (scripts/bench.ts installs lib/ under a node_modules directory, as
// users have it; default ../lib). BENCH_OUTDIR=<dir> keeps the cloud assembly there (to compare the sides' templates).
'use strict';
const { performance } = require('node:perf_hooks');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const [mode, count, shape = 'per-pool'] = process.argv.slice(2);
const modules = () => Object.keys(require.cache).length;
const LIBRARY = process.env.BENCH_LIB ?? '../lib';

if (mode.startsWith('require-')) {
  // aws-cdk-lib loads its modules lazily, on first use: require() alone defers most of the cost to the first
  // pool. So measure both the require and the time until one default pool is constructed.
  const start = performance.now();
  const module = require(mode === 'require-secure' ? LIBRARY : 'aws-cdk-lib/aws-cognito');
  const requireMs = performance.now() - start;
  const requireModules = modules();
  const { App, Stack } = require('aws-cdk-lib');
  new module.UserPool(new Stack(new App(), 'Load'), 'Pool');
  console.log(JSON.stringify({ requireMs, firstPoolMs: performance.now() - start, requireModules, firstPoolModules: modules() }));
  process.exit(0);
}
if (!['secure', 'cdk'].includes(mode) || !['per-pool', 'shared'].includes(shape)) {
  console.error('usage: node scripts/bench-worker.js <secure|cdk> <pools> <per-pool|shared> | require-<secure|cdk>');
  process.exit(2);
}

const started = performance.now();
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const kms = require('aws-cdk-lib/aws-kms');
const cognito = mode === 'secure' ? require(LIBRARY) : require('aws-cdk-lib/aws-cognito');
// Both indexes load a class's module on first use of the export: touch UserPool so that "require" loads the pool
// module on both sides and "construct" measures constructing only.
void cognito.UserPool;
const loadMs = performance.now() - started;

/** The function serving five triggers and the key Cognito encrypts the custom sender's codes with. */
function buildTriggerAndKey(stack, suffix) {
  const fn = new lambda.Function(stack, `Trigger${suffix}`, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
  });
  const key = new kms.Key(stack, `SenderKey${suffix}`);
  if (mode === 'cdk') {
    // The custom sender decrypts the codes with the key (Cognito custom sender guide). This library grants it
    // kms:Decrypt itself; with aws-cdk-lib you write the grant, once per function and key.
    key.grantDecrypt(fn);
  }
  return { fn, key };
}

/**
 * The same rich configuration on both sides: one function serving five triggers (a custom email sender among
 * them, with a given KMS key), custom attributes, an invitation template, MFA, password policy, threat protection
 * with a risk configuration, deletion protection.
 */
function buildPool(stack, i, { fn, key }) {
  const pool = new cognito.UserPool(stack, `Pool${i}`, {
    signInAliases: { email: true },
    signInCaseSensitive: false,
    autoVerify: { email: true },
    keepOriginal: { email: true },
    mfa: cognito.Mfa.REQUIRED,
    mfaSecondFactor: { otp: true, sms: false },
    passwordPolicy: {
      minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true,
      tempPasswordValidity: cdk.Duration.days(3), passwordHistorySize: 5,
    },
    accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
    featurePlan: cognito.FeaturePlan.PLUS,
    standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
    customThreatProtectionMode: cognito.CustomThreatProtectionMode.FULL_FUNCTION,
    deletionProtection: true,
    customAttributes: {
      tenant: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
      score: new cognito.NumberAttribute({ min: 0, max: 100, mutable: true }),
      beta: new cognito.BooleanAttribute({ mutable: true }),
    },
    userInvitation: { emailSubject: 'Welcome', emailBody: 'Hello {username}, your temporary password is {####}' },
    customSenderKmsKey: key,
    lambdaTriggers: { preSignUp: fn, postConfirmation: fn, customMessage: fn, customEmailSender: fn },
  });
  pool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, cognito.LambdaVersion.V2_0);
  if (mode === 'cdk') {
    // This library attaches this risk configuration by default on PLUS with threat protection on (its
    // `RiskConfiguration` child, docs/threat-protection.md); with aws-cdk-lib you write the L1 yourself.
    const block = { eventAction: 'BLOCK', notify: false };
    new cognito.CfnUserPoolRiskConfigurationAttachment(pool, 'RiskConfiguration', {
      userPoolId: pool.userPoolId,
      clientId: 'ALL',
      compromisedCredentialsRiskConfiguration: { eventFilter: ['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'], actions: { eventAction: 'BLOCK' } },
      accountTakeoverRiskConfiguration: { actions: { lowAction: block, mediumAction: block, highAction: block } },
    });
    // The same for session tracking (its `Sessions` child, docs/sessions.md); aws-cdk-lib 2.257 has no L1 for it.
    new cdk.CfnResource(pool, 'Sessions', {
      type: 'AWS::Cognito::UserPoolSessionConfigurationAttachment',
      properties: { UserPoolId: pool.userPoolId, UserSessionTracking: 'ENABLED', TokenSession: { MaxPerUser: 20 } },
    });
  }
}

// Both sides stay under CloudFormation's 500 resources a stack, whatever the count: 20 pools a stack when each
// pool has its own function and key (at most 12 resources a pool), 60 when each stack's pools share one (at most 8
// a pool, plus 4 shared).
const POOLS_PER_STACK = shape === 'shared' ? 60 : 20;
const outdir = process.env.BENCH_OUTDIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const app = new cdk.App({ outdir });
const env = { account: '123456789012', region: 'us-east-1' };
const constructStart = performance.now();
let stack;
let shared;
for (let i = 0; i < Number(count); i++) {
  if (i % POOLS_PER_STACK === 0) {
    stack = new cdk.Stack(app, `Bench${i / POOLS_PER_STACK}`, { env });
    if (shape === 'shared') { shared = buildTriggerAndKey(stack, ''); }
  }
  buildPool(stack, i, shape === 'shared' ? shared : buildTriggerAndKey(stack, i));
}
const constructMs = performance.now() - constructStart;
// From the first require to the last pool, creating the App included: aws-cdk-lib loads much of its core when the
// App is created, which this library's require has already loaded, so loadMs + constructMs alone would count it
// for this library only.
const untilSynthMs = performance.now() - started;
const synthStart = performance.now();
const assembly = app.synth();
const synthMs = performance.now() - synthStart;
const resources = assembly.stacks.reduce((sum, s) => sum + Object.keys(s.template.Resources).length, 0);
if (!process.env.BENCH_OUTDIR) { fs.rmSync(outdir, { recursive: true, force: true }); }
console.log(JSON.stringify({
  loadMs,
  constructMs,
  untilSynthMs,
  synthMs,
  resources,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
