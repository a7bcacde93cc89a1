#!/usr/bin/env python3
"""Extracts the per-property limits of AWS::Cognito::UserPool and the resources around it from their sources.

Sources, both installed on this machine:
  - the Cognito API model in botocore (cognito-idp 2016-04-18): CreateUserPool, plus the MFA settings
    CloudFormation sends through SetUserPoolMfaConfig (WebAuthn*, EmailAuthentication*);
  - CloudFormation's resource schema for AWS::Cognito::UserPool, as bundled in cfn-lint.
Where both bound a value, the stricter bound wins. The resources around the pool (app clients, resource servers,
groups, identity providers, domains) get the same treatment for the members listed in RESOURCES, from their Create*
request and their own CloudFormation schema. A member newer than both (UserPoolDomain's Routing) comes from the
CloudFormation reference as vendored in scripts/schema-additions/ (schema_additions.py), labelled as such, until
botocore and cfn-lint here carry it.

Writes src/checks/constraints.generated.ts, the data the library validates with
(scripts/validation-limits-doc.ts turns it into docs/validation-limits.md). With --check, writes
nothing and exits 1 when a fresh extraction differs from the committed file.
"""
import json
import os
import sys

from schema_additions import additions, merged

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_OUT = os.path.join(ROOT, 'src', 'checks', 'constraints.generated.ts')

# API members that CloudFormation names differently, or takes from another API call.
RENAMES = {'PoolName': 'UserPoolName'}
EXTRA_API_MEMBERS = {
    # CloudFormation property: (API request shape, path of members inside it)
    'WebAuthnRelyingPartyID': ('SetUserPoolMfaConfigRequest', ['WebAuthnConfiguration', 'RelyingPartyId']),
    'WebAuthnUserVerification': ('SetUserPoolMfaConfigRequest', ['WebAuthnConfiguration', 'UserVerification']),
    'WebAuthnFactorConfiguration': ('SetUserPoolMfaConfigRequest', ['WebAuthnConfiguration', 'FactorConfiguration']),
    'EmailAuthenticationMessage': ('SetUserPoolMfaConfigRequest', ['EmailMfaConfiguration', 'Message']),
    'EmailAuthenticationSubject': ('SetUserPoolMfaConfigRequest', ['EmailMfaConfiguration', 'Subject']),
}
# API members newer than the botocore on this machine: (structure shape, member) -> {member: shape} of the new
# structure's members, each with a shape the model already has. SmsConfigurationType.EumsSms (EumsSmsConfigurationType,
# AWS End User Messaging SMS) came after botocore 1.43.11; the shapes are the current model's, as the API reference
# (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html: lengths
# and patterns) and the AWS SDKs generated from it name them. A botocore that has the member walks it itself, with the
# same result.
NEWER_API_MEMBERS = {
    ('SmsConfigurationType', 'EumsSms'): {
        'CallerArn': 'ArnType', 'ExternalId': 'StringType', 'OriginationIdentity': 'StringType', 'ConfigurationSetName': 'StringType',
        'InEntityId': 'StringType', 'InTemplateId': 'StringType', 'Region': 'RegionCodeType',
    },
}
# Where CreateUserPoolRequest reaches each structure NEWER_API_MEMBERS extends, as a CloudFormation path.
NEWER_API_PATHS = {'SmsConfigurationType': 'SmsConfiguration'}
# Read-only attributes CloudFormation returns; never rendered.
READ_ONLY = {'Arn', 'ProviderName', 'ProviderURL', 'UserPoolId'}
# The resources around the pool: CloudFormation type -> (API request shape, the members checked, API member -> CloudFormation
# property where they differ). Only the names, identifiers, descriptions, URLs and lists a user writes: the token validities,
# flows and enums of a client are the client's own rules (src/private/client.ts).
RESOURCES = {
    'AWS::Cognito::UserPoolClient': ('CreateUserPoolClientRequest', [
        'ClientName', 'CallbackURLs', 'LogoutURLs', 'DefaultRedirectURI', 'AllowedOAuthScopes', 'SupportedIdentityProviders',
        'ReadAttributes', 'WriteAttributes']),
    'AWS::Cognito::UserPoolResourceServer': ('CreateResourceServerRequest', ['Identifier', 'Name', 'Scopes']),
    'AWS::Cognito::UserPoolGroup': ('CreateGroupRequest', ['GroupName', 'Description', 'Precedence']),
    'AWS::Cognito::UserPoolIdentityProvider': ('CreateIdentityProviderRequest', [
        'ProviderName', 'ProviderDetails', 'AttributeMapping', 'IdpIdentifiers']),
    # DomainType is the prefix of a Cognito domain; a custom domain (with CustomDomainConfig) is a full domain name.
    # Routing (failover to a replica's Region) is newer than botocore and cfn-lint here: from scripts/schema-additions/.
    'AWS::Cognito::UserPoolDomain': ('CreateUserPoolDomainRequest', ['Domain', 'Routing']),
}


