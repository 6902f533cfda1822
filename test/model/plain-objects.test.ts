import { describe, expect, it } from 'vitest';
import { Issues } from '../../src/model/issues.js';
import { isPlainObject, prototypePolluted, readArray, readRecord } from '../../src/model/plain-objects.js';

describe('reading untrusted objects', () => {
  it('isPlainObject: an object literal or a null-prototype object, nothing else', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    for (const no of [null, undefined, 1, 'x', [], [1], new Date(0), new Map(), Object.create({}), () => 1]) {
      expect(isPlainObject(no), String(no)).toBe(false);
    }
  });

  it('prototypePolluted: only when something enumerable was added to Object.prototype', () => {
    expect(prototypePolluted()).toBe(false);
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.polluted = 1;
      expect(prototypePolluted()).toBe(true);
    } finally {
      delete proto.polluted;
    }
    expect(prototypePolluted()).toBe(false);
  });

  it('readRecord copies the named fields into an object without a prototype, and says why it cannot', () => {
    const issues = new Issues();
    const copy = readRecord({ id: 'H1', extra: 2 }, 'household', ['id', 'region'], issues);
    expect(issues.list).toEqual([]);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect({ ...copy }).toEqual({ id: 'H1', region: undefined });
    expect(readRecord(undefined, 'household', ['id'], issues)).toBeUndefined();
    expect(readRecord([], 'loan', ['id'], issues)).toBeUndefined();
    expect(issues.list).toEqual([
      { path: 'household', code: 'required', message: 'is required' },
      { path: 'loan', code: 'type', message: 'must be a plain object' },
    ]);
  });

  it('readRecord lists other keys without reading them when asked, and reports a getter that throws', () => {
    const issues = new Issues();
    let read = false;
    const value = Object.defineProperties(
      { id: 'L1' },
      {
        secret: { enumerable: true, get: () => ((read = true), 1) },
        amount: {
          enumerable: true,
          get: () => {
            throw new Error('boom');
          },
        },
      },
    );
    const copy = readRecord(value, 'loan', ['id', 'amount'], issues, true)!;
    expect(read).toBe(false);
    expect(Object.keys(copy).sort()).toEqual(['amount', 'id', 'secret']);
    expect(copy.id).toBe('L1');
    expect(copy.secret).toBeUndefined();
    expect(issues.list).toEqual([{ path: 'loan.amount', code: 'type', message: 'could not be read (its getter threw)' }]);
    // Without otherKeys, only the named fields.
    expect(Object.keys(readRecord({ id: 'L1', x: 1 }, 'loan', ['id'], new Issues())!)).toEqual(['id']);
  });

  it('readRecord and readArray report a proxy that throws as unreadable, never throwing themselves', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    const issues = new Issues();
    expect(readRecord(hostile, 'policy', ['a'], issues)).toBeUndefined();
    expect(issues.list).toEqual([{ path: 'policy', code: 'type', message: 'could not be inspected' }]);
    const keysThrow = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    const more = new Issues();
    expect(readRecord(keysThrow, 'policy', ['a'], more, true)).toBeDefined();
    expect(more.list).toEqual([{ path: 'policy', code: 'type', message: 'could not be read' }]);
    const arrays = new Issues();
    const badArray = new Proxy([1, 2], {
      get: () => {
        throw new Error('trap');
      },
    });
    expect(readArray(badArray, 'loans', arrays)).toBeUndefined();
    expect(arrays.list).toEqual([{ path: 'loans', code: 'type', message: 'could not be read' }]);
  });

  it('readArray copies the elements, and says whether a missing or a wrong value was given', () => {
    const issues = new Issues();
    const source = [1, 'a'];
    const copy = readArray(source, 'loans', issues)!;
    expect(copy).toEqual([1, 'a']);
    expect(copy).not.toBe(source);
    expect(readArray(null, 'loans', issues)).toBeUndefined();
    expect(readArray({ length: 1 }, 'loans', issues)).toBeUndefined();
    expect(issues.list).toEqual([
      { path: 'loans', code: 'required', message: 'must be an array' },
      { path: 'loans', code: 'type', message: 'must be an array' },
    ]);
  });
});
