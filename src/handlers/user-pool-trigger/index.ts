/**
 * Custom resource handler: sets ONE Lambda trigger on an existing Cognito user pool and leaves everything else as
 * it was. Cognito has no "add a trigger" call, and UpdateUserPool resets every setting it isn't given, so each change
 * reads the pool (DescribeUserPool), changes its own trigger in LambdaConfig and writes every other setting back
 * (UpdateUserPool, request built by fields.ts).
 *
 * Deployed as the code of aws-cdk-lib's CustomResourceProvider: its entrypoint calls `handler(event)` and answers
 * CloudFormation (a thrown Error becomes FAILED with its message). This directory is the Lambda asset, so it loads
 * only the AWS SDK (provided by the Node.js Lambda runtime) and Node.
 *
 * ResourceProperties (strings):
 * - UserPoolId
 * - Operation     the LambdaConfig key: PreSignUp, CustomMessage, PostConfirmation, PreAuthentication,
 *                 PostAuthentication, DefineAuthChallenge, CreateAuthChallenge, VerifyAuthChallengeResponse,
 *                 UserMigration, PreTokenGeneration (legacy, V1_0 events), PreTokenGenerationConfig,
 *                 CustomEmailSender, CustomSMSSender or InboundFederation
 * - LambdaArn
 * - LambdaVersion optional, for the four versioned triggers (default V1_0)
 * - KmsKeyArn     optional, for the custom senders: becomes LambdaConfig.KMSKeyID
 *
 * Ownership: the resource owns a trigger slot while the slot invokes its LambdaArn. It never replaces another
 * function (Create fails instead) and never removes one (Delete is then a no-op).
 */
// The Node.js Lambda runtime provides the AWS SDK, so the package lists it only as a development dependency.
// eslint-disable-next-line import/no-extraneous-dependencies
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  UpdateUserPoolCommand,
  type UpdateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { asObject, type Json, unplacedMembers, updateRequestFor } from './fields';

/** Triggers configured as a bare function ARN. */
const PLAIN_TRIGGERS: readonly string[] = [
  'PreSignUp', 'CustomMessage', 'PostConfirmation', 'PreAuthentication', 'PostAuthentication',
  'DefineAuthChallenge', 'CreateAuthChallenge', 'VerifyAuthChallengeResponse', 'UserMigration', 'PreTokenGeneration',
];
/** Triggers configured as `{ LambdaArn, LambdaVersion }`. */
const VERSIONED_TRIGGERS: readonly string[] = ['PreTokenGenerationConfig', 'CustomEmailSender', 'CustomSMSSender', 'InboundFederation'];
const CUSTOM_SENDERS: readonly string[] = ['CustomEmailSender', 'CustomSMSSender'];
const OPERATIONS: readonly string[] = [...PLAIN_TRIGGERS, ...VERSIONED_TRIGGERS];

/** Errors worth another try; anything else fails at once with the service's message. */
const RETRYABLE = new Set([
  'TooManyRequestsException', 'ConcurrentModificationException', 'InternalErrorException',
  'ThrottlingException', 'ServiceUnavailableException',
]);
const MAX_ATTEMPTS = 5;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 8_000;

/** What the entrypoint passes: a CloudFormation custom resource request. */
export interface TriggerEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly ResourceProperties: Json;
  readonly OldResourceProperties?: Json;
  readonly PhysicalResourceId?: string;
}

export interface TriggerResponse {
  /** Left out on DELETE when the event had none; the entrypoint then keeps the event's. */
  readonly PhysicalResourceId?: string;
}

export interface TriggerProps {
  readonly UserPoolId: string;
  readonly Operation: string;
  readonly LambdaArn: string;
  readonly LambdaVersion?: string;
  readonly KmsKeyArn?: string;
}

export interface HandlerOptions {
  /** The Cognito client; by default one for the function's Region. */
  readonly client?: CognitoIdentityProviderClient;
  /** Waits between retries; tests pass one that doesn't wait. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** UpdateUserPool members to copy beyond fields.ts's table; by default those the running SDK's schema lists. */
  readonly runtimeMembers?: readonly string[];
}

