import { Lazy, type TreeInspector } from 'aws-cdk-lib';
import { CfnUserPool, type CfnUserPoolProps } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';

/** Where the unmodelled properties travel through resolution, under a key no CloudFormation property has. */
const UNMODELLED = 'cdk-secure-user-pool:unmodelled';
/** The tree attribute an L1 lists its properties under (aws-cdk-lib's `CfnResource.inspect`). */
const PROPS_ATTRIBUTE = 'aws:cdk:cloudformation:props';

/**
 * The pool's `CfnUserPool`, which also renders the properties the minimum supported aws-cdk-lib doesn't model
 * (`RenderedUserPool.unmodelled`). They are produced at synth, so triggers added after construction appear, and
 * resolved with the other properties, in the same pass.
 */
export class UserPoolResource extends CfnUserPool {
  private readonly unmodelled: () => Record<string, unknown>;

  constructor(scope: Construct, id: string, props: CfnUserPoolProps, unmodelled: () => Record<string, unknown>) {
    super(scope, id, props);
    this.unmodelled = unmodelled;
  }

  protected get cfnProperties(): { [key: string]: any } {
    return { ...super.cfnProperties, [UNMODELLED]: Lazy.any({ produce: () => this.unmodelled() }) };
  }

  /**
   * The construct tree (`tree.json`, the CDK console's view) shows the properties under their own names: the
   * unmodelled ones as CloudFormation spells them, and no internal key.
   */
  public inspect(inspector: TreeInspector): void {
    const shown = { ...super.cfnProperties, ...this.unmodelled() };
    super.inspect({
      addAttribute: (key: string, value: unknown) => inspector.addAttribute(key, key === PROPS_ATTRIBUTE ? shown : value),
    } as TreeInspector);
  }

  /** The library's unmodelled properties win, merged into what the L1 renders (an escape-hatch `lambdaConfig` stays). */
  protected renderProperties(props: { [key: string]: any }): { [key: string]: any } {
    const { [UNMODELLED]: unmodelled, ...modelled } = props;
    const rendered = super.renderProperties(modelled);
    const isStruct = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    for (const [key, value] of Object.entries(unmodelled ?? {})) {
      rendered[key] = isStruct(rendered[key]) && isStruct(value) ? { ...rendered[key], ...value } : value;
    }
    return rendered;
  }
}
