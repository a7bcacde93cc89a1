import { show } from '../../src/checks/show';

describe('show', () => {
  test('messages quote strings and shorten long ones; the CLI shows them plain and whole', () => {
    expect(show('abc')).toBe('"abc"');
    expect(show('x'.repeat(61))).toBe(`"${'x'.repeat(60)}… (61 characters)"`);
    expect(show('abc', false)).toBe('abc');
    expect(show('x'.repeat(61), false)).toBe('x'.repeat(61));
  });

  test('lists item by item, structs as JSON, the rest as text', () => {
    expect(show(['a', 'b'])).toBe('["a", "b"]');
    expect(show(['a', 'b'], false)).toBe('[a, b]');
    expect(show({ a: 1 })).toBe('{"a":1}');
    expect(show(3)).toBe('3');
    expect(show(undefined)).toBe('undefined');
    expect(show(null)).toBe('null');
  });
});
