import { BooleanAttribute, DateTimeAttribute, NumberAttribute, StringAttribute } from '../src';
import { newStack, numberToken } from './util';

describe('custom attributes', () => {
  test('bind() renders type, constraints and mutability', () => {
    expect(new StringAttribute({ minLen: 0, maxLen: 2048, mutable: false }).bind())
      .toEqual({ dataType: 'String', stringConstraints: { minLen: 0, maxLen: 2048 }, mutable: false });
    expect(new StringAttribute().bind()).toEqual({ dataType: 'String', stringConstraints: undefined, mutable: undefined });
    expect(new NumberAttribute({ min: -5, max: 5 }).bind()).toEqual({ dataType: 'Number', numberConstraints: { min: -5, max: 5 }, mutable: undefined });
    expect(new BooleanAttribute({ mutable: true }).bind()).toEqual({ dataType: 'Boolean', mutable: true });
    expect(new DateTimeAttribute().bind()).toEqual({ dataType: 'DateTime', mutable: undefined });
  });

  test.each([
    [() => new StringAttribute({ maxLen: 2049 }), /StringAttribute maxLen must be a whole number from 0 to 2048, got 2049/],
    [() => new StringAttribute({ minLen: -1 }), /StringAttribute minLen must be a whole number from 0 to 2048, got -1/],
    [() => new StringAttribute({ minLen: 1.5 }), /StringAttribute minLen must be a whole number/],
    [() => new StringAttribute({ minLen: 10, maxLen: 5 }), /the minimum \(10\) must not exceed the maximum \(5\)/],
    [() => new NumberAttribute({ min: 3, max: 2 }), /NumberAttribute min\/max: the minimum \(3\) must not exceed the maximum \(2\)/],
    [() => new NumberAttribute({ max: Infinity }), /NumberAttribute max must be a finite number, got Infinity/],
  ])('rejects bad constraints (%#)', (build, message) => {
    expect(build).toThrow(message);
  });

  test('accepts equal bounds and tokens', () => {
    expect(() => new StringAttribute({ minLen: 5, maxLen: 5 })).not.toThrow();
    expect(() => new NumberAttribute({ min: 2, max: 2 })).not.toThrow();
    const stack = newStack();
    expect(() => new StringAttribute({ minLen: numberToken(stack, 'A'), maxLen: 1 })).not.toThrow();
    expect(() => new NumberAttribute({ min: 5, max: numberToken(stack, 'B') })).not.toThrow();
  });
});
