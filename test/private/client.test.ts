import { Duration, Lazy } from 'aws-cdk-lib';
import type { UserPoolClientProps } from 'aws-cdk-lib/aws-cognito';
import { FeaturePlan } from '../../src';
import { Problems } from '../../src/checks/problems';
import { clientDefaults, compileClient } from '../../src/private/client';

// The client's defaults and rules on their own: props in, props, problems and warnings out.
const userPool = {} as UserPoolClientProps['userPool'];
function compile(props: object, pool = {}) {
  const problems = new Problems();
  const compiled = compileClient({ userPool, ...props }, pool, problems);
  return { props: compiled.props, errors: problems.all, warnings: compiled.warnings.map((w) => w.id) };
}

describe('compileClient', () => {
  test('fills every secure default and leaves the rest of the props as given', () => {
    const { props, errors, warnings } = compile({ userPoolClientName: 'web' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(props).toMatchObject({
      userPoolClientName: 'web',
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      authFlows: { userSrp: true },
      accessTokenValidity: clientDefaults().accessTokenValidity,
      refreshTokenValidity: clientDefaults().refreshTokenValidity,
    });
  });

  test('choice-based sign-in follows the pool, and LITE rules it out', () => {
    expect(compile({}, { choiceBasedSignIn: true }).props.authFlows).toEqual({ userSrp: true, user: true });
    expect(compile({ authFlows: { user: true } }, { featurePlan: FeaturePlan.LITE }).errors)
      .toEqual([expect.stringMatching(/^authFlows.user \(choice-based sign-in\) needs/)]);
  });

  test('lifetimes that are tokens are not checked', () => {
    const token = Duration.millis(Lazy.number({ produce: () => 1 }));
    expect(compile({ accessTokenValidity: token, refreshTokenValidity: token, authSessionValidity: token }).errors).toEqual([]);
  });

  test('a lifetime out of bounds is reported once, not also as longer than the refresh token', () => {
    expect(compile({ idTokenValidity: Duration.days(2) }).errors)
      .toEqual(['idTokenValidity must be from 5 minutes to 1 day, got 2 days [cdk-secure-user-pool:clientTokenValidity]']);
  });
});
