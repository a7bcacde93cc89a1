import { Annotations } from 'aws-cdk-lib/assertions';
import { UserPool, UserPoolClient, type UserPoolClientProps } from '../src';
import { checkedTemplate, Match, newStack, stringToken, synthProblems } from './util';

// Terms documents of an app client (AWS::Cognito::Terms), as the CloudFormation reference and the API describe them.

const TYPE = 'AWS::Cognito::Terms';
const oAuth = { callbackUrls: ['https://app.example.com/callback'] };
const TERMS = { 'cognito:default': 'https://example.com/terms', 'cognito:french': 'https://example.com/fr/terms' };
const PRIVACY = { 'cognito:default': 'https://example.com/privacy' };

function client(props: Partial<UserPoolClientProps>) {
  const stack = newStack();
  const pool = new UserPool(stack, 'Pool');
  const web = new UserPoolClient(stack, 'Web', { userPool: pool, oAuth, ...props });
  return { stack, pool, web };
}
const warnings = (stack: ReturnType<typeof newStack>, id: string) => Annotations.fromStack(stack).findWarning('/Stack/Web', Match.stringLikeRegexp(id));

describe('termsOfUse and privacyPolicy', () => {
  test('one AWS::Cognito::Terms per document, with every required property', () => {
    const { stack, pool, web } = client({ termsOfUse: TERMS, privacyPolicy: PRIVACY });
    const ids = { UserPoolId: stack.resolve(pool.userPoolId), ClientId: stack.resolve(web.userPoolClientId), TermsSource: 'LINK', Enforcement: 'NONE' };
    expect(Object.values(checkedTemplate(stack).findResources(TYPE)).map((r) => r.Properties)).toEqual([
      { ...ids, TermsName: 'terms-of-use', Links: TERMS },
      { ...ids, TermsName: 'privacy-policy', Links: PRIVACY },
    ]);
    expect(warnings(stack, 'terms')).toEqual([]);
  });

  test('none without the props', () => {
    checkedTemplate(client({}).stack).resourceCountIs(TYPE, 0);
  });

  test('errors: an unknown language key, no links, more than 13, a link too long or with spaces', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    const both = (termsOfUse: Record<string, string>) => ({ userPool: pool, oAuth, termsOfUse, privacyPolicy: PRIVACY });
    new UserPoolClient(stack, 'Key', both({ default: 'https://example.com/terms' }));
    new UserPoolClient(stack, 'Dutch', both({ 'cognito:dutch': 'https://example.com/nl' }));
    new UserPoolClient(stack, 'Empty', both({}));
    new UserPoolClient(stack, 'Many', both(Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`cognito:default${i}`, 'https://x']))));
    new UserPoolClient(stack, 'Long', both({ 'cognito:default': `https://example.com/${'a'.repeat(1010)}` }));
    expect(synthProblems(stack)).toEqual([
      expect.stringMatching(/^\[Stack\/Key\] termsOfUse keys must be cognito:default or a managed login language such as cognito:french, got "default".*termsLinks\]$/),
      expect.stringMatching(/^\[Stack\/Dutch\] termsOfUse keys must be/),
      expect.stringMatching(/^\[Stack\/Empty\] termsOfUse must have 1 to 13 links, got 0/),
      expect.stringMatching(/^\[Stack\/Many\] termsOfUse must have 1 to 13 links, got 14/),
      ...Array.from({ length: 14 }, () => expect.stringMatching(/^\[Stack\/Many\] termsOfUse keys must be/)),
      expect.stringMatching(/^\[Stack\/Long\] termsOfUse.cognito:default must be a link of 1 to 1024 characters without spaces/),
    ]);
  });

  test('accepted: every language CloudFormation takes (12), a 1,024-character link, a token link', () => {
    const languages = ['default', 'english', 'french', 'spanish', 'german', 'bahasa-indonesia', 'italian', 'japanese', 'korean', 'portuguese-brazil',
      'chinese-simplified', 'chinese-traditional'];
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    new UserPoolClient(stack, 'All', { userPool: pool, oAuth, privacyPolicy: PRIVACY, termsOfUse: Object.fromEntries(languages.map((l) => [`cognito:${l}`, 'https://x'])) });
    new UserPoolClient(stack, 'Long', { userPool: pool, oAuth, privacyPolicy: PRIVACY, termsOfUse: { 'cognito:default': `https://${'a'.repeat(1016)}` } });
    new UserPoolClient(stack, 'Token', { userPool: pool, oAuth, privacyPolicy: PRIVACY, termsOfUse: { 'cognito:default': stringToken(stack) } });
    expect(synthProblems(stack)).toEqual([]);
  });

  test('warnings: one document alone, a client without managed login, a link that isn\'t https', () => {
    expect(warnings(client({ termsOfUse: TERMS }).stack, 'termsIncomplete')).toHaveLength(1);
    expect(warnings(client({ termsOfUse: TERMS, privacyPolicy: PRIVACY, disableOAuth: true, oAuth: undefined }).stack, 'termsWithoutManagedLogin')).toHaveLength(1);
    expect(warnings(client({ termsOfUse: { 'cognito:default': 'http://example.com/terms' }, privacyPolicy: PRIVACY }).stack, 'termsLinkNotHttps')).toHaveLength(1);
  });
});
