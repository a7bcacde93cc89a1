import { CfnResource, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** An L1 of the stack that names a user pool (`UserPoolId`), with its properties as the L1 holds them. */
export type PoolResource = CfnResource & Record<string, unknown>;

/** Per stack: its constructs when indexed (to notice ones added since), and its L1s by the resolved pool id they name. */
const INDEX = new WeakMap<Stack, { readonly size: number; readonly byPool: Map<string, PoolResource[]> }>();

/**
 * The resources of the pool's stack whose `UserPoolId` resolves to the pool's, by CloudFormation type. Every check
 * that runs at synth reads the stack through this: the stack is indexed once (resolving each `UserPoolId` once), not
 * once per pool, so many pools in one stack don't make synth quadratic (docs/performance.md).
 */
export function resourcesOfPool(pool: IConstruct & { readonly userPoolId: string }): (type: string) => PoolResource[] {
  const stack = Stack.of(pool);
  const all = stack.node.findAll();
  let index = INDEX.get(stack);
  if (!index || index.size !== all.length) {
    const byPool = new Map<string, PoolResource[]>();
    for (const c of all) {
      if (!CfnResource.isCfnResource(c) || !('userPoolId' in c)) { continue; }
      const key = JSON.stringify(stack.resolve((c as PoolResource).userPoolId));
      byPool.set(key, [...byPool.get(key) ?? [], c as PoolResource]);
    }
    index = { size: all.length, byPool };
    INDEX.set(stack, index);
  }
  const owned = index.byPool.get(JSON.stringify(stack.resolve(pool.userPoolId))) ?? [];
  return (type) => owned.filter((r) => r.cfnResourceType === type);
}
