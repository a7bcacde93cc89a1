import * as fs from 'node:fs';
import * as path from 'node:path';
import { Problems } from './checks/problems';
import { show } from './checks/show';
import { UserPoolValidationError } from './checks/validation-error';

/** Where managed login shows an image (API AssetType.Category). */
export enum BrandingAssetCategory {
  FAVICON_ICO = 'FAVICON_ICO',
  FAVICON_SVG = 'FAVICON_SVG',
  EMAIL_GRAPHIC = 'EMAIL_GRAPHIC',
  SMS_GRAPHIC = 'SMS_GRAPHIC',
  AUTH_APP_GRAPHIC = 'AUTH_APP_GRAPHIC',
  PASSWORD_GRAPHIC = 'PASSWORD_GRAPHIC',
  PASSKEY_GRAPHIC = 'PASSKEY_GRAPHIC',
  PAGE_HEADER_LOGO = 'PAGE_HEADER_LOGO',
  PAGE_HEADER_BACKGROUND = 'PAGE_HEADER_BACKGROUND',
  PAGE_FOOTER_LOGO = 'PAGE_FOOTER_LOGO',
  PAGE_FOOTER_BACKGROUND = 'PAGE_FOOTER_BACKGROUND',
  PAGE_BACKGROUND = 'PAGE_BACKGROUND',
  FORM_BACKGROUND = 'FORM_BACKGROUND',
  FORM_LOGO = 'FORM_LOGO',
  IDP_BUTTON_ICON = 'IDP_BUTTON_ICON',
}

/** The display mode an image is for (API AssetType.ColorMode). */
export enum BrandingColorMode {
  LIGHT = 'LIGHT',
  DARK = 'DARK',
  /** Both modes. */
  DYNAMIC = 'DYNAMIC',
}

/** The file types managed login takes (API AssetType.Extension), by file name extension. */
const EXTENSIONS: { readonly [suffix: string]: string } = { '.ico': 'ICO', '.jpg': 'JPEG', '.jpeg': 'JPEG', '.png': 'PNG', '.svg': 'SVG', '.webp': 'WEBP' };
/** AssetType.Bytes: "The image file, in Base64-encoded binary", at most 1,000,000 characters (CloudFormation reference). */
const MAX_BASE64 = 1_000_000;

/** Options of an image file for managed login. */
export interface BrandingAssetOptions {
  readonly category: BrandingAssetCategory;
  /** @default BrandingColorMode.DYNAMIC */
  readonly colorMode?: BrandingColorMode;
}

/**
 * An image of a managed login style (`AWS::Cognito::ManagedLoginBranding` `Assets`): a file read when the app is
 * built, with its type from its name. See docs/clients.md, "Managed login branding".
 */
export class BrandingAsset {
  /** An image file: .ico, .jpg/.jpeg, .png, .svg or .webp, at most 1,000,000 characters once Base64-encoded (about 750 KB). */
  public static fromFile(file: string, options: BrandingAssetOptions): BrandingAsset {
    const problems = new Problems();
    const extension = EXTENSIONS[path.extname(file).toLowerCase()];
    if (extension === undefined) {
      problems.add('brandingAsset', 'file', `a branding asset must be an .ico, .jpg, .jpeg, .png, .svg or .webp file, got ${show(file)}`);
    }
    let bytes: string | undefined;
    try {
      bytes = fs.readFileSync(file).toString('base64');
    } catch {
      problems.add('brandingAsset', 'file', `a branding asset must be a readable file, got ${show(file)}`);
    }
    if (bytes !== undefined && bytes.length > MAX_BASE64) {
      problems.add('brandingAsset', 'file', `a branding asset must be at most ${MAX_BASE64} characters Base64-encoded (about 750 KB), got ${bytes.length} for ${show(file)}`);
    }
    UserPoolValidationError.throwIfAny(undefined, problems.all);
    return new BrandingAsset(options.category, options.colorMode ?? BrandingColorMode.DYNAMIC, extension!, bytes!);
  }

  /** @internal */
  public readonly _category: BrandingAssetCategory;
  /** @internal */
  public readonly _colorMode: BrandingColorMode;
  /** @internal */
  public readonly _extension: string;
  /** @internal */
  public readonly _bytes: string;

  private constructor(category: BrandingAssetCategory, colorMode: BrandingColorMode, extension: string, bytes: string) {
    this._category = category;
    this._colorMode = colorMode;
    this._extension = extension;
    this._bytes = bytes;
  }
}

/** A managed login style of one app client: its settings document and images. */
export interface ManagedLoginBrandingOptions {
  /**
   * The settings document (JSON), as the managed login branding editor exports it: `categories`, `componentClasses`,
   * `components`. See docs/clients.md.
   * @default - Cognito's values for every setting not given
   */
  readonly settings?: { [key: string]: any };

  /**
   * Images, at most 40.
   * @default - none
   */
  readonly assets?: BrandingAsset[];
}
