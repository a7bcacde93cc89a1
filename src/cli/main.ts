import { checkChanges, failures, formatCheck } from './check';
import { formatJson, formatSarif } from './formats';
import { pairStacks } from './pairing';
import { findPools } from './pools';
import { formatReport, reportOf, summaryOf } from './report';
import { InputError, loadInput } from './templates';
import { toolInfo } from './tool';

const USAGE = `usage:
  cdk-secure-user-pool check --baseline <template.json|cdk.out> --current <template.json|cdk.out> [--stack <name>]
                             [--acknowledge <stack>/<logicalId>[:<setting>]]... [--strict]
      Fails (exit 1) on any change to a deployed user pool that Cognito refuses, that replaces or deletes the pool,
      or that exposes its users. --acknowledge lets a deliberate change pass with a warning. Each change is named
      by its prop (signInAliases, passwordPolicy.minLength, ...), then as the template writes it.
      NOTICE lines are changes that deploy but that users feel (a bill, blocked sign-ins, shorter sessions); they
      pass, unless --strict makes them fail too.
      Two template files are one stack, whatever their file names. Two cloud assemblies pair their stacks by stack
      name, and report a renamed stack. A template file and a cloud assembly: the file is the assembly's one stack,
      or the one --stack names. With two cloud assemblies, --stack compares that stack only; with two template
      files, it names their stack.
  cdk-secure-user-pool report <template.json|cdk.out> [--format text|json|sarif] [--no-fail]
      Prints each user pool's security posture against cdk-nag AwsSolutions and AWS Security Hub, and each app
      client's against Prowler's client checks and RFC 9700: as text (the default), as JSON (schemaVersion 1) or
      as SARIF 2.1.0 for code scanning. Fails (exit 1) when a check FAILs; --no-fail reports without failing.
exit codes:
  check:  0 safe (notices included, unless --strict), 1 an unsafe change (or a notice with --strict), 2 usage or input error
  report: 0 no failed check (or --no-fail), 1 a failed check, 2 usage or input error`;

class UsageError extends Error {}

interface CheckArgs {
  readonly baseline: string;
  readonly current: string;
  readonly stack?: string;
  readonly acknowledge: string[];
  readonly strict: boolean;
}

function parseCheck(args: string[]): CheckArgs {
  const options: { baseline?: string; current?: string; stack?: string; acknowledge: string[]; strict: boolean } = { acknowledge: [], strict: false };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag === '--strict') {
      options.strict = true;
      continue;
    }
    if (!['--baseline', '--current', '--stack', '--acknowledge'].includes(flag)) { throw new UsageError(`unknown argument ${flag}`); }
    if (value === undefined || value.startsWith('--')) { throw new UsageError(`${flag} needs a value`); }
    i++;
    if (flag === '--acknowledge') {
      options.acknowledge.push(value);
    } else {
      options[flag.slice(2) as 'baseline' | 'current' | 'stack'] = value;
    }
  }
  if (!options.baseline || !options.current) { throw new UsageError('check needs --baseline and --current'); }
  return { ...options, baseline: options.baseline, current: options.current };
}

const FORMATS = ['text', 'json', 'sarif'] as const;

interface ReportArgs {
  readonly path: string;
  readonly format: typeof FORMATS[number];
  readonly noFail: boolean;
}

function parseReport(args: string[]): ReportArgs {
  const paths: string[] = [];
  let format: string = 'text';
  let noFail = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--no-fail') {
      noFail = true;
    } else if (args[i] === '--format') {
      format = args[++i];
      if (!FORMATS.includes(format as ReportArgs['format'])) { throw new UsageError(`--format takes ${FORMATS.join(', ')}${format === undefined ? '' : `, not ${format}`}`); }
    } else if (args[i].startsWith('--')) {
      throw new UsageError(`unknown argument ${args[i]}`);
    } else {
      paths.push(args[i]);
    }
  }
  if (paths.length !== 1) { throw new UsageError('report takes one path'); }
  return { path: paths[0], format: format as ReportArgs['format'], noFail };
}

/** Runs the CLI; returns the exit code. */
export function run(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  try {
    const [verb, ...rest] = args;
    if (verb === 'check') {
      const options = parseCheck(rest);
      const stacks = pairStacks(loadInput(options.baseline), loadInput(options.current), options.stack);
      const result = checkChanges(findPools(stacks.baseline), findPools(stacks.current), {
        acknowledge: options.acknowledge,
        strict: options.strict,
        stacks: { baseline: stacks.baseline.map((s) => s.stack), current: stacks.current.map((s) => s.stack) },
      });
      formatCheck(result).forEach(out);
      return failures(result).length > 0 ? 1 : 0;
    }
    if (verb === 'report') {
      const options = parseReport(rest);
      const reports = reportOf(findPools(loadInput(options.path).stacks));
      if (options.format === 'json') {
        out(formatJson(reports, toolInfo()));
      } else if (options.format === 'sarif') {
        out(formatSarif(reports, toolInfo(), process.cwd()));
      } else {
        formatReport(reports).forEach(out);
      }
      return summaryOf(reports).fail > 0 && !options.noFail ? 1 : 0;
    }
    if (verb === '--help' || verb === '-h' || verb === 'help') {
      out(USAGE);
      return 0;
    }
    throw new UsageError(verb ? `unknown command ${verb}` : 'no command given');
  } catch (error) {
    if (error instanceof UsageError) {
      err(`cdk-secure-user-pool: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError) {
      err(`cdk-secure-user-pool: ${error.message}`);
      return 2;
    }
    err(`cdk-secure-user-pool: unexpected error, please report it: ${(error as Error).message}`);
    return 2;
  }
}

/** The `bin` entry point. */
export function main(args: string[]): void {
  process.exitCode = run(args, (line) => console.log(line), (line) => console.error(line));
}
