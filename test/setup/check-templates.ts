/**
 * Runs after jest's environment is set up, in every test file: each template a test synthesizes
 * with `Template.fromStack` is checked against the limits extracted from the Cognito API model,
 * and saved under test-reports/templates for `scripts/lint-templates.py` (cfn-lint) to check after jest.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { checkTemplate } from './template-limits';

const OUT = path.join(__dirname, '..', '..', 'test-reports', 'templates');
const fromStack = Template.fromStack.bind(Template);

Object.defineProperty(Template, 'fromStack', {
  value: (...args: Parameters<typeof Template.fromStack>) => {
    const template = fromStack(...args);
    const json = template.toJSON();
    const problems = checkTemplate(json);
    if (problems.length > 0) {
      throw new Error(`the synthesized template breaks the Cognito API limits:\n${problems.join('\n')}`);
    }
    const text = JSON.stringify(json);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, `${createHash('sha1').update(text).digest('hex')}.template.json`), text);
    return template;
  },
});
