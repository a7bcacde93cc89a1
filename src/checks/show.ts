/** Strings longer than this are shortened in messages. */
const MAX_SHOWN = 60;

/**
 * Renders a value for a message: strings quoted and shortened when long (or plain, for the CLI's before → after
 * lines), lists item by item, structs as JSON. No imports, so the CLI can use it without aws-cdk-lib.
 */
export function show(value: unknown, quote = true): string {
  if (typeof value === 'string') {
    const text = quote && value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}… (${value.length} characters)` : value;
    return quote ? JSON.stringify(text) : text;
  }
  if (Array.isArray(value)) { return `[${value.map((item) => show(item, quote)).join(', ')}]`; }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/** The name a user writes for an enum value (`Mfa.REQUIRED` for `ON`), or the value when it has none. */
export function nameIn(enumObject: Record<string, unknown>, value: unknown): string {
  return Object.entries(enumObject).find(([, v]) => v === value)?.[0] ?? String(value);
}
