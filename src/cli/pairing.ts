import { type Input, InputError, type StackTemplate } from './templates';

/** The stacks `check` compares, baseline and current, named so that the same stack has the same name on both sides. */
export interface PairedStacks {
  readonly baseline: readonly StackTemplate[];
  readonly current: readonly StackTemplate[];
}

/**
 * Pairs the stacks of the two inputs of `check`, the way users mean them:
 * - two template files are one stack, whatever the files are called (a template saved with `aws cloudformation
 *   get-template` under any name against `cdk.out/Auth.template.json`): both take the current file's stack name,
 *   or the `--stack` name;
 * - two cloud assemblies pair their stacks by stack name; `--stack` restricts both to that stack;
 * - a template file and a cloud assembly: the file is the assembly's one stack, or the one `--stack` names.
 */
export function pairStacks(baseline: Input, current: Input, stack?: string): PairedStacks {
  [baseline, current].forEach(uniqueNames);
  if (baseline.kind === 'file' && current.kind === 'file') {
    const name = stack ?? current.stacks[0].stack;
    return { baseline: baseline.stacks.map((s) => named(s, name)), current: current.stacks.map((s) => named(s, name)) };
  }
  if (baseline.kind === 'assembly' && current.kind === 'assembly') {
    if (stack === undefined) { return { baseline: baseline.stacks, current: current.stacks }; }
    const only = (input: Input) => input.stacks.filter((s) => s.stack === stack);
    if (only(baseline).length === 0 && only(current).length === 0) {
      throw new InputError(`no stack ${stack} in ${baseline.path} or ${current.path}: the stacks are ${names(baseline, current)}`);
    }
    return { baseline: only(baseline), current: only(current) };
  }
  const [assembly, file] = baseline.kind === 'assembly' ? [baseline, current] : [current, baseline];
  const picked = pick(assembly, file, stack);
  const single = file.stacks.map((s) => named(s, picked.stack));
  return baseline.kind === 'assembly' ? { baseline: [picked], current: single } : { baseline: single, current: [picked] };
}

/** The stack of a cloud assembly to compare with a single template file. */
function pick(assembly: Input, file: Input, stack: string | undefined): StackTemplate {
  if (stack !== undefined) {
    const found = assembly.stacks.find((s) => s.stack === stack);
    if (!found) { throw new InputError(`no stack ${stack} in ${assembly.path}: its stacks are ${names(assembly)}`); }
    return found;
  }
  if (assembly.stacks.length === 1) { return assembly.stacks[0]; }
  if (assembly.stacks.length === 0) { throw new InputError(`${assembly.path} has no stacks to compare with ${file.path}`); }
  throw new InputError(`${assembly.path} has ${assembly.stacks.length} stacks (${names(assembly)}): `
    + `pass --stack NAME to say which one ${file.path} is`);
}

/**
 * Stacks pair by name, so two stacks of one assembly with the same name (the same `stackName` in two environments)
 * can't be told apart: refuse, rather than compare one and drop the other.
 */
function uniqueNames(input: Input): void {
  const seen = new Set<string>();
  for (const { stack } of input.stacks) {
    if (seen.has(stack)) {
      throw new InputError(`${input.path} has two stacks named ${stack} (one stackName in two environments?): check pairs stacks by name, `
        + 'so compare their templates one pair at a time: --baseline <deployed template> --current <that stack\'s template file>');
    }
    seen.add(stack);
  }
}

const named = (template: StackTemplate, stack: string): StackTemplate => ({ ...template, stack });
const names = (...inputs: Input[]) => [...new Set(inputs.flatMap((i) => i.stacks.map((s) => s.stack)))].join(', ') || 'none';
