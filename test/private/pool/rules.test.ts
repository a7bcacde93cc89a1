import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { FeaturePlan, Mfa, StandardThreatProtectionMode, UserPoolEmail, VerificationEmailStyle, type UserPoolProps } from '../../../src';
import { Problems } from '../../../src/checks/problems';
import { resolveUserPool } from '../../../src/private/pool/resolve';
import { validateUserPool, WARNINGS } from '../../../src/private/pool/rules';

// The cross-field rules on their own: the resolved configuration in, problems and warnings out.
function validate(props: UserPoolProps) {
  const problems = new Problems();
  const warnings = validateUserPool(resolveUserPool(props), problems);
  return { errors: problems.all, warnings: warnings.map((w) => w.id) };
}

describe('validateUserPool', () => {
  test('a default pool has no problems and no warnings', () => {
    expect(validate({})).toEqual({ errors: [], warnings: [] });
  });

  test('collects every problem, not only the first', () => {
    const { errors } = validate({
      signInAliases: { preferredUsername: true, email: true },
      removalPolicy: RemovalPolicy.SNAPSHOT,
      mfaMessage: 'no code',
    });
    expect(errors).toEqual([
      expect.stringMatching(/^signInAliases.preferredUsername needs signInAliases.username/),
      expect.stringMatching(/^mfaMessage must contain the placeholder \{####\}/),
      expect.stringMatching(/^removalPolicy SNAPSHOT is not supported/),
    ]);
  });

  test('placeholders come from the API model: {####} for codes, {##text##} for links', () => {
    expect(validate({ userVerification: { emailBody: 'Code {####}' } }).errors).toEqual([]);
    expect(validate({ userVerification: { emailBody: 'Code {###}' } }).errors).toEqual([expect.stringMatching(/must contain the placeholder \{####\}/)]);
    const link = (emailBody: string) => validate({ userVerification: { emailStyle: VerificationEmailStyle.LINK, emailBody } }).errors;
    expect(link('Click {##here##}')).toEqual([]);
    expect(link('Click here')).toEqual([expect.stringMatching(/^userVerification.emailBody must be a message with a link placeholder/)]);
    expect(link(Aws.STACK_NAME)).toEqual([]);
  });

  test('threat protection: an error on ESSENTIALS, a warning on LITE, nothing on PLUS', () => {
    const mode = StandardThreatProtectionMode.FULL_FUNCTION;
    expect(validate({ featurePlan: FeaturePlan.ESSENTIALS, standardThreatProtectionMode: mode }).errors)
      .toEqual([expect.stringMatching(/needs featurePlan PLUS, got ESSENTIALS/)]);
    expect(validate({ featurePlan: FeaturePlan.LITE, standardThreatProtectionMode: mode }).warnings).toEqual([WARNINGS.threatProtectionWithoutPlus]);
    expect(validate({ featurePlan: FeaturePlan.PLUS, standardThreatProtectionMode: mode })).toEqual({ errors: [], warnings: [] });
  });

  test('warnings are returned, not thrown', () => {
    expect(validate({ mfa: Mfa.REQUIRED, mfaSecondFactor: { otp: false, sms: true }, autoVerify: { email: true, phone: true } }))
      .toEqual({ errors: [], warnings: [WARNINGS.smsOnlyMfa] });
  });

  test('SMS as the only MFA factor, with no phone number to send to, warns twice', () => {
    expect(validate({ mfa: Mfa.REQUIRED, mfaSecondFactor: { otp: false, sms: true } }))
      .toEqual({ errors: [], warnings: [WARNINGS.smsOnlyMfa, WARNINGS.smsMfaWithoutPhoneNumber] });
  });

  test('each problem line ends with its error id', () => {
    const { errors } = validate({ removalPolicy: RemovalPolicy.SNAPSHOT, passwordPolicy: { passwordHistorySize: 3 }, featurePlan: FeaturePlan.LITE });
    expect(errors).toEqual([
      'passwordPolicy.passwordHistorySize needs featurePlan ESSENTIALS or PLUS, got 3 on LITE [cdk-secure-user-pool:passwordHistoryNeedsPlan]',
      'removalPolicy SNAPSHOT is not supported by AWS::Cognito::UserPool: use RETAIN, RETAIN_ON_UPDATE_OR_DELETE or DESTROY '
        + '[cdk-secure-user-pool:snapshotRemovalPolicy]',
    ]);
  });

  test('region rules apply only when the pool\'s region is known', () => {
    const email = UserPoolEmail.withSES({ fromEmail: 'no-reply@example.com', sesRegion: 'ap-south-1' });
    const props = { email };
    const check = (region?: string) => {
      const problems = new Problems();
      const warnings = validateUserPool(resolveUserPool(props), problems, { region });
      return { errors: problems.all, warnings: warnings.map((w) => w.id) };
    };
    expect(check('us-east-1').errors).toEqual([expect.stringMatching(/^UserPoolEmail.withSES sesRegion must be one of/)]);
    expect(check('ap-south-1')).toEqual({ errors: [], warnings: [] });
    expect(check('ap-southeast-3')).toEqual({ errors: [], warnings: [WARNINGS.sesRegionNotListed] });
    expect(check(undefined)).toEqual({ errors: [], warnings: [] });
    expect(check(Aws.REGION)).toEqual({ errors: [], warnings: [] });
  });
});
