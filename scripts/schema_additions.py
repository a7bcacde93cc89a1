"""Properties newer than cfn-lint's bundled CloudFormation schemas, vendored in scripts/schema-additions/ (one file per
type, each citing its sources), merged into cfn-lint's schema of the type. Used by lint-templates.py (so the templates'
newer properties are validated, not rejected or skipped) and extract-constraints.py (so their limits are generated).
A definition, property or member cfn-lint's schema already has wins: a newer cfn-lint takes over by itself.
"""
import json
import os

ADDITIONS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'schema-additions')


def additions():
    """The vendored additions, by CloudFormation type."""
    found = {}
    for name in sorted(os.listdir(ADDITIONS_DIR)):
        with open(os.path.join(ADDITIONS_DIR, name), encoding='utf-8') as handle:
            addition = json.load(handle)
        found[addition['typeName']] = addition
    return found


def merged(schema, addition):
    """A copy of `schema` with the addition's definitions and properties added where the schema has none."""
    schema = json.loads(json.dumps(schema))
    definitions = schema.setdefault('definitions', {})
    for name, definition in addition.get('definitions', {}).items():
        if name not in definitions:
            definitions[name] = definition
        else:
            members = definitions[name].setdefault('properties', {})
            for member, spec in definition.get('properties', {}).items():
                members.setdefault(member, spec)
    for name, spec in addition.get('properties', {}).items():
        schema['properties'].setdefault(name, spec)
    return schema
