import { comparePools, MIGRATE } from './compare';
import type { CreationRecord } from './creation-record';
import { type FoundPool, nameOf } from './pools';
import { same } from './props';

/**
 * One change between the deployed pool and the current synth:
 * - UNSAFE: Cognito or CloudFormation refuses it, it replaces or deletes the pool, or it exposes its users;
 * - NOTICE: it deploys, but users feel it (a bill, sign-ins blocked, sessions shortened);
 * - SAFE: it deploys and nobody notices.
 */
export interface Change {
  readonly kind: 'UNSAFE' | 'NOTICE' | 'SAFE';
  readonly pool: string;
  /** `stack/logicalId`, what `--acknowledge` names. */
  readonly key: string;
  /** The prop, as the user writes it (`passwordPolicy.minLength`), or the template's name where no prop maps. */
  readonly setting: string;
  readonly from?: string;
  readonly to?: string;
  /** The template's side of the change: `MfaConfiguration OPTIONAL → ON`. */
  readonly detail?: string;
  readonly why?: string;
  readonly wayOut?: string;
  acknowledged?: boolean;
}

/** A change as a comparison reports it: the pool (and its key) are the compared pool's unless given. */
export type Emit = (change: Omit<Change, 'pool' | 'key' | 'acknowledged'> & { readonly pool?: string; readonly key?: string }) => void;

export interface CheckResult {
  readonly changes: Change[];
  readonly unusedAcknowledgements: string[];
  /** Whether NOTICEs fail (`--strict`). */
  readonly strict: boolean;
}

/** The stack names on each side, pools or not: a stack that is still there was not renamed. */
export interface StackNames {
  readonly baseline: readonly string[];
  readonly current: readonly string[];
}

export interface CheckOptions {
  readonly acknowledge?: readonly string[];
  readonly strict?: boolean;
  readonly stacks?: StackNames;
}

/** The changes that fail the check: unsafe ones, and notices with `--strict`, unless acknowledged. */
export const failures = (result: CheckResult): Change[] =>
  result.changes.filter((c) => !c.acknowledged && (c.kind === 'UNSAFE' || (result.strict && c.kind === 'NOTICE')));

/**
 * Compares each user pool of the baseline (what is deployed) with the same pool in the current synth.
 * Pools are matched by stack and logical id; the recorded construct path explains a changed logical id, and a
 * pool found again in a stack of another name explains a renamed stack. A pool that takes the place of another
 * is reported as the replacement it is, plus every setting that changed between the two.
 */
export function checkChanges(baseline: readonly FoundPool[], current: readonly FoundPool[], options: CheckOptions = {}): CheckResult {
  const stacks = options.stacks ?? { baseline: baseline.map((p) => p.stack), current: current.map((p) => p.stack) };
  const changes: Change[] = [];
  const key = (p: FoundPool) => `${p.stack}/${p.logicalId}`;
  const emitFor = (pool: FoundPool): Emit => (change) => changes.push({ pool: nameOf(pool), key: key(pool), ...change });
  const currentByKey = new Map(current.map((p) => [key(p), p]));
  const baselineKeys = new Set(baseline.map(key));
  const added = current.filter((p) => !baselineKeys.has(key(p)));
  const gone = baseline.filter((p) => !currentByKey.has(key(p)));
  const baselineStacks = new Set(stacks.baseline);
  const currentStacks = new Set(stacks.current);
  /** The baseline stack is gone and the current one is new: the same stack under another name. */
  const renamed = (from: string, to: string) => !currentStacks.has(from) && !baselineStacks.has(to);
  const successors = successorsOf(gone, added, renamed, key);

  for (const before of baseline) {
    const emit = emitFor(before);
    const unsafe = (setting: string, from: string, to: string, why: string, wayOut: string) => emit({ kind: 'UNSAFE', setting, from, to, why, wayOut });
    const after = currentByKey.get(key(before));
    if (after) {
      comparePools(before, after, emit);
      continue;
    }
    const successor = successors.get(before);
    const fate = before.deletionPolicy === 'Delete' ? 'deletes the deployed pool and every user in it' : 'orphans the deployed pool (retained, no longer managed)';
    if (!successor) {
      unsafe('pool', 'present', 'removed', `the pool is gone from the synthesized app: the deployment ${fate}`, `keep the pool in the app, ${MIGRATE}`);
      continue;
    }
    if (successor.stack === before.stack) {
      unsafe('logical id', key(before), key(successor),
        `the pool's logical id changed (construct ${before.record.constructPath ?? 'unknown'} → ${successor.record.constructPath ?? 'unknown'}): `
        + `CloudFormation creates a new, empty pool and ${fate}`,
        `keep the construct's id and place, or pin the old id with (pool.node.defaultChild as CfnResource).overrideLogicalId('${before.logicalId}'), ${MIGRATE}`);
    } else if (renamed(before.stack, successor.stack)) {
      unsafe('stack', before.stack, successor.stack,
        `the stack was renamed: CloudFormation creates stack ${successor.stack} with a new, empty pool, and the deployed pool `
        + `stays in stack ${before.stack} only until that stack is deleted, which ${fate}`,
        `keep the stack name: deploy under the old name with the stackName prop (stackName: '${before.stack}'; the construct id can stay), ${MIGRATE}`);
    } else {
      unsafe('stack', before.stack, successor.stack,
        `the pool moved to another stack: CloudFormation creates a new, empty pool in stack ${successor.stack}, and the update of stack ${before.stack} ${fate}`,
        `keep the pool in stack ${before.stack}, ${MIGRATE}`);
    }
    // What else changed: what the way out (keeping the old logical id or stack) leaves to deploy.
    comparePools(before, successor, emit);
  }
  const succeeded = new Set(successors.values());
  for (const pool of added.filter((p) => !succeeded.has(p))) {
    emitFor(pool)({ kind: 'SAFE', setting: 'new pool' });
  }

  const strict = options.strict ?? false;
  const acknowledgements = options.acknowledge ?? [];
  const used = new Set<string>();
  for (const change of changes.filter((c) => c.kind === 'UNSAFE' || (strict && c.kind === 'NOTICE'))) {
    const ack = acknowledgements.find((a) => a === change.key || a === `${change.key}:${change.setting}`);
    if (ack) {
      change.acknowledged = true;
      used.add(ack);
    }
  }
  return { changes, strict, unusedAcknowledgements: acknowledgements.filter((a) => !used.has(a)) };
}

