import * as fs from 'node:fs';
import * as path from 'node:path';

/** A problem with the command's input: reported in one line, exit code 2. */
export class InputError extends Error {}

export interface StackTemplate {
  /** The stack's name: from the cloud assembly manifest, or the file name until `pairStacks` pairs a lone file. */
  readonly stack: string;
  readonly file: string;
  readonly template: { readonly Resources: Record<string, Resource> };
}

export interface Resource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf-8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (text.trim() === '') { throw new InputError(`${file} is empty, expected a CloudFormation template or a cloud assembly`); }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not JSON (only JSON templates are read, not YAML): ${(error as Error).message}`);
  }
}

const SECTIONS = new Set(['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions',
  'Transform', 'Resources', 'Outputs', 'Hooks']);

/** A JSON object whose keys are all CloudFormation template sections (CDK writes an empty stack without Resources). */
function asTemplate(file: string, json: unknown): StackTemplate['template'] {
  if (typeof json === 'string') {
    throw new InputError(`${file} holds a JSON string, not a template: get-template gives a YAML-authored template as a string, and only JSON templates are read`);
  }
  const isObject = typeof json === 'object' && json !== null && !Array.isArray(json);
  const unknown = isObject ? Object.keys(json).filter((k) => !SECTIONS.has(k)) : [];
  const resources = isObject ? (json as { Resources?: unknown }).Resources : undefined;
  if (!isObject || unknown.length > 0 || (resources !== undefined && (typeof resources !== 'object' || resources === null))) {
    throw new InputError(`${file} is not a CloudFormation template${unknown.length ? ` (unexpected ${unknown.slice(0, 3).join(', ')})` : ''}`);
  }
  return { Resources: (resources ?? {}) as StackTemplate['template']['Resources'] };
}

/** The stacks of a cloud assembly directory, nested assemblies (stages) included. */
function fromAssembly(dir: string): StackTemplate[] {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    const templates = fs.readdirSync(dir).filter((f) => f.endsWith('.template.json'));
    if (templates.length === 0) { throw new InputError(`${dir} is not a cloud assembly: no manifest.json and no *.template.json`); }
    return templates.map((f) => fromFile(path.join(dir, f)));
  }
  type Artifact = { type?: string; displayName?: string; properties?: Record<string, string> };
  const manifest = readJson(manifestFile) as { artifacts?: Record<string, Artifact> };
  const stacks: StackTemplate[] = [];
  for (const [id, artifact] of Object.entries(manifest.artifacts ?? {})) {
    if (artifact.type === 'aws:cloudformation:stack' && artifact.properties?.templateFile) {
      const file = path.join(dir, artifact.properties.templateFile);
      stacks.push({ stack: artifact.properties.stackName ?? artifact.displayName ?? id, file, template: asTemplate(file, readJson(file)) });
    } else if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName) {
      stacks.push(...fromAssembly(path.join(dir, artifact.properties.directoryName)));
    }
  }
  return stacks;
}

function fromFile(file: string): StackTemplate {
  return { stack: path.basename(file).replace(/\.template\.json$|\.json$/, ''), file, template: asTemplate(file, readJson(file)) };
}

/** A path given on the command line: one template file, or a directory of stacks (a cloud assembly). */
export interface Input {
  readonly path: string;
  readonly kind: 'file' | 'assembly';
  readonly stacks: readonly StackTemplate[];
}

/** Loads a template file, or every stack of a cloud assembly directory (`cdk.out`). */
export function loadInput(input: string): Input {
  if (!fs.existsSync(input)) { throw new InputError(`${input} does not exist`); }
  return fs.statSync(input).isDirectory()
    ? { path: input, kind: 'assembly', stacks: fromAssembly(input) }
    : { path: input, kind: 'file', stacks: [fromFile(input)] };
}
