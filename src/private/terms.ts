import { Token } from 'aws-cdk-lib';
import type { UserPoolClientProps } from '../client';
import { type Warn, WARNINGS } from './warnings';
import { isLiteral, type Problems } from '../checks/problems';
import { show } from '../checks/show';

/**
 * Terms documents of an app client (`AWS::Cognito::Terms`): check and render. Pure. docs/clients.md, "Terms of use
 * and privacy policy", gives each rule its source.
 */

export const TERMS_TYPE = 'AWS::Cognito::Terms';
/** CloudFormation's `Links` key pattern (the API's also has `cognito:dutch`, which CloudFormation's schema refuses). */
const LANGUAGE = /^cognito:(default|english|french|spanish|german|bahasa-indonesia|italian|japanese|korean|portuguese-brazil|chinese-(simplified|traditional))$/;
const MAX_LINKS = 13;
const MAX_URL = 1024;

/** The two kinds, by the client prop and the `TermsName` Cognito takes. */
const KINDS = [['termsOfUse', 'terms-of-use', 'TermsOfUse'], ['privacyPolicy', 'privacy-policy', 'PrivacyPolicy']] as const;

export type ClientTerms = Pick<UserPoolClientProps, 'termsOfUse' | 'privacyPolicy'>;

/** Checks the links; returns the documents to render (construct id and properties but the pool and client ids). */
export function compileTerms(problems: Problems, warn: Warn, terms: ClientTerms, managedLogin: boolean):
Array<{ id: string; properties: Record<string, unknown> }> {
  const given = KINDS.filter(([prop]) => terms[prop] !== undefined);
  if (given.length === 0) { return []; }
  if (given.length === 1) {
    warn(WARNINGS.termsIncomplete, `${given[0][0]} without ${given[0][0] === 'termsOfUse' ? 'privacyPolicy' : 'termsOfUse'}: "You must provide both types of terms `
      + 'documents in at least one language before Amazon Cognito displays your terms documents"');
  }
  if (!managedLogin) {
    warn(WARNINGS.termsWithoutManagedLogin, 'termsOfUse and privacyPolicy are shown on managed login\'s sign-up page, and this client has no '
      + 'authorization code or implicit grant: nobody will see them');
  }
  for (const [prop] of given) {
    const links = terms[prop]!;
    if (Token.isUnresolved(links) || typeof links !== 'object' || links === null) { continue; }
    const entries = Object.entries(links);
    if (entries.length === 0 || entries.length > MAX_LINKS) {
      problems.add('termsLinks', prop, `${prop} must have 1 to ${MAX_LINKS} links, got ${entries.length}`);
    }
    for (const [language, url] of entries) {
      if (!LANGUAGE.test(language)) {
        problems.add('termsLinks', `${prop}.${language}`, `${prop} keys must be cognito:default or a managed login language such as cognito:french, got ${show(language)}`);
      }
      if (!isLiteral(url)) { continue; }
      if (url.length < 1 || url.length > MAX_URL || /\s/.test(url)) {
        problems.add('termsLinks', `${prop}.${language}`, `${prop}.${language} must be a link of 1 to ${MAX_URL} characters without spaces, got ${show(url)}`);
      } else if (!url.startsWith('https://')) {
        warn(WARNINGS.termsLinkNotHttps, `${prop}.${language} is ${show(url)}: link terms documents over https, so what users agree to can't be altered on the way`);
      }
    }
  }
  return given.map(([prop, termsName, id]) => ({
    id,
    properties: { TermsName: termsName, TermsSource: 'LINK', Enforcement: 'NONE', Links: terms[prop] },
  }));
}
