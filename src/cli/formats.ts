/**
 * `report` for machines: a versioned JSON document (docs/immutability.md documents it) and SARIF 2.1.0 for code
 * scanning (GitHub's required subset: rules with descriptions and help, results with a message, a location with an
 * artifact URI and a full region, and a fingerprint).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nameOf } from './pools';
import { allChecks, type Check, type PoolReport, summaryOf } from './report';
import type { Tool } from './tool';

/** Changes only with an incompatible change of the document: a field removed, renamed or given another meaning. */
export const SCHEMA_VERSION = 1;

export function formatJson(reports: readonly PoolReport[], tool: Tool): string {
  return JSON.stringify({
    schemaVersion: SCHEMA_VERSION,
    tool: tool.name,
    toolVersion: tool.version,
    pools: reports.map(({ pool, checks, defaults, clients }) => ({
      stack: pool.stack,
      logicalId: pool.logicalId,
      ...(pool.record.constructPath ? { constructPath: pool.record.constructPath } : {}),
      templateFile: pool.file,
      secureUserPool: pool.secureUserPool,
      ...(defaults ? { defaults } : {}),
      checks,
      clients: clients.map(({ client, checks: clientChecks }) => ({ logicalId: client.logicalId, checks: clientChecks })),
    })),
    summary: summaryOf(reports),
  }, null, 2);
}

const SCOPES = {
  pool: { what: 'user pool', a: 'a user pool', against: 'cdk-nag AwsSolutions, AWS Security Hub, Prowler and AWS guidance' },
  client: { what: 'app client', a: 'an app client', against: 'Prowler\'s app client checks and RFC 9700 (OAuth 2.0 security best current practice)' },
};

/** A template file as a SARIF artifact URI: relative to the working directory, with forward slashes, when under it. */
export function artifactUri(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : pathToFileURL(absolute).href;
}

/** The key of a resource in the template's text (`"PoolD3F588B8": {`), as a SARIF region; none when the file can't be read. */
function regionOf(file: string, logicalId: string, texts: Map<string, string | undefined>): Record<string, number> | undefined {
  if (!texts.has(file)) {
    try {
      texts.set(file, fs.readFileSync(file, 'utf-8'));
    } catch {
      texts.set(file, undefined);
    }
  }
  const text = texts.get(file);
  const key = new RegExp(`"${logicalId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:\\s*\\{`, 'g');
  key.lastIndex = Math.max(0, text?.indexOf('"Resources"') ?? 0);
  const match = text === undefined ? null : key.exec(text);
  if (!match) { return undefined; }
  const before = text!.slice(0, match.index);
  const startLine = before.split('\n').length;
  const startColumn = match.index - before.lastIndexOf('\n');
  return { startLine, startColumn, endLine: startLine, endColumn: startColumn + logicalId.length + 2 };
}

export function formatSarif(reports: readonly PoolReport[], tool: Tool, cwd: string): string {
  const helpUri = `${tool.informationUri}/blob/main/docs/immutability.md#report-checks`;
  const rules = allChecks().map((check) => {
    const scope = SCOPES[check.id.startsWith('client.') ? 'client' : 'pool'];
    return {
      id: check.id,
      name: check.id,
      shortDescription: { text: `${scope.what} ${check.setting}` },
      fullDescription: { text: `The ${check.setting} of ${scope.a}, with a verdict against ${scope.against}. A result names the rules it fails.` },
      help: { text: `cdk-secure-user-pool report checks the ${check.setting} of each ${scope.what}. The checks, and the props that fix them: ${helpUri}` },
      helpUri,
      properties: { tags: ['security', 'cognito'] },
    };
  });
  const texts = new Map<string, string | undefined>();
  const resultOf = (check: Check, report: PoolReport, logicalId: string, subject: string, fullyQualifiedName: string) => {
    const region = regionOf(report.pool.file, logicalId, texts);
    return {
      ruleId: check.id,
      level: check.verdict === 'FAIL' ? 'error' : 'warning',
      message: { text: `${subject}: ${check.setting} is ${check.value} (${check.rules}).` },
      locations: [{
        physicalLocation: { artifactLocation: { uri: artifactUri(report.pool.file, cwd) }, ...(region ? { region } : {}) },
        logicalLocations: [{ name: logicalId, fullyQualifiedName, kind: 'resource' }],
      }],
      // The identity of the finding, which line numbers of a regenerated template are not.
      partialFingerprints: { primaryLocationLineHash: `${createHash('sha256').update(`${check.id}|${report.pool.stack}|${logicalId}`).digest('hex').slice(0, 16)}:1` },
    };
  };
  const flagged = (check: Check) => check.verdict === 'FAIL' || check.verdict === 'WARN';
  const results = reports.flatMap((report) => {
    const { pool } = report;
    return [
      ...report.checks.filter(flagged).map((check) => resultOf(check, report, pool.logicalId, nameOf(pool), pool.record.constructPath ?? `${pool.stack}/${pool.logicalId}`)),
      ...report.clients.flatMap(({ client, checks }) => checks.filter(flagged).map((check) =>
        resultOf(check, report, client.logicalId, `${nameOf(pool)} app client ${client.logicalId}`, `${pool.stack}/${client.logicalId}`))),
    ];
  });
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: tool.name, informationUri: tool.informationUri, version: tool.version, rules } }, results }],
  }, null, 2);
}
