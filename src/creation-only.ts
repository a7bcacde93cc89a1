/**
 * Which defaults the settings Cognito fixes when a pool is created take, when you leave them out: sign-in
 * identifiers, username case sensitivity, MFA and the schema. See docs/migration.md.
 */
export enum CreationOnlyDefaults {
  /**
   * This library's secure defaults: email sign-in, case-insensitive usernames, required MFA, mutable custom
   * attributes. For new pools.
   */
  SECURE = 'SECURE',
  /**
   * aws-cdk-lib's defaults, rendered as aws-cdk-lib renders them: username sign-in, no `UsernameConfiguration`
   * (case-sensitive), MFA off, custom attributes without `Mutable` (immutable), standard attributes without a data
   * type. For a pool deployed with aws-cdk-lib's `UserPool`: the first deploy after switching changes none of the
   * settings Cognito refuses to update. Every other default stays this library's.
   */
  AWS_CDK_LIB = 'AWS_CDK_LIB',
}
