import type { CloudAssembly } from 'aws-cdk-lib/cx-api';

type Json = unknown;

/** The resources a template fragment refers to: Ref, Fn::GetAtt, ${...} in Fn::Sub, and imported exports. */
function references(value: Json, out: Set<string>, imports: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach((v) => references(v, out, imports));
    return;
  }
  if (value === null || typeof value !== 'object') { return; }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'Ref' && typeof child === 'string') {
      out.add(child);
    } else if (key === 'Fn::GetAtt') {
      out.add(Array.isArray(child) ? String(child[0]) : String(child).split('.')[0]);
    } else if (key === 'Fn::Sub') {
      const text = Array.isArray(child) ? child[0] : child;
      for (const match of String(text).matchAll(/\$\{([^!][^}.]*)(\.[^}]*)?\}/g)) { out.add(match[1]); }
      if (Array.isArray(child)) { references(child[1], out, imports); }
    } else if (key === 'Fn::ImportValue') {
      imports.add(JSON.stringify(child));
    } else {
      references(child, out, imports);
    }
  }
}

/**
 * The dependency graph of every resource in every stack of an assembly: edges from Ref, Fn::GetAtt, Fn::Sub and
 * DependsOn, and across stacks from Fn::ImportValue to the resources the exporting stack's output refers to.
 * Returns one cycle as a list of `stack/logicalId` nodes, or undefined when there is none.
 */
export function findCycle(assembly: CloudAssembly): string[] | undefined {
  const edges = new Map<string, Set<string>>();
  const exports = new Map<string, string[]>();
  for (const stack of assembly.stacks) {
    const resources = Object.keys(stack.template.Resources ?? {});
    for (const output of Object.values<Record<string, Json>>(stack.template.Outputs ?? {})) {
      const refs = new Set<string>();
      references(output.Value, refs, new Set());
      exports.set(JSON.stringify((output.Export as { Name?: Json } | undefined)?.Name),
        [...refs].filter((r) => resources.includes(r)).map((r) => `${stack.stackName}/${r}`));
    }
  }
  for (const stack of assembly.stacks) {
    const resources = stack.template.Resources ?? {};
    for (const [id, resource] of Object.entries<Record<string, Json>>(resources)) {
      const refs = new Set<string>();
      const imports = new Set<string>();
      references({ Properties: resource.Properties, Metadata: undefined }, refs, imports);
      const dependsOn = resource.DependsOn === undefined ? [] : ([] as string[]).concat(resource.DependsOn as string | string[]);
      dependsOn.forEach((d) => refs.add(d));
      const targets = new Set([...refs].filter((r) => r in resources).map((r) => `${stack.stackName}/${r}`));
      imports.forEach((name) => (exports.get(name) ?? []).forEach((t) => targets.add(t)));
      edges.set(`${stack.stackName}/${id}`, targets);
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') { return undefined; }
    if (state.get(node) === 'visiting') { return [...path.slice(path.indexOf(node)), node]; }
    state.set(node, 'visiting');
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) { return cycle; }
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) { return cycle; }
  }
  return undefined;
}
