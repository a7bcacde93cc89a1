import type { StandardAttributes } from '../attributes';

/** CloudFormation names and data types of the standard attributes. */
export const STANDARD_ATTRIBUTES: { readonly [K in keyof StandardAttributes]-?: { readonly name: string; readonly type: string } } = {
  address: { name: 'address', type: 'String' },
  birthdate: { name: 'birthdate', type: 'String' },
  email: { name: 'email', type: 'String' },
  familyName: { name: 'family_name', type: 'String' },
  gender: { name: 'gender', type: 'String' },
  givenName: { name: 'given_name', type: 'String' },
  locale: { name: 'locale', type: 'String' },
  middleName: { name: 'middle_name', type: 'String' },
  fullname: { name: 'name', type: 'String' },
  nickname: { name: 'nickname', type: 'String' },
  phoneNumber: { name: 'phone_number', type: 'String' },
  profilePicture: { name: 'picture', type: 'String' },
  preferredUsername: { name: 'preferred_username', type: 'String' },
  profilePage: { name: 'profile', type: 'String' },
  timezone: { name: 'zoneinfo', type: 'String' },
  lastUpdateTime: { name: 'updated_at', type: 'Number' },
  website: { name: 'website', type: 'String' },
};
