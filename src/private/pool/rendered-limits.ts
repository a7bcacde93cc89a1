import { Token } from 'aws-cdk-lib';
import { userPathOf } from './prop-paths';
import { breaks, checkValue } from '../../checks/api-limits';
import { API_CONSTRAINTS } from '../../checks/constraints.generated';
import type { Problems } from '../../checks/problems';

/**
 * The rendered pool against the generated limits. Apart from api-limits.ts (the value checks, a leaf every factory and
 * rule may import) because naming the prop behind a rendered value derives it by rendering probes (prop-paths.ts),
 * which imports the whole pipeline: only compile.ts imports this.
 */

/**
 * Checks every literal value of the rendered properties (either casing) against the limits extracted from the
 * Cognito API model and the CloudFormation schema; a problem names the prop the value came from.
 */
export function checkRendered(problems: Problems, rendered: { readonly properties: object; readonly unmodelled: object }): void {
  walk(problems, rendered.properties, LIMITED);
  walk(problems, rendered.unmodelled, LIMITED);
}

/** The limited paths as a tree of lower-cased segments (`[]` for list items), so the walk visits only those. */
interface PathNode {
  /** The constraint path that ends here. */
  readonly canonical?: string;
  readonly children: Map<string, PathNode>;
}

const LIMITED: PathNode = { children: new Map() };
for (const path of Object.keys(API_CONSTRAINTS)) {
  const segments = path.toLowerCase().split(/\.|(?=\[\])|(?=\{)/);
  let node = LIMITED;
  segments.forEach((segment, i) => {
    let child = node.children.get(segment);
    if (!child) {
      child = { canonical: i === segments.length - 1 ? path : undefined, children: new Map() };
      node.children.set(segment, child);
    } else if (i === segments.length - 1) {
      child = { ...child, canonical: path };
      node.children.set(segment, child);
    }
    node = child;
  });
}

function walk(problems: Problems, value: unknown, node: PathNode): void {
  if (value === undefined || value === null) { return; }
  const isObject = typeof value === 'object';
  // Strings and numbers are checked for tokens by `breaks`; objects here, before descending.
  if (isObject && Token.isUnresolved(value)) { return; }
  if (node.canonical && breaks(API_CONSTRAINTS[node.canonical], value)) {
    checkValue(problems, node.canonical, userPathOf(node.canonical), value);
  }
  if (Array.isArray(value)) {
    const items = node.children.get('[]');
    if (items) { value.forEach((item) => walk(problems, item, items)); }
  } else if (isObject) {
    for (const key of Object.keys(value)) {
      const child = node.children.get(key.toLowerCase());
      if (child) { walk(problems, (value as Record<string, unknown>)[key], child); }
    }
  }
}
