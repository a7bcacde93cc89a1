import { isLiteral, Problems } from './checks/problems';
import { UserPoolValidationError } from './checks/validation-error';

/**
 * A standard (OpenID Connect) attribute of the pool's schema.
 */
export interface StandardAttribute {
  /**
   * Whether the value can change after sign-up.
   * @default true
   */
  readonly mutable?: boolean;

  /**
   * Whether users must provide it at sign-up. Fixed when the pool is created.
   * @default false
   */
  readonly required?: boolean;
}

/**
 * The standard attributes of the pool's schema.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#cognito-user-pools-standard-attributes
 */
export interface StandardAttributes {
  /** `address` @default - not configured */
  readonly address?: StandardAttribute;
  /** `birthdate` @default - not configured */
  readonly birthdate?: StandardAttribute;
  /** `email` @default - not configured */
  readonly email?: StandardAttribute;
  /** `family_name` @default - not configured */
  readonly familyName?: StandardAttribute;
  /** `gender` @default - not configured */
  readonly gender?: StandardAttribute;
  /** `given_name` @default - not configured */
  readonly givenName?: StandardAttribute;
  /** `locale` @default - not configured */
  readonly locale?: StandardAttribute;
  /** `middle_name` @default - not configured */
  readonly middleName?: StandardAttribute;
  /** `name` @default - not configured */
  readonly fullname?: StandardAttribute;
  /** `nickname` @default - not configured */
  readonly nickname?: StandardAttribute;
  /** `phone_number` @default - not configured */
  readonly phoneNumber?: StandardAttribute;
  /** `picture` @default - not configured */
  readonly profilePicture?: StandardAttribute;
  /** `preferred_username` @default - not configured */
  readonly preferredUsername?: StandardAttribute;
  /** `profile` @default - not configured */
  readonly profilePage?: StandardAttribute;
  /** `zoneinfo` @default - not configured */
  readonly timezone?: StandardAttribute;
  /** `updated_at` @default - not configured */
  readonly lastUpdateTime?: StandardAttribute;
  /** `website` @default - not configured */
  readonly website?: StandardAttribute;
}

/**
 * A custom attribute of the pool's schema.
 */
export interface ICustomAttribute {
  /** The attribute's configuration. */
  bind(): CustomAttributeConfig;
}

/**
 * What a custom attribute renders to.
 */
export interface CustomAttributeConfig {
  /** `String`, `Number`, `Boolean` or `DateTime`. */
  readonly dataType: string;

  /**
   * Length limits of a String attribute.
   * @default - none
   */
  readonly stringConstraints?: StringAttributeConstraints;

  /**
   * Value limits of a Number attribute.
   * @default - none
   */
  readonly numberConstraints?: NumberAttributeConstraints;

  /**
   * Whether the value can change after sign-up.
   * @default - true; not rendered (Cognito: immutable) with the pool's `creationOnlyDefaults: AWS_CDK_LIB`
   */
  readonly mutable?: boolean;
}

/**
 * Options common to all custom attributes.
 */
export interface CustomAttributeProps {
  /**
   * Whether the value can change after sign-up. Fixed when the attribute is created.
   * @default - true; not rendered (Cognito: immutable) with the pool's `creationOnlyDefaults: AWS_CDK_LIB`
   */
  readonly mutable?: boolean;
}

/**
 * Length limits of a String attribute.
 */
export interface StringAttributeConstraints {
  /**
   * The minimum length, 0 to 2048.
   * @default - no minimum
   */
  readonly minLen?: number;

  /**
   * The maximum length, 0 to 2048.
   * @default 2048
   */
  readonly maxLen?: number;
}

/** Options of a String attribute. */
export interface StringAttributeProps extends StringAttributeConstraints, CustomAttributeProps {}

/** Value limits of a Number attribute. */
export interface NumberAttributeConstraints {
  /**
   * The minimum value.
   * @default - no minimum
   */
  readonly min?: number;

  /**
   * The maximum value.
   * @default - no maximum
   */
  readonly max?: number;
}

/** Options of a Number attribute. */
export interface NumberAttributeProps extends NumberAttributeConstraints, CustomAttributeProps {}

/** Cognito's documented limit for a custom String attribute (the API model types the constraint as a free string). */
const MAX_STRING_LENGTH = 2048;

function checkOrder(problems: Problems, what: string, low: number | undefined, high: number | undefined): void {
  if (isLiteral(low) && isLiteral(high) && low > high) {
    problems.add('customAttributeBounds', what, `${what}: the minimum (${low}) must not exceed the maximum (${high})`);
  }
}

/** A custom String attribute. */
export class StringAttribute implements ICustomAttribute {
  private readonly props: StringAttributeProps;

  constructor(props: StringAttributeProps = {}) {
    const problems = new Problems();
    problems.wholeNumber('customAttributeBounds', 'StringAttribute minLen', props.minLen, 0, MAX_STRING_LENGTH);
    problems.wholeNumber('customAttributeBounds', 'StringAttribute maxLen', props.maxLen, 0, MAX_STRING_LENGTH);
    checkOrder(problems, 'StringAttribute minLen/maxLen', props.minLen, props.maxLen);
    UserPoolValidationError.throwIfAny(undefined, problems.all);
    this.props = props;
  }

  public bind(): CustomAttributeConfig {
    const { minLen, maxLen, mutable } = this.props;
    const constrained = minLen !== undefined || maxLen !== undefined;
    return { dataType: 'String', stringConstraints: constrained ? { minLen, maxLen } : undefined, mutable };
  }
}

/** A custom Number attribute. */
export class NumberAttribute implements ICustomAttribute {
  private readonly props: NumberAttributeProps;

  constructor(props: NumberAttributeProps = {}) {
    const problems = new Problems();
    for (const key of ['min', 'max'] as const) {
      const value = props[key];
      if (isLiteral(value) && !Number.isFinite(value)) {
        problems.add('customAttributeBounds', `NumberAttribute ${key}`, `NumberAttribute ${key} must be a finite number, got ${value}`);
      }
    }
    checkOrder(problems, 'NumberAttribute min/max', props.min, props.max);
    UserPoolValidationError.throwIfAny(undefined, problems.all);
    this.props = props;
  }

  public bind(): CustomAttributeConfig {
    const { min, max, mutable } = this.props;
    const constrained = min !== undefined || max !== undefined;
    return { dataType: 'Number', numberConstraints: constrained ? { min, max } : undefined, mutable };
  }
}

/** A custom Boolean attribute. */
export class BooleanAttribute implements ICustomAttribute {
  private readonly mutable?: boolean;

  constructor(props: CustomAttributeProps = {}) {
    this.mutable = props.mutable;
  }

  public bind(): CustomAttributeConfig {
    return { dataType: 'Boolean', mutable: this.mutable };
  }
}

/** A custom DateTime attribute. */
export class DateTimeAttribute implements ICustomAttribute {
  private readonly mutable?: boolean;

  constructor(props: CustomAttributeProps = {}) {
    this.mutable = props.mutable;
  }

  public bind(): CustomAttributeConfig {
    return { dataType: 'DateTime', mutable: this.mutable };
  }
}