def load_sources():
    try:
        import botocore
        from botocore.loaders import Loader
        from cfnlint.schema.manager import PROVIDER_SCHEMA_MANAGER
        import cfnlint.version
    except ImportError as error:  # pragma: no cover - a machine without the tools
        sys.exit(f'extract-constraints: needs python3 with botocore and cfn-lint installed ({error})')
    model = Loader().load_service_model('cognito-idp', 'service-2', '2016-04-18')
    schemas = {name: PROVIDER_SCHEMA_MANAGER.get_resource_schema('us-east-1', name).schema
               for name in ['AWS::Cognito::UserPool', *RESOURCES]}
    # The vendored additions, merged where cfn-lint's schema lacks them (the pool's are not: the library renders those).
    schemas.update({name: merged(schemas[name], addition) | {'vendored': sorted(set(addition.get('properties', {})) - set(schemas[name]['properties']))}
                    for name, addition in additions().items() if name in RESOURCES})
    versions = f'botocore {botocore.__version__} (cognito-idp 2016-04-18) and cfn-lint {cfnlint.version.__version__}'
    if any(schema.get('vendored') for schema in schemas.values()):
        versions += ' with scripts/schema-additions'
    return model['shapes'], schemas, versions


def api_limits(shape_name, shape):
    out = {}
    kind = shape['type']
    if kind == 'string':
        for key, name in (('min', 'minLength'), ('max', 'maxLength')):
            if key in shape:
                out[name] = shape[key]
        if 'pattern' in shape:
            out['patterns'] = [shape['pattern']]
        if 'enum' in shape:
            out['enum'] = list(shape['enum'])
    elif kind in ('integer', 'long'):
        out['integer'] = True
        for key, name in (('min', 'minimum'), ('max', 'maximum')):
            if key in shape:
                out[name] = shape[key]
    elif kind == 'list':
        for key, name in (('min', 'minItems'), ('max', 'maxItems')):
            if key in shape:
                out[name] = shape[key]
    if out:
        out['sources'] = [f'API {shape_name}']
    return out


def walk_api(shapes, shape_name, path, table):
    shape = shapes[shape_name]
    limits = api_limits(shape_name, shape)
    if limits:
        merge(table, path, limits)
    if shape['type'] == 'structure':
        for member, spec in shape['members'].items():
            walk_api(shapes, spec['shape'], f'{path}.{member}', table)
    elif shape['type'] == 'list':
        walk_api(shapes, shape['member']['shape'], f'{path}[]', table)
    elif shape['type'] == 'map':
        walk_api(shapes, shape['key']['shape'], f'{path}{{key}}', table)
        walk_api(shapes, shape['value']['shape'], f'{path}{{}}', table)


# How a limit from scripts/schema-additions/ is sourced in the generated data and docs/validation-limits.md.
VENDORED_SOURCE = 'CloudFormation reference (scripts/schema-additions)'


def cfn_limits(node, source='CloudFormation schema'):
    out = {}
    for key in ('minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'):
        if key in node:
            out[key] = node[key]
    if 'pattern' in node:
        out['patterns'] = [node['pattern']]
    if 'enum' in node:
        out['enum'] = list(node['enum'])
    if node.get('type') == 'integer':
        out['integer'] = True
    if out:
        out['sources'] = [source]
    return out


def walk_cfn(schema, node, path, table, source='CloudFormation schema'):
    if '$ref' in node:
        node = schema['definitions'][node['$ref'].split('/')[-1]]
    limits = cfn_limits(node, source)
    if limits:
        merge(table, path, limits)
    for name, child in node.get('properties', {}).items():
        walk_cfn(schema, child, f'{path}.{name}' if path else name, table, source)
    if 'items' in node:
        walk_cfn(schema, node['items'], f'{path}[]', table, source)
    for pattern, child in node.get('patternProperties', {}).items():
        merge(table, f'{path}{{key}}', {'patterns': [pattern], 'sources': [source]})
        walk_cfn(schema, child, f'{path}{{}}', table, source)


def merge(table, path, limits):
    entry = table.setdefault(path, {})
    for key, value in limits.items():
        if key in ('minLength', 'minimum', 'minItems'):
            entry[key] = max(entry.get(key, value), value)
        elif key in ('maxLength', 'maximum', 'maxItems'):
            entry[key] = min(entry.get(key, value), value)
        elif key == 'enum':
            entry[key] = [v for v in entry[key] if v in value] if key in entry else value
        elif key in ('patterns', 'sources'):
            entry[key] = entry.get(key, []) + [v for v in value if v not in entry.get(key, [])]
        else:
            entry[key] = value


