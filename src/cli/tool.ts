import * as fs from 'node:fs';
import * as path from 'node:path';

/** The CLI as it names itself in machine-readable output. */
export interface Tool {
  readonly name: string;
  readonly version: string;
  /** The repository's web address. */
  readonly informationUri: string;
}

const REPOSITORY = 'https://github.com/cdk-secure-user-pool/cdk-secure-user-pool';

/**
 * Read from the package's package.json at run time: two directories up from this file, both compiled (lib/cli)
 * and from the sources (src/cli, under ts-node or jest).
 */
export function toolInfo(): Tool {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf-8')) as
      { name?: string; version?: string; repository?: { url?: string } | string };
    const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    return {
      name: pkg.name ?? 'cdk-secure-user-pool',
      version: pkg.version ?? 'unknown',
      informationUri: url ? url.replace(/^git\+/, '').replace(/\.git$/, '') : REPOSITORY,
    };
  } catch {
    return { name: 'cdk-secure-user-pool', version: 'unknown', informationUri: REPOSITORY };
  }
}