/** A handler with its dependencies; `handler`, at the end of this file, is the one the Lambda function runs. */
export function makeHandler(options: HandlerOptions = {}): (event: TriggerEvent) => Promise<TriggerResponse> {
  const client = options.client ?? new CognitoIdentityProviderClient({});
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pools = new PoolAccess(client, sleep, options.runtimeMembers);

  return async (event) => {
    if (event.RequestType === 'Delete') {
      let props: TriggerProps;
      try {
        props = parseProps(event.ResourceProperties, 'ResourceProperties');
      } catch (error) {
        // Properties that never validated never set a trigger: nothing to remove.
        log(event.RequestType, '(unknown)', `nothing to remove: ${(error as Error).message}`);
        return { PhysicalResourceId: event.PhysicalResourceId };
      }
      log(event.RequestType, props.UserPoolId, props.Operation);
      await removeTrigger(pools, props);
      return { PhysicalResourceId: event.PhysicalResourceId };
    }

    const props = parseProps(event.ResourceProperties, 'ResourceProperties');
    log(event.RequestType, props.UserPoolId, props.Operation);
    if (event.RequestType === 'Create') {
      await setTrigger(pools, props);
      return { PhysicalResourceId: physicalId(props) };
    }

    const old = parseProps(event.OldResourceProperties ?? {}, 'OldResourceProperties');
    await setTrigger(pools, props, old);
    // Same slot: setTrigger moved it from the old function (or version, or key). Else the old slot is freed.
    if (!sameSlot(old, props)) await removeTrigger(pools, old);
    return { PhysicalResourceId: physicalId(props) };
  };
}

/**
 * `${UserPoolId}/${Operation}`, except that both pre token generation keys name one slot: switching between them
 * keeps the id, so CloudFormation sends no DELETE for the old one (which would remove the trigger just moved).
 */
export function physicalId(props: TriggerProps): string {
  return `${props.UserPoolId}/${slotOf(props.Operation)}`;
}

/**
 * Points the slot at this resource's function. Fails if another function holds it, except, on UPDATE, the
 * `previous` function of the same slot (that is a move).
 */
async function setTrigger(pools: PoolAccess, props: TriggerProps, previous?: TriggerProps): Promise<void> {
  await pools.change(props.UserPoolId, (lambdaConfig) => {
    const current = ownerOf(lambdaConfig, props.Operation);
    const replacing = previous && sameSlot(previous, props) ? previous.LambdaArn : undefined;
    if (current !== undefined && current !== props.LambdaArn && current !== replacing) {
      throw new Error(`User pool ${props.UserPoolId} already has a ${props.Operation} trigger, ${current}, that this `
        + `resource does not manage (its function is ${props.LambdaArn}). Refusing to replace another owner's trigger: `
        + 'remove it from the pool first, or manage it here.');
    }
    if (CUSTOM_SENDERS.includes(props.Operation)) setSenderKey(lambdaConfig, props, previous);

    if (VERSIONED_TRIGGERS.includes(props.Operation)) {
      lambdaConfig[props.Operation] = { LambdaArn: props.LambdaArn, LambdaVersion: props.LambdaVersion ?? 'V1_0' };
    } else {
      lambdaConfig[props.Operation] = props.LambdaArn;
    }
    // PreTokenGeneration and PreTokenGenerationConfig.LambdaArn "have the same value" (SDK reference): write the
    // config and its legacy twin together, or the legacy key alone (legacy means V1_0 events).
    if (props.Operation === 'PreTokenGenerationConfig') lambdaConfig.PreTokenGeneration = props.LambdaArn;
    if (props.Operation === 'PreTokenGeneration') delete lambdaConfig.PreTokenGenerationConfig;
  });
}

/** Removes the slot if it still invokes this resource's function; a missing pool or a slot held by another is a no-op. */
async function removeTrigger(pools: PoolAccess, props: TriggerProps): Promise<void> {
  await pools.change(props.UserPoolId, (lambdaConfig) => {
    if (ownerOf(lambdaConfig, props.Operation) !== props.LambdaArn) {
      log('Remove', props.UserPoolId, `${props.Operation} does not invoke this resource's function: nothing to remove`);
      return;
    }
    if (slotOf(props.Operation) === 'PreTokenGenerationConfig') {
      delete lambdaConfig.PreTokenGeneration;
      delete lambdaConfig.PreTokenGenerationConfig;
    } else {
      delete lambdaConfig[props.Operation];
    }
    // KMSKeyID only serves custom senders: it goes with the last of them.
    if (CUSTOM_SENDERS.includes(props.Operation) && !CUSTOM_SENDERS.some((sender) => lambdaConfig[sender] !== undefined)) {
      delete lambdaConfig.KMSKeyID;
    }
  }, { missingPoolIsDone: true });
}

/**
 * Custom senders need LambdaConfig.KMSKeyID. A new key is set unless the pool's other custom sender belongs to
 * another function (not this resource's, nor its `previous` one): it decrypts with the current key.
 */
