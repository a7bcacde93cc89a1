import { AccountRecovery } from '../../account-recovery';
import { isLiteral, type Problems } from '../../checks/problems';
import { show } from '../../checks/show';
import { CreationOnlyDefaults } from '../../creation-only';
import { CustomThreatProtectionMode, FeaturePlan, StandardThreatProtectionMode, UserPoolIssuerType } from '../../feature-plan';
import { VerificationEmailStyle } from '../../messages';
import { Mfa } from '../../mfa';
import { PasskeyFactorConfiguration, PasskeyUserVerification } from '../../sign-in';
import type { UserPoolProps } from '../../user-pool-props';

/**
 * Every enum prop of the pool. TypeScript allows only the enum's members, but JavaScript callers, casts and property
 * injectors can pass anything: an unknown value is an error naming the prop and its members as users write them,
 * never a silent default (`accountRecovery: 'x'` rendered no setting) nor a message in CloudFormation's terms
 * (`MfaConfiguration must be one of OFF, ON, OPTIONAL`). Trigger versions (`LambdaVersion`) are the trigger
 * table's to check (`checkTriggers`), with the slot they apply to.
 */
interface EnumProp {
  /** The prop path as users write it; its value is read from the props along it. */
  readonly path: string;
  /** The enum: as users name it, and its object. */
  readonly name: string;
  readonly members: Record<string, string | number>;
  /** The CloudFormation path the value renders to unchanged, whose generated limit would report it again. */
  readonly cfnPath?: string;
  /**
   * Whether the value chooses what is rendered (a table, a set of defaults) rather than being rendered as it is: a
   * token can't choose, so it is an error, as in aws-cdk-lib (whose `switch` on it throws), not a silent default.
   */
  readonly choosesAtSynth?: boolean;
}

const ENUM_PROPS: readonly EnumProp[] = [
  { path: 'mfa', name: 'Mfa', members: Mfa, cfnPath: 'MfaConfiguration' },
  { path: 'accountRecovery', name: 'AccountRecovery', members: AccountRecovery, choosesAtSynth: true },
  { path: 'featurePlan', name: 'FeaturePlan', members: FeaturePlan, cfnPath: 'UserPoolTier' },
  { path: 'standardThreatProtectionMode', name: 'StandardThreatProtectionMode', members: StandardThreatProtectionMode, cfnPath: 'UserPoolAddOns.AdvancedSecurityMode' },
  { path: 'customThreatProtectionMode', name: 'CustomThreatProtectionMode', members: CustomThreatProtectionMode, cfnPath: 'UserPoolAddOns.AdvancedSecurityAdditionalFlows.CustomAuthMode' },
  { path: 'passkeyUserVerification', name: 'PasskeyUserVerification', members: PasskeyUserVerification, cfnPath: 'WebAuthnUserVerification' },
  { path: 'passkeyFactorConfiguration', name: 'PasskeyFactorConfiguration', members: PasskeyFactorConfiguration, cfnPath: 'WebAuthnFactorConfiguration' },
  { path: 'issuerType', name: 'UserPoolIssuerType', members: UserPoolIssuerType },
  { path: 'creationOnlyDefaults', name: 'CreationOnlyDefaults', members: CreationOnlyDefaults, choosesAtSynth: true },
  { path: 'userVerification.emailStyle', name: 'VerificationEmailStyle', members: VerificationEmailStyle, cfnPath: 'VerificationMessageTemplate.DefaultEmailOption' },
];

/** The members of an enum, string or numeric (a numeric enum's object also maps values back to names). */
function membersOf(members: Record<string, string | number>): Array<[string, string | number]> {
  return Object.entries(members).filter(([key]) => Number.isNaN(Number(key)));
}

/** The value of each enum prop as written, by its path: what `checkEnumProps` checks (resolve gathers it). */
export function enumPropValues(props: UserPoolProps): { readonly [path: string]: unknown } {
  return Object.fromEntries(ENUM_PROPS.map(({ path }) => [path,
    path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], props)]));
}

/** Adds a problem for each enum prop whose literal value (`enumPropValues`) is none of its enum's members. */
export function checkEnumProps(problems: Problems, values: { readonly [path: string]: unknown }): void {
  for (const { path, name, members, cfnPath, choosesAtSynth } of ENUM_PROPS) {
    const value = values[path];
    if (value === undefined || value === null) { continue; }
    const known = membersOf(members);
    if (known.some(([, member]) => member === value)) { continue; }
    if (!isLiteral(value) && !choosesAtSynth) { continue; }
    const allowed = `${path} must be one of ${known.map(([key]) => `${name}.${key}`).join(', ')}`;
    problems.add('unknownEnumValue', path, isLiteral(value) ? `${allowed}, got ${show(value)}`
      : `${allowed}, got a token: it chooses what the pool renders, which a value known only at deploy time can't`);
    // The rendered value is the same unknown value: its generated limit would say it again, in CloudFormation's terms.
    if (cfnPath) { problems.firstReport(`${cfnPath}=${JSON.stringify(value)}`); }
  }
}
