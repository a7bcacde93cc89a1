#!/usr/bin/env python3
"""Runs cfn-lint over every *.template.json below the given folders; exits 1 on any cfn-lint error.

cfn-lint's bundled AWS::Cognito::UserPool schema predates IssuerConfiguration and KeyConfiguration,
which CloudFormation accepts (aws-cdk-lib 2.276's CfnUserPool models both). This script lints with
that schema plus those two properties, and UserPoolDomain's with CustomDomainConfig.SecurityPolicy, so the
library's property overrides don't read as errors.
It also gives cfn-lint the schemas of resource types newer than its own (scripts/registry-schemas/: the session
attachments, terms, replicas and the replica's regional configuration): they are written from the CloudFormation
template reference, aws-cdk-lib 2.278's L1 classes and, where it has them, @aws-cdk/aws-service-spec, so their
properties are checked, not skipped.
cfn-lint 1.51 takes registry schemas of types it doesn't know only as names (its property rules look types up in
its own region tables), so this script also validates those resources' properties against the schemas itself.
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


# A custom domain's TLS policy (API CustomDomainConfigType.SecurityPolicy, 2026-06; aws-cdk-lib 2.278 models it).
SECURITY_POLICY = {'type': 'string', 'enum': ['TLS_V1', 'TLS_V1_2_2021', 'TLS_V1_3_2025']}


def patched_schema_dir():
    from cfnlint.schema.manager import PROVIDER_SCHEMA_MANAGER
    folder = tempfile.mkdtemp(prefix='cfn-lint-schemas-')
    pool = json.loads(json.dumps(PROVIDER_SCHEMA_MANAGER.get_resource_schema('us-east-1', 'AWS::Cognito::UserPool').schema))
    for name, definition in NEWER_PROPERTIES.items():
        pool['properties'].setdefault(name, definition)
    domain = json.loads(json.dumps(PROVIDER_SCHEMA_MANAGER.get_resource_schema('us-east-1', 'AWS::Cognito::UserPoolDomain').schema))
    domain['definitions']['CustomDomainConfigType']['properties'].setdefault('SecurityPolicy', SECURITY_POLICY)
    for name, schema in [('aws-cognito-userpool.json', pool), ('aws-cognito-userpooldomain.json', domain)]:
        with open(os.path.join(folder, name), 'w', encoding='utf-8') as handle:
            json.dump(schema, handle)
    for name in sorted(os.listdir(NEWER_TYPES_DIR)):
        with open(os.path.join(NEWER_TYPES_DIR, name), encoding='utf-8') as source, open(os.path.join(folder, name), 'w', encoding='utf-8') as target:
            target.write(source.read())
    return folder


NEWER_TYPES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'registry-schemas')


def without_intrinsics(value):
    """A property value with every intrinsic function (Ref, Fn::*) replaced by a string, as it resolves to one here."""
    if isinstance(value, dict):
        if len(value) == 1 and (next(iter(value)) == 'Ref' or next(iter(value)).startswith('Fn::')):
            return 'intrinsic'
        return {key: without_intrinsics(item) for key, item in value.items()}
    if isinstance(value, list):
        return [without_intrinsics(item) for item in value]
    return value


def newer_type_errors(files):
    """The property errors of resources whose types only scripts/registry-schemas/ describes."""
    import jsonschema
    schemas = {}
    for name in sorted(os.listdir(NEWER_TYPES_DIR)):
        with open(os.path.join(NEWER_TYPES_DIR, name), encoding='utf-8') as handle:
            schema = json.load(handle)
        schemas[schema['typeName']] = schema
    errors = []
    for file in files:
        with open(file, encoding='utf-8') as handle:
            resources = json.load(handle).get('Resources', {})
        for logical_id, resource in resources.items():
            schema = schemas.get(resource.get('Type'))
            if schema is None:
                continue
            validator = jsonschema.Draft7Validator({k: v for k, v in schema.items() if k in ('definitions', 'properties', 'required', 'additionalProperties')})
            for error in validator.iter_errors(without_intrinsics(resource.get('Properties', {}))):
                errors.append(f'{file}:{logical_id}:E3002:{resource["Type"]}: {error.message}')
    return errors


def main():
    folders = sys.argv[1:] or ['.']
    files = sorted({f for folder in folders for f in glob.glob(os.path.join(folder, '**', '*.template.json'), recursive=True)})
    if not files:
        sys.exit(f'lint-templates: no *.template.json found below {", ".join(folders)}')
    result = subprocess.run(['cfn-lint', '--registry-schemas', patched_schema_dir(), '--format', 'parseable', '--', *files],
                            capture_output=True, text=True, check=False)
    findings = [line for line in result.stdout.splitlines() if line.strip()]
    errors = [line for line in findings if line.split(':')[5:6] and line.split(':')[5].startswith('E')] + newer_type_errors(files)
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