function setSenderKey(lambdaConfig: Json, props: TriggerProps, previous?: TriggerProps): void {
  const current = lambdaConfig.KMSKeyID;
  if (props.KmsKeyArn === undefined) {
    if (current === undefined) {
      throw new Error(`User pool ${props.UserPoolId} has no KMSKeyID, which a ${props.Operation} trigger needs: pass KmsKeyArn.`);
    }
    return;
  }
  if (current === props.KmsKeyArn) return;
  const other = CUSTOM_SENDERS.find((sender) => sender !== props.Operation && lambdaConfig[sender] !== undefined);
  const otherOwner = other && ownerOf(lambdaConfig, other);
  const ours = otherOwner === props.LambdaArn
    || (previous?.UserPoolId === props.UserPoolId && previous.Operation === other && previous.LambdaArn === otherOwner);
  if (other && !ours) {
    throw new Error(`User pool ${props.UserPoolId} encrypts for its ${other} trigger (${String(otherOwner)}) with `
      + `KMSKeyID ${String(current)}; setting ${props.KmsKeyArn} for ${props.Operation} would break that trigger.`);
  }
  lambdaConfig.KMSKeyID = props.KmsKeyArn;
}

/** The function a slot invokes, if any. */
function ownerOf(lambdaConfig: Json, operation: string): string | undefined {
  if (slotOf(operation) === 'PreTokenGenerationConfig') {
    const config = asObject(lambdaConfig.PreTokenGenerationConfig);
    return asString(config?.LambdaArn) ?? asString(lambdaConfig.PreTokenGeneration);
  }
  const value = lambdaConfig[operation];
  return asString(value) ?? asString(asObject(value)?.LambdaArn);
}

function sameSlot(a: TriggerProps, b: TriggerProps): boolean {
  return a.UserPoolId === b.UserPoolId && slotOf(a.Operation) === slotOf(b.Operation);
}

/** The slot an operation configures: both pre token generation keys are one trigger. */
function slotOf(operation: string): string {
  return operation === 'PreTokenGeneration' ? 'PreTokenGenerationConfig' : operation;
}

function parseProps(raw: Json, where: string): TriggerProps {
  const text = (name: string, required: boolean): string | undefined => {
    const value = raw[name];
    if (value === undefined || value === '') {
      if (required) throw new Error(`${where}.${name} is required`);
      return undefined;
    }
    if (typeof value !== 'string') throw new Error(`${where}.${name} must be a string, got ${typeof value}`);
    return value;
  };
  const props: TriggerProps = {
    UserPoolId: text('UserPoolId', true)!,
    Operation: text('Operation', true)!,
    LambdaArn: text('LambdaArn', true)!,
    LambdaVersion: text('LambdaVersion', false),
    KmsKeyArn: text('KmsKeyArn', false),
  };
  if (!OPERATIONS.includes(props.Operation)) {
    throw new Error(`${where}.Operation ${props.Operation} is not a trigger this handler sets (${OPERATIONS.join(', ')})`);
  }
  if (props.LambdaVersion !== undefined && !VERSIONED_TRIGGERS.includes(props.Operation)) {
    throw new Error(`${where}.LambdaVersion applies only to ${VERSIONED_TRIGGERS.join(', ')}, not ${props.Operation}`);
  }
  if (props.KmsKeyArn !== undefined && !CUSTOM_SENDERS.includes(props.Operation)) {
    throw new Error(`${where}.KmsKeyArn applies only to ${CUSTOM_SENDERS.join(', ')}, not ${props.Operation}`);
  }
  return props;
}