def extract_resource(shapes, schema, request, members):
    """The limits of one resource around the pool: the listed members of its Create* request and of its schema."""
    table = {}
    api_members = shapes[request]['members']
    for member in members:
        if member in api_members:
            walk_api(shapes, api_members[member]['shape'], member, table)
        if member in schema['properties']:
            walk_cfn(schema, schema['properties'][member], member, table,
                     VENDORED_SOURCE if member in schema.get('vendored', []) else 'CloudFormation schema')
    return dict(sorted(table.items()))


def extract():
    shapes, schemas, versions = load_sources()
    schema = schemas['AWS::Cognito::UserPool']
    table = {}
    for member, spec in shapes['CreateUserPoolRequest']['members'].items():
        walk_api(shapes, spec['shape'], RENAMES.get(member, member), table)
    for (structure, member), members in NEWER_API_MEMBERS.items():
        if member not in shapes[structure]['members']:
            for name, shape_name in members.items():
                walk_api(shapes, shape_name, f'{NEWER_API_PATHS[structure]}.{member}.{name}', table)
    for cfn_name, (request, members) in EXTRA_API_MEMBERS.items():
        shape = shapes[request]
        for member in members:
            shape = shapes[shape['members'][member]['shape']]
            shape_name = [n for n, s in shapes.items() if s is shape][0]
        walk_api(shapes, shape_name, cfn_name, table)
    for name, node in schema['properties'].items():
        if name not in READ_ONLY:
            walk_cfn(schema, node, name, table)
    resources = {name: extract_resource(shapes, schemas[name], request, members)
                 for name, (request, members) in sorted(RESOURCES.items())}
    return dict(sorted(table.items())), resources, versions


def render_entry(path, entry, indent):
    fields = ', '.join(f'{key}: {json.dumps(entry[key], ensure_ascii=False)}' for key in
                       ('minLength', 'maxLength', 'patterns', 'enum', 'integer', 'minimum', 'maximum', 'minItems', 'maxItems', 'sources')
                       if key in entry)
    return f"{indent}'{path}': {{ {fields} }},"


def render_ts(table, resources, versions):
    lines = [
        f'// Generated by scripts/extract-constraints.py from {versions}.',
        '// Do not edit: run `npm run constraints` (CI fails when this file differs from a fresh extraction).',
        '',
        '/**',
        ' * The limits one property value of AWS::Cognito::UserPool (or of a resource around it) must meet, from the API model',
        ' * and the CloudFormation schema.',
        ' */',
        'export interface ApiConstraint {',
        '  readonly minLength?: number;',
        '  readonly maxLength?: number;',
        '  /** Patterns the whole value must match. */',
        '  readonly patterns?: readonly string[];',
        '  readonly enum?: readonly string[];',
        '  readonly integer?: boolean;',
        '  readonly minimum?: number;',
        '  readonly maximum?: number;',
        '  readonly minItems?: number;',
        '  readonly maxItems?: number;',
        '  /** Where each limit comes from. */',
        '  readonly sources: readonly string[];',
        '}',
        '',
        '/**',
        ' * Keyed by CloudFormation property path: `A.B` for nested properties, `A[]` for list items,',
        ' * `A{key}` and `A{}` for map keys and values.',
        ' */',
        'export const API_CONSTRAINTS: { readonly [path: string]: ApiConstraint } = {',
    ]
    for path, entry in table.items():
        lines.append(render_entry(path, entry, '  '))
    lines.append('};')
    lines += [
        '',
        '/**',
        ' * The resources around the pool, by CloudFormation type: the limits of the properties a user writes (names,',
        ' * identifiers, scopes, descriptions, precedence, URLs, provider details and attribute mappings), keyed as above.',
        ' */',
        'export const RESOURCE_CONSTRAINTS: { readonly [type: string]: { readonly [path: string]: ApiConstraint } } = {',
    ]
    for name, limits in resources.items():
        lines.append(f"  '{name}': {{")
        for path, entry in limits.items():
            lines.append(render_entry(path, entry, '    '))
        lines.append('  },')
    lines.append('};')
    return '\n'.join(lines) + '\n'


def main():
    check = '--check' in sys.argv[1:]
    table, resources, versions = extract()
    outputs = {TS_OUT: render_ts(table, resources, versions)}
    stale = []
    for path, text in outputs.items():
        current = open(path, encoding='utf-8').read() if os.path.exists(path) else None
        if current != text:
            stale.append(os.path.relpath(path, ROOT))
            if not check:
                with open(path, 'w', encoding='utf-8') as handle:
                    handle.write(text)
    if check and stale:
        print('extract-constraints: committed data differs from a fresh extraction: ' + ', '.join(stale)
              + '. Run `npm run constraints` and commit the result.', file=sys.stderr)
        sys.exit(1)
    print(f"extract-constraints: {len(table)} property paths of the pool and {sum(map(len, resources.values()))} of the resources "
          f"around it from {versions}"
          + (' (up to date)' if check else f" ({len(stale)} file(s) written)"))


if __name__ == '__main__':
    main()
