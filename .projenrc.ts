import { awscdk, javascript } from 'projen';

// Versions are pinned on purpose: typescript 7.x (the native port) breaks ts-jest, ts-node and typescript-eslint;
// integ-runner 2.197 reads cloud-assembly schema 53, i.e. aws-cdk-lib <= 2.257.0 (docs/integ.md).
const MIN_CDK_VERSION = '2.257.0';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-secure-user-pool',
  description:
    'A secure-by-default Amazon Cognito UserPool L2 for the AWS CDK, API-compatible with aws-cdk-lib/aws-cognito',
  keywords: ['awscdk', 'cdk', 'cognito', 'user-pool', 'security'],
  license: 'Apache-2.0',
  author: 'cdk-secure-user-pool maintainers',
  authorAddress: 'maintainers@users.noreply.github.com',
  repositoryUrl: 'https://github.com/cdk-secure-user-pool/cdk-secure-user-pool.git',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,

  cdkVersion: MIN_CDK_VERSION,
  constructsVersion: '10.5.1',
  jsiiVersion: '~6.0.0',
  typescriptVersion: '~6.0.3',

  publishToPypi: { distName: 'cdk-secure-user-pool', module: 'cdk_secure_user_pool' },
  publishToMaven: {
    javaPackage: 'io.github.cdksecureuserpool',
    mavenGroupId: 'io.github.cdk-secure-user-pool',
    mavenArtifactId: 'cdk-secure-user-pool',
  },
  publishToNuget: { dotNetNamespace: 'CdkSecureUserPool', packageId: 'CdkSecureUserPool' },
  publishToGo: { moduleName: 'github.com/cdk-secure-user-pool/cdk-secure-user-pool-go' },

  // No GitHub automation lives in this repository: CI is `.ci/run`.
  github: false,
  depsUpgrade: false,
  release: false,

  devDeps: [
    '@types/node@^20',
    'cdk-nag@3.0.2',
    'ts-node@^10.9.2',
    'fast-check@^4',
    // Newest integ tooling here; integ-runner reads cloud-assembly schema 53, i.e. aws-cdk-lib <= 2.257.0.
    '@aws-cdk/integ-runner@2.197.10',
    '@aws-cdk/integ-tests-alpha@2.245.0-alpha.0',
    // Lambda handlers the package ships (src/handlers): the Node.js runtimes carry AWS SDK v3, so it is only a
    // development dependency, for types and for the handlers' unit tests (mocked with aws-sdk-client-mock).
    '@aws-sdk/client-cognito-identity-provider@^3',
    '@aws-sdk/client-sts@^3',
    'aws-sdk-client-mock@^4',
  ],
  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      // Templates checked by test/util.ts `checkedTemplate` are saved for cfn-lint: start each run with none.
      globalSetup: '<rootDir>/test/setup/clean-templates.ts',
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/setup/'],
    },
  },
  gitignore: ['cdk.out', '!/integ/*.snapshot/cdk.out', '/examples/cdk.out', '*.tsbuildinfo', '.jsii.tabl.json', '/rosetta/*.tabl.json'],
});

project.npmignore?.exclude('/examples/', '/.ci/', '/scripts/', '/integ/');
// The CLI (`check`, `report`): plain Node, so every jsii language's users can run it (docs/immutability.md).
project.addBins({ 'cdk-secure-user-pool': 'bin/cdk-secure-user-pool' });
project.eslint?.addLintPattern('examples');
project.eslint?.addLintPattern('scripts');
project.eslint?.addLintPattern('integ');
project.eslint?.allowDevDeps('integ/**');
project.eslint?.allowDevDeps('examples/**');
project.eslint?.allowDevDeps('scripts/**');

// After jsii: lib/index.js loads each public module on first use, as aws-cdk-lib's index does (docs/performance.md).
project.tasks.tryFind('compile')!.exec('ts-node --project scripts/tsconfig.json --transpile-only scripts/lazy-index.ts');

// `npm run example`: synthesize examples/ offline and print each pool's security posture.
project.addTask('example', {
  description: 'Synthesize the example stacks offline and print each pool\'s security settings',
  exec: 'ts-node --project examples/tsconfig.json examples/main.ts',
});

// Per-property limits come from the Cognito API model and CloudFormation's schema, never by hand.
const LIMITS_DOC = 'ts-node --project scripts/tsconfig.json scripts/validation-limits-doc.ts';
const constraints = project.addTask('constraints', {
  description: 'Re-extract the per-property limits from botocore and cfn-lint into src/checks and docs/',
  exec: 'python3 scripts/extract-constraints.py',
});
constraints.exec(LIMITS_DOC);

// `npm run bench [-- <pools> [<runs>]]`: this library against aws-cdk-lib's UserPool (docs/performance.md).
const bench = project.addTask('bench', { description: 'Benchmark construct and synth time against aws-cdk-lib\'s UserPool' });
bench.spawn(project.tasks.tryFind('compile')!);
bench.exec('ts-node --project scripts/tsconfig.json --transpile-only scripts/bench.ts', { receiveArgs: true });

// README examples compile in every jsii language (strict: any snippet that fails breaks the build).
const rosetta = project.addTask('rosetta:extract', {
  description: 'Compile the README examples with jsii-rosetta in strict mode',
  exec: 'jsii-rosetta extract --strict',
});
project.tasks.tryFind('post-compile')!.spawn(rosetta);

// Integ tests: verify the committed snapshots offline; refreshing them only synthesizes (--dry-run never deploys).
const INTEG = 'integ-runner --directory integ --language typescript';
const integ = project.addTask('integ', { description: 'Verify the integ snapshots offline (no deploy)', exec: INTEG, env: { TS_NODE_TRANSPILE_ONLY: 'true' } });
project.addTask('integ:snapshot', {
  description: 'Refresh the integ snapshots by synthesizing only (no deploy)',
  exec: `${INTEG} --update-on-failed --dry-run`,
  env: { TS_NODE_TRANSPILE_ONLY: 'true' },
});

// `npm test`: fail on stale limits, compile, run jest, verify the integ snapshots, cfn-lint the templates jest
// saved and every snapshot template, then eslint.
const test = project.tasks.tryFind('test')!;
test.reset();
test.exec('python3 scripts/extract-constraints.py --check');
test.exec(`${LIMITS_DOC} --check`);
// ts-jest and integ-runner transpile without type checking: type-check the tests (the compatibility test's
// compile-time assertions live there), integ scenarios, examples and scripts.
const typecheck = project.addTask('typecheck', { description: 'Type-check tests, integ scenarios, examples and scripts' });
for (const dir of ['test', 'integ', 'examples', 'scripts']) { typecheck.exec(`tsc --noEmit -p ${dir}/tsconfig.json`); }
test.spawn(typecheck);
// The install smoke test (test/cli-install.test.ts) packs the compiled lib/.
test.spawn(project.tasks.tryFind('compile')!);
test.exec('jest --passWithNoTests', { receiveArgs: true });
test.spawn(integ);
test.exec('python3 scripts/lint-templates.py test-reports/templates integ');
test.spawn(project.tasks.tryFind('eslint')!);

project.synth();