/** Reads and writes user pools, retrying a whole read-change-write on throttling and concurrent changes. */
class PoolAccess {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly runtimeMembers?: readonly string[],
  ) {}

  /**
   * Reads the pool, lets `edit` change a copy of its LambdaConfig, and writes the pool back with every other setting
   * as read; when `edit` changed nothing, nothing is written. A retry starts again from the read, so it sees what
   * changed meanwhile.
   */
  async change(userPoolId: string, edit: (lambdaConfig: Json) => void, options: { missingPoolIsDone?: boolean } = {}): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const pool = await this.call('DescribeUserPool', userPoolId, () => this.describe(userPoolId));
        const request = updateRequestFor(pool, this.runtimeMembers);
        const unplaced = unplacedMembers(pool, this.runtimeMembers);
        if (unplaced.length > 0) log('Read', userPoolId, `settings newer than this handler, not written back: ${unplaced.join(', ')}`);
        const lambdaConfig = asObject(request.LambdaConfig) ?? {};
        const before = canonicalJson(lambdaConfig);
        edit(lambdaConfig);
        if (canonicalJson(lambdaConfig) === before) {
          log('Unchanged', userPoolId, 'the triggers are already as wanted: nothing to write');
          return;
        }
        request.UserPoolId = userPoolId;
        request.LambdaConfig = lambdaConfig;
        await this.call('UpdateUserPool', userPoolId, () => this.update(request));
        return;
      } catch (error) {
        if (error instanceof CognitoCallError && error.serviceError === 'ResourceNotFoundException' && options.missingPoolIsDone) {
          log('Remove', userPoolId, 'the user pool no longer exists: nothing to remove');
          return;
        }
        if (!(error instanceof CognitoCallError) || !error.retryable || attempt >= MAX_ATTEMPTS) throw error;
        const delay = Math.min(FIRST_DELAY_MS * 2 ** (attempt - 1), MAX_DELAY_MS);
        log('Retry', userPoolId, `${error.serviceError} (attempt ${attempt} of ${MAX_ATTEMPTS}), again in ${delay} ms`);
        await this.sleep(delay);
      }
    }
  }

  /**
   * DescribeUserPool's `UserPool` as the service sent it. The SDK's deserializer keeps only members its model knows,
   * so the raw JSON body is kept as well: a setting newer than the SDK of the Lambda runtime still gets written back.
   */
  private async describe(userPoolId: string): Promise<Json> {
    const command = new DescribeUserPoolCommand({ UserPoolId: userPoolId });
    let raw: Json | undefined;
    // Last in the deserialize step: inside the SDK's deserializer, so it sees the response before the deserializer.
    (command.middlewareStack as unknown as MiddlewareStack).add(rawResponseReader((body) => { raw = body; }), {
      step: 'deserialize', priority: 'low', name: 'userPoolTriggerRawResponse',
    });
    const output = await this.client.send(command);
    const pool = asObject(raw?.UserPool) ?? asObject(output.UserPool);
    if (!pool) throw new Error(`DescribeUserPool returned no user pool for ${userPoolId}`);
    return pool;
  }

  /** UpdateUserPool with `request` as the JSON body, members the runtime's SDK doesn't know included. */
  private async update(request: Json): Promise<void> {
    const command = new UpdateUserPoolCommand(request as unknown as UpdateUserPoolCommandInput);
    (command.middlewareStack as unknown as MiddlewareStack).add(jsonBodyWriter(request), { step: 'build', name: 'userPoolTriggerJsonBody' });
    await this.client.send(command);
  }

  private async call<T>(operation: string, userPoolId: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw new CognitoCallError(operation, userPoolId, error);
    }
  }
}

/** A failed Cognito call: the message names the call, the pool and the service's own message. */
class CognitoCallError extends Error {
  readonly serviceError: string;
  readonly retryable: boolean;

  constructor(operation: string, userPoolId: string, cause: unknown) {
    const name = cause instanceof Error ? cause.name : 'Error';
    const status = (cause as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
    super(`${operation} failed for user pool ${userPoolId}: ${name}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'CognitoCallError';
    this.serviceError = name;
    this.retryable = RETRYABLE.has(name) || (status !== undefined && status >= 500);
  }
}

/** An HTTP request or response as the SDK's middleware sees it (only what is used here). */
interface HttpMessage {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: unknown;
}
type Middleware = (next: (args: { request: HttpMessage }) => Promise<{ response: HttpMessage }>)
=> (args: { request: HttpMessage }) => Promise<{ response: HttpMessage }>;
/** The method of the SDK's middleware stack used here, typed without loading @smithy/types. */
interface MiddlewareStack {
  add(middleware: Middleware, options: { step: 'build' | 'deserialize'; priority?: 'low'; name: string }): void;
}

/**
 * Runs between the HTTP response and the SDK's deserializer: reads a successful JSON body, hands it to `onBody`
 * and gives the deserializer the same bytes.
 */
function rawResponseReader(onBody: (body: Json) => void): Middleware {
  return (next) => async (args) => {
    const result = await next(args);
    const response = result.response;
    if ((response.statusCode ?? 0) >= 300) return result;
    const bytes = await readAll(response.body);
    if (bytes === undefined) return result;
    response.body = bytes;
    try {
      const parsed = asObject(JSON.parse(new TextDecoder().decode(bytes)));
      if (parsed) onBody(parsed);
    } catch {
      // Not JSON: the SDK's deserializer reports it.
    }
    return result;
  };
}

/** Replaces the serialized body with `body` as JSON (the SDK's serializer drops members its model doesn't know). */
function jsonBodyWriter(body: Json): Middleware {
  return (next) => async (args) => {
    const json = JSON.stringify(body);
    args.request.body = json;
    if (args.request.headers) args.request.headers['content-length'] = String(Buffer.byteLength(json));
    return next(args);
  };
}

/** The whole of a response body, or undefined for a body this can't read (left to the SDK). */
async function readAll(body: unknown): Promise<Uint8Array | undefined> {
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (body && typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  return undefined;
}

/** JSON with object keys sorted, to compare values whatever order their keys came in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    const object = asObject(member);
    return object ? Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : member;
  });
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** One line per step: the request type (or step), the pool and what happened; never a pool's settings. */
function log(step: string, userPoolId: string, detail: string): void {
  console.log(JSON.stringify({ step, userPoolId, detail }));
}

/** What the Lambda function runs (last: makeHandler needs the class above). */
export const handler = makeHandler();
