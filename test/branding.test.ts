import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ManagedLoginVersion } from 'aws-cdk-lib/aws-cognito';
import { BrandingAsset, BrandingAssetCategory, BrandingColorMode, UserPool, UserPoolClient } from '../src';
import { checkedTemplate, newStack, synthProblems } from './util';

// A client's own managed login style (AWS::Cognito::ManagedLoginBranding): a settings document and image files.

const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'branding-'));
afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));
function file(name: string, bytes: number): string {
  const p = path.join(DIR, name);
  fs.writeFileSync(p, Buffer.alloc(bytes, 7));
  return p;
}
const oAuth = { callbackUrls: ['https://app.example.com/callback'] };
const SETTINGS = { components: { pageBackground: { lightMode: { color: 'ffffffff' } } } };

describe('managedLoginBranding', () => {
  test('renders the settings and each image (category, color mode, type from the file name, Base64 bytes); no default style for it', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    pool.addDomain('Domain', { cognitoDomain: { domainPrefix: 'my-login' }, managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN });
    const logo = file('logo.png', 10);
    const web = new UserPoolClient(stack, 'Web', {
      userPool: pool,
      oAuth,
      managedLoginBranding: {
        settings: SETTINGS,
        assets: [
          BrandingAsset.fromFile(logo, { category: BrandingAssetCategory.FORM_LOGO }),
          BrandingAsset.fromFile(file('icon.ICO', 4), { category: BrandingAssetCategory.FAVICON_ICO, colorMode: BrandingColorMode.LIGHT }),
        ],
      },
    });
    const brandings = Object.values(checkedTemplate(stack).findResources('AWS::Cognito::ManagedLoginBranding'));
    expect(brandings).toEqual([{
      Type: 'AWS::Cognito::ManagedLoginBranding',
      Properties: {
        UserPoolId: stack.resolve(pool.userPoolId),
        ClientId: stack.resolve(web.userPoolClientId),
        Settings: SETTINGS,
        Assets: [
          { Category: 'FORM_LOGO', ColorMode: 'DYNAMIC', Extension: 'PNG', Bytes: fs.readFileSync(logo).toString('base64') },
          { Category: 'FAVICON_ICO', ColorMode: 'LIGHT', Extension: 'ICO', Bytes: Buffer.alloc(4, 7).toString('base64') },
        ],
      },
    }]);
  });

  test('a file of another type, a missing file, or an image over 1,000,000 Base64 characters is refused at once', () => {
    const category = BrandingAssetCategory.PAGE_BACKGROUND;
    expect(() => BrandingAsset.fromFile(file('a.gif', 3), { category }))
      .toThrow(/a branding asset must be an .ico, .jpg, .jpeg, .png, .svg or .webp file, got ".*a.gif" \[cdk-secure-user-pool:brandingAsset\]/);
    expect(() => BrandingAsset.fromFile(path.join(DIR, 'missing.png'), { category })).toThrow(/a branding asset must be a readable file/);
    expect(() => BrandingAsset.fromFile(file('big.jpg', 750_001), { category }))
      .toThrow(/a branding asset must be at most 1000000 characters Base64-encoded \(about 750 KB\), got 1000004/);
    expect(() => BrandingAsset.fromFile(file('edge.webp', 750_000), { category })).not.toThrow();
    expect(() => BrandingAsset.fromFile(file('logo.svg', 10), { category: BrandingAssetCategory.FAVICON_SVG })).not.toThrow();
  });

  test('more than 40 images, or settings and images over the 2 MB request, are reported at synth; 40 are accepted', () => {
    const stack = newStack();
    const pool = new UserPool(stack, 'Pool');
    const small = BrandingAsset.fromFile(file('s.png', 3), { category: BrandingAssetCategory.IDP_BUTTON_ICON });
    const big = BrandingAsset.fromFile(file('b.png', 700_000), { category: BrandingAssetCategory.PAGE_BACKGROUND });
    new UserPoolClient(stack, 'Forty', { userPool: pool, oAuth, managedLoginBranding: { assets: Array(40).fill(small) } });
    new UserPoolClient(stack, 'Many', { userPool: pool, oAuth, managedLoginBranding: { assets: Array(41).fill(small) } });
    new UserPoolClient(stack, 'Heavy', { userPool: pool, oAuth, managedLoginBranding: { assets: [big, big, big] } });
    expect(synthProblems(stack)).toEqual([
      expect.stringMatching(/^\[Stack\/Many\] managedLoginBranding.assets may hold at most 40 images, got 41 .*brandingRequest\]$/),
      expect.stringMatching(/^\[Stack\/Heavy\] managedLoginBranding must fit Cognito's 2 MB request with its settings and images, got 2\.\d MB/),
    ]);
  });
});
