import { checkChanges, formatCheck } from './check';
import { pairStacks } from './pairing';
import { findPools } from './pools';
import { formatReport } from './report';
import { InputError, loadInput } from './templates';

const USAGE = `usage:
  cdk-secure-user-pool check --baseline <template.json|cdk.out> --current <template.json|cdk.out> [--stack <name>]
                             [--acknowledge <stack>/<logicalId>[:<setting>]]...
      Fails (exit 1) on any change to a deployed user pool that Cognito refuses, that replaces or deletes the pool,
      or that exposes its users. --acknowledge lets a deliberate change pass with a warning.
      Two template files are one stack, whatever their file names. Two cloud assemblies pair their stacks by stack
      name, and report a renamed stack. A template file and a cloud assembly: the file is the assembly's one stack,
      or the one --stack names. With two cloud assemblies, --stack compares that stack only; with two template
      files, it names their stack.
  cdk-secure-user-pool report <template.json|cdk.out>
      Prints each user pool's security posture against cdk-nag AwsSolutions and AWS Security Hub, and each app
      client's against Prowler's client checks and RFC 9700.
exit codes: 0 safe, 1 unsafe change found, 2 usage or input error`;

class UsageError extends Error {}

interface CheckOptions {
  readonly baseline: string;
  readonly current: string;
  readonly stack?: string;
  readonly acknowledge: string[];
}

function parseCheck(args: string[]): CheckOptions {
  const options: { baseline?: string; current?: string; stack?: string; acknowledge: string[] } = { acknowledge: [] };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
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

/** Runs the CLI; returns the exit code. */
export function run(args: string[], out: (line: string) => void, err: (line: string) => void): number {
  try {
    const [verb, ...rest] = args;
    if (verb === 'check') {
      const options = parseCheck(rest);
      const stacks = pairStacks(loadInput(options.baseline), loadInput(options.current), options.stack);
      const result = checkChanges(findPools(stacks.baseline), findPools(stacks.current), options.acknowledge, {
        baseline: stacks.baseline.map((s) => s.stack),
        current: stacks.current.map((s) => s.stack),
      });
      formatCheck(result).forEach(out);
      return result.unsafe.some((f) => !f.acknowledged) ? 1 : 0;
    }
    if (verb === 'report') {
      if (rest.length !== 1) { throw new UsageError('report takes one path'); }
      formatReport(findPools(loadInput(rest[0]).stacks)).forEach(out);
      return 0;
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
