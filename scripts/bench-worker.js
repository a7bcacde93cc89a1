// One benchmark run in a fresh Node process (spawned by scripts/bench.ts). Plain JavaScript on purpose:
// it measures the compiled library (lib/) exactly as users load it, with no TypeScript compiler in the way.
//   node scripts/bench-worker.js <secure|cdk> <pools>   builds and synthesizes <pools> pools
//   node scripts/bench-worker.js require-<secure|cdk>   only loads the module
'use strict';
const { performance } = require('node:perf_hooks');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const [mode, count] = process.argv.slice(2);

if (mode.startsWith('require-')) {
  // aws-cdk-lib loads its modules lazily, on first use: require() alone defers most of the cost to the first
  // pool. So measure both the require and the time until one pool (no trigger) is constructed.
  const start = performance.now();
  const module = require(mode === 'require-secure' ? '../lib' : 'aws-cdk-lib/aws-cognito');
  const requireMs = performance.now() - start;
  const { App, Stack } = require('aws-cdk-lib');
  new module.UserPool(new Stack(new App(), 'Load'), 'Pool');
  console.log(JSON.stringify({ requireMs, firstPoolMs: performance.now() - start }));
  process.exit(0);
}

const started = performance.now();
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const kms = require('aws-cdk-lib/aws-kms');
const cognito = mode === 'secure' ? require('../lib') : require('aws-cdk-lib/aws-cognito');
const loadedMs = performance.now() - started;

/**
 * The same rich configuration on both sides: one function serving five triggers (a custom email sender among
 * them, with a given KMS key), custom attributes, an invitation template, MFA, password policy, threat protection.
 */
function buildPool(stack, i) {
  const fn = new lambda.Function(stack, `Trigger${i}`, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
  });
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
    customSenderKmsKey: new kms.Key(stack, `SenderKey${i}`),
    lambdaTriggers: { preSignUp: fn, postConfirmation: fn, customMessage: fn, customEmailSender: fn },
  });
  pool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, fn, cognito.LambdaVersion.V2_0);
  if (mode === 'cdk') {
    // This library attaches a risk configuration by default on PLUS; with aws-cdk-lib you write the L1 yourself.
    const block = { eventAction: 'BLOCK', notify: false };
    new cognito.CfnUserPoolRiskConfigurationAttachment(stack, `Risk${i}`, {
      userPoolId: pool.userPoolId,
      clientId: 'ALL',
      compromisedCredentialsRiskConfiguration: { eventFilter: ['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'], actions: { eventAction: 'BLOCK' } },
      accountTakeoverRiskConfiguration: { actions: { lowAction: block, mediumAction: block, highAction: block } },
    });
  }
}

// 20 pools a stack keeps both sides under CloudFormation's 500 resources a stack, whatever the count.
const POOLS_PER_STACK = 20;
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const app = new cdk.App({ outdir });
const env = { account: '123456789012', region: 'us-east-1' };
const constructStart = performance.now();
let stack;
for (let i = 0; i < Number(count); i++) {
  if (i % POOLS_PER_STACK === 0) { stack = new cdk.Stack(app, `Bench${i / POOLS_PER_STACK}`, { env }); }
  buildPool(stack, i);
}
const constructMs = performance.now() - constructStart;
const synthStart = performance.now();
const assembly = app.synth();
const synthMs = performance.now() - synthStart;
const resources = assembly.stacks.reduce((sum, s) => sum + Object.keys(s.template.Resources).length, 0);
fs.rmSync(outdir, { recursive: true, force: true });
console.log(JSON.stringify({
  loadMs: loadedMs,
  constructMs,
  synthMs,
  resources,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
