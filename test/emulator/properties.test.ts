import {
  FakeProperties,
  MAX_STORE_BYTES,
  MAX_VALUE_BYTES,
  STORE_FULL_MESSAGE,
  VALUE_TOO_LARGE_MESSAGE,
} from '../../emulator/properties';
import { type PropertyStore, readJson, writeJson } from '../../src/server/services/properties';

describe('values by key', () => {
  it('are set, read, listed and deleted; a missing key reads as undefined', () => {
    const store: PropertyStore = new FakeProperties();
    expect(store.get('batch')).toBeUndefined();
    store.set('batch', '{"next":3}');
    store.set('folder', 'https://drive.google.com/drive/folders/abc');
    expect(store.get('batch')).toBe('{"next":3}');
    expect(store.keys().sort()).toEqual(['batch', 'folder']);
    store.delete('batch');
    store.delete('never-set');
    expect(store.get('batch')).toBeUndefined();
    expect(store.keys()).toEqual(['folder']);
  });

  it('start from what they are given', () => {
    const store = new FakeProperties({ b: '2', a: '1' });
    expect(store.snapshot()).toEqual({ a: '1', b: '2' });
    expect(JSON.stringify(store)).toBe('{"a":"1","b":"2"}');
  });

  it('an empty key is refused', () => {
    expect(() => new FakeProperties().set('', 'x')).toThrow('Invalid argument: key');
  });
});

describe('the service’s limits, in UTF-8 bytes', () => {
  it('a value may hold 9 KB and no more; Thai letters count 3 bytes each', () => {
    const store = new FakeProperties();
    store.set('ascii', 'a'.repeat(MAX_VALUE_BYTES));
    store.set('thai', 'ก'.repeat(MAX_VALUE_BYTES / 3));
    expect(() => store.set('too-long', 'a'.repeat(MAX_VALUE_BYTES + 1))).toThrow(VALUE_TOO_LARGE_MESSAGE);
    expect(() => store.set('thai', 'ก'.repeat(MAX_VALUE_BYTES / 3 + 1))).toThrow(VALUE_TOO_LARGE_MESSAGE);
    // A refused write stores nothing.
    expect(store.get('too-long')).toBeUndefined();
    expect(store.get('thai')).toBe('ก'.repeat(MAX_VALUE_BYTES / 3));
  });

  it('the whole store holds 500 KB of keys and values; a write past it is refused whole', () => {
    const store = new FakeProperties();
    const value = 'x'.repeat(MAX_VALUE_BYTES);
    let index = 0;
    while (store.bytes + 10 + MAX_VALUE_BYTES <= MAX_STORE_BYTES)
      store.set(`key-${String(index++).padStart(5, '0')}`, value);
    const before = store.snapshot();
    expect(() => store.set('one-more-key', value)).toThrow(STORE_FULL_MESSAGE);
    expect(store.snapshot()).toEqual(before);
  });

  it('replacing a value counts the new one instead of the old, not on top of it', () => {
    const store = new FakeProperties();
    const value = 'x'.repeat(MAX_VALUE_BYTES);
    let index = 0;
    while (store.bytes + 10 + MAX_VALUE_BYTES <= MAX_STORE_BYTES)
      store.set(`key-${String(index++).padStart(5, '0')}`, value);
    expect(() => store.set('key-00000', value)).not.toThrow();
    store.delete('key-00000');
    expect(() => store.set('one-more-key', value)).not.toThrow();
  });
});

describe('JSON helpers', () => {
  it('write JSON and read it back', () => {
    const store = new FakeProperties();
    writeJson(store, 'batch', { round: 2, done: ['กองคลัง'], next: 1 });
    expect(store.get('batch')).toBe('{"round":2,"done":["กองคลัง"],"next":1}');
    expect(readJson<{ round: number }>(store, 'batch')).toEqual({ round: 2, done: ['กองคลัง'], next: 1 });
  });

  it('a missing key or text that is not JSON reads as undefined', () => {
    const store = new FakeProperties({ broken: '{"round":' });
    expect(readJson(store, 'missing')).toBeUndefined();
    expect(readJson(store, 'broken')).toBeUndefined();
  });

  it('a value JSON cannot hold is refused', () => {
    expect(() => writeJson(new FakeProperties(), 'x', undefined)).toThrow('Cannot store undefined as JSON');
  });

  it('a JSON value over the limit throws the service’s message', () => {
    expect(() => writeJson(new FakeProperties(), 'x', { text: 'ก'.repeat(4000) })).toThrow(
      VALUE_TOO_LARGE_MESSAGE,
    );
  });
});

describe('call counts', () => {
  it('every call of the interface is counted; reading the state back is not', () => {
    const store = new FakeProperties({ a: '1' });
    store.get('a');
    store.get('b');
    store.set('b', '2');
    store.keys();
    store.delete('a');
    void store.bytes;
    store.snapshot();
    expect(store.calls).toEqual({ get: 2, set: 1, delete: 1, keys: 1 });
    store.resetCalls();
    expect(store.calls).toEqual({ get: 0, set: 0, delete: 0, keys: 0 });
  });
});
