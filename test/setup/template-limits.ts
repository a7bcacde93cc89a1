import { checkRendered } from '../../src/private/api-check';
import { Problems } from '../../src/private/validation';

/** Every AWS::Cognito::UserPool in a synthesized template, checked against the extracted API limits. */
export function checkTemplate(template: { Resources?: Record<string, { Type: string; Properties?: object }> }): string[] {
  return Object.entries(template.Resources ?? {})
    .filter(([, resource]) => resource.Type === 'AWS::Cognito::UserPool')
    .flatMap(([logicalId, resource]) => {
      const problems = new Problems();
      checkRendered(problems, resource.Properties ?? {});
      return problems.all.map((p) => `${logicalId}: ${p}`);
    });
}