const withoutPath = (r: CreationRecord) => ({ ...r, constructPath: undefined });

/**
 * The new pool that takes the place of each baseline pool that is gone, in two passes. First the evidence, each
 * kind for every gone pool before the next kind: the same construct path, the same logical id in a renamed stack,
 * the same creation-only settings in the same stack, then in another stack when the gone pool's own stack has no new
 * pool left. Then, for what is still unmatched, the
 * one new pool of a stack when the gone pool is the one left unmatched in it (renamed and changed at once): a new
 * pool that evidence gives to another gone pool (one moved in from another stack) is never taken by this guess.
 */
function successorsOf(gone: readonly FoundPool[], added: readonly FoundPool[], renamed: (from: string, to: string) => boolean,
  key: (p: FoundPool) => string): Map<FoundPool, FoundPool> {
  const successors = new Map<FoundPool, FoundPool>();
  const taken = new Set<string>();
  const pair = (before: FoundPool, match: (before: FoundPool, candidates: FoundPool[]) => FoundPool | undefined) => {
    if (successors.has(before)) { return; }
    const successor = match(before, added.filter((p) => !taken.has(key(p))));
    if (successor) {
      successors.set(before, successor);
      taken.add(key(successor));
    }
  };
  const sameSettings = (before: FoundPool) => (p: FoundPool) => same(withoutPath(p.record), withoutPath(before.record));
  const evidence: Array<(before: FoundPool, candidates: FoundPool[]) => FoundPool | undefined> = [
    (before, candidates) => (before.record.constructPath === undefined ? undefined
      : candidates.find((p) => p.record.constructPath === before.record.constructPath)),
    (before, candidates) => candidates.find((p) => p.logicalId === before.logicalId && renamed(before.stack, p.stack)),
    (before, candidates) => candidates.filter((p) => p.stack === before.stack).find(sameSettings(before)),
    // In another stack only while the gone pool's own stack has no new pool left: identical settings (defaults, often)
    // are weaker evidence than a stack's one gone and one new pool.
    (before, candidates) => (candidates.some((p) => p.stack === before.stack) ? undefined : candidates.find(sameSettings(before))),
  ];
  evidence.forEach((match) => gone.forEach((before) => pair(before, match)));
  const unmatched = gone.filter((p) => !successors.has(p));
  for (const before of unmatched) {
    pair(before, (_, candidates) => {
      const inStack = candidates.filter((p) => p.stack === before.stack);
      const alone = unmatched.filter((p) => p.stack === before.stack).length === 1;
      return alone && inStack.length === 1 ? inStack[0] : undefined;
    });
  }
  return successors;
}

/** The change itself: `setting: from → to (detail)`. */
const describe = (c: Change) => `${c.setting}${c.from !== undefined ? `: ${c.from} → ${c.to}` : ''}${c.detail ? ` (${c.detail})` : ''}`;

/** One line per change, unsafe first, then notices and safe changes, then a summary. */
export function formatCheck(result: CheckResult): string[] {
  const of = (kind: Change['kind']) => result.changes.filter((c) => c.kind === kind);
  const acknowledged = ' (--acknowledge given: passing with this warning)';
  const lines = [
    ...of('UNSAFE').map((c) => `${c.acknowledged ? 'ACKNOWLEDGED' : 'UNSAFE'} ${c.pool}: ${describe(c)}: ${c.why}. Way out: ${c.wayOut}.${c.acknowledged ? acknowledged : ''}`),
    ...of('NOTICE').map((c) => `NOTICE ${c.pool}: ${describe(c)}: ${c.why}.${c.acknowledged ? acknowledged : ''}`),
    ...of('SAFE').map((c) => `SAFE ${c.pool}: ${describe(c)}${c.why ? `: ${c.why}` : ''}`),
    ...result.unusedAcknowledgements.map((a) => `NOTE --acknowledge ${a} matched no unsafe change${result.strict ? ' or notice' : ''}`),
  ];
  const unsafe = of('UNSAFE');
  const open = unsafe.filter((c) => !c.acknowledged).length;
  const notices = of('NOTICE');
  const failingNotices = result.strict ? notices.filter((c) => !c.acknowledged).length : 0;
  lines.push(`${open} unsafe change(s), ${unsafe.length - open} acknowledged, ${notices.length} notice(s), ${of('SAFE').length} safe change(s)`
    + (failingNotices > 0 ? `; --strict: ${failingNotices} notice(s) fail` : ''));
  return lines;
}
