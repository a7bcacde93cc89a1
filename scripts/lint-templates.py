#!/usr/bin/env python3
"""Runs cfn-lint over every *.template.json below the given folders; exits 1 on any cfn-lint error.

cfn-lint's bundled AWS::Cognito::UserPool schema predates IssuerConfiguration and KeyConfiguration,
which CloudFormation accepts (aws-cdk-lib 2.276's CfnUserPool models both). This script lints with
that schema plus those two properties, so the library's property overrides don't read as errors.
Warnings and informational findings are printed but don't fail the run.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

NEWER_PROPERTIES = {
    'IssuerConfiguration': {
        'type': 'object', 'additionalProperties': False,
        'properties': {'Type': {'type': 'string', 'enum': ['ORIGINAL', 'UPDATED']}},
    },
    'KeyConfiguration': {
        'type': 'object', 'additionalProperties': False,
        'properties': {
            'KeyType': {'type': 'string', 'enum': ['AWS_OWNED_KEY', 'CUSTOMER_MANAGED_KEY']},
            'KmsKeyArn': {'type': 'string'},
        },
    },
}


def patched_schema_dir():
    from cfnlint.schema.manager import PROVIDER_SCHEMA_MANAGER
    schema = json.loads(json.dumps(PROVIDER_SCHEMA_MANAGER.get_resource_schema('us-east-1', 'AWS::Cognito::UserPool').schema))
    for name, definition in NEWER_PROPERTIES.items():
        schema['properties'].setdefault(name, definition)
    folder = tempfile.mkdtemp(prefix='cfn-lint-schemas-')
    with open(os.path.join(folder, 'aws-cognito-userpool.json'), 'w', encoding='utf-8') as handle:
        json.dump(schema, handle)
    return folder


def main():
    folders = sys.argv[1:] or ['.']
    files = sorted({f for folder in folders for f in glob.glob(os.path.join(folder, '**', '*.template.json'), recursive=True)})
    if not files:
        sys.exit(f'lint-templates: no *.template.json found below {", ".join(folders)}')
    result = subprocess.run(['cfn-lint', '--registry-schemas', patched_schema_dir(), '--format', 'parseable', '--', *files],
                            capture_output=True, text=True, check=False)
    findings = [line for line in result.stdout.splitlines() if line.strip()]
    errors = [line for line in findings if line.split(':')[5:6] and line.split(':')[5].startswith('E')]
    for line in errors:
        print(line)
    # cfn-lint's exit code is a bit mask: 2 = errors, 4 = warnings, 8 = informational; 1 = it crashed.
    if result.returncode & 1 or result.returncode & 2 or errors:
        print(result.stderr, file=sys.stderr)
        sys.exit(f'lint-templates: cfn-lint found errors in {len(files)} template(s)')
    print(f'lint-templates: cfn-lint found no errors in {len(files)} template(s) '
          f'({len(findings)} warning(s) or note(s), shown with `cfn-lint` on a file)')


if __name__ == '__main__':
    main()
