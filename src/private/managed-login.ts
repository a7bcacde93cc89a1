import type { ManagedLoginBrandingOptions } from '../branding';
import type { Problems } from '../checks/problems';

/**
 * A client's own managed login style (`AWS::Cognito::ManagedLoginBranding`): check the request and render it. Pure.
 * docs/clients.md, "Managed login branding", gives the sources.
 */

/** CloudFormation reference: `Assets` "Maximum: 40"; the operation's "2-megabyte request-size limit". */
const MAX_ASSETS = 40;
const MAX_REQUEST = 2 * 1024 * 1024;


/** The branding's properties but the pool and client ids. */
export function compileBranding(problems: Problems, branding: ManagedLoginBrandingOptions): Record<string, unknown> {
  const assets = (branding.assets ?? []).map((asset) => ({
    category: asset._category, colorMode: asset._colorMode, extension: asset._extension, bytes: asset._bytes,
  }));
  if (assets.length > MAX_ASSETS) {
    problems.add('brandingRequest', 'managedLoginBranding.assets', `managedLoginBranding.assets may hold at most ${MAX_ASSETS} images, got ${assets.length}`);
  }
  const size = Buffer.byteLength(JSON.stringify({ settings: branding.settings ?? {}, assets }), 'utf-8');
  if (size > MAX_REQUEST) {
    problems.add('brandingRequest', 'managedLoginBranding', 'managedLoginBranding must fit Cognito\'s 2 MB request with its settings and images, got '
      + `${(size / 1024 / 1024).toFixed(1)} MB: use fewer or smaller images`);
  }
  return { settings: branding.settings, assets: assets.length > 0 ? assets : undefined };
}
