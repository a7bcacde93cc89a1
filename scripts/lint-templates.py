#!/usr/bin/env python3
"""Runs cfn-lint over every *.template.json below the given folders; exits 1 on any cfn-lint error.

cfn-lint's bundled AWS::Cognito::UserPool schema predates IssuerConfiguration, KeyConfiguration and
SmsConfiguration.EumsSms, which CloudFormation accepts (aws-cdk-lib 2.276's CfnUserPool models all three). This script
lints with that schema plus those properties, and UserPoolDomain's with the additions vendored in scripts/schema-additions/
(CustomDomainConfig.SecurityPolicy, Routing.Failover), so the properties the library renders itself are validated
against their documented types, required members and lengths (a wrong or missing member is an error), not unknown.
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

from schema_additions import additions, merged

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


# SmsConfiguration.EumsSms (AWS End User Messaging SMS), which the bundled SmsConfiguration predates: the definition of
# @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation registry schema: CallerArn required, every member a string;
# aws-cdk-lib 2.276's CfnUserPool.EumsSmsConfigurationProperty models the same). The lengths and patterns are the API
# model's, which the library checks itself (src/checks/constraints.generated.ts).
EUMS_SMS = {
    'type': 'object', 'additionalProperties': False,
    'properties': {name: {'type': 'string'} for name in [
        'CallerArn', 'ExternalId', 'OriginationIdentity', 'ConfigurationSetName', 'InEntityId', 'InTemplateId', 'Region']},
    'required': ['CallerArn'],
}


def patched_schema_dir():
    from cfnlint.schema.manager import PROVIDER_SCHEMA_MANAGER
    folder = tempfile.mkdtemp(prefix='cfn-lint-schemas-')
    pool = json.loads(json.dumps(PROVIDER_SCHEMA_MANAGER.get_resource_schema('us-east-1', 'AWS::Cognito::UserPool').schema))
    for name, definition in NEWER_PROPERTIES.items():
        pool['properties'].setdefault(name, definition)
    pool['definitions']['SmsConfiguration']['properties'].setdefault('EumsSms', EUMS_SMS)
    extended = [(type_name, merged(PROVIDER_SCHEMA_MANAGER.get_resource_schema('us-east-1', type_name).schema, addition))
                for type_name, addition in additions().items()]
    for name, schema in [('aws-cognito-userpool.json', pool),
                         *((type_name.lower().replace('::', '-') + '.json', schema) for type_name, schema in extended)]:
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
