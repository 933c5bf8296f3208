import { FakeLockState, MAX_RUN_MS } from '../../emulator/lock';
import type { DocumentLock } from '../../src/server/services/lock';

function twoUsers(options: { maxHoldMs?: number } = {}) {
  const state = new FakeLockState(options);
  const alice: DocumentLock = state.lockFor('alice');
  const bob: DocumentLock = state.lockFor('bob');
  return { state, alice, bob };
}

describe('two runs contending for the document lock', () => {
  it('the first takes it; the second waits its timeout and gives up', () => {
    const { state, alice, bob } = twoUsers();
    expect(alice.tryLock(5_000)).toBe(true);
    expect(bob.tryLock(5_000)).toBe(false);
    expect(state.now).toBe(5_000);
    expect(state.holder).toBe('alice');
    expect(alice.hasLock()).toBe(true);
    expect(bob.hasLock()).toBe(false);
  });

  it('once released, the other takes it', () => {
    const { state, alice, bob } = twoUsers();
    alice.tryLock(5_000);
    alice.release();
    expect(alice.hasLock()).toBe(false);
    expect(bob.tryLock(0)).toBe(true);
    expect(state.holder).toBe('bob');
  });

  it('asking again while holding it succeeds at once', () => {
    const { state, alice } = twoUsers();
    alice.tryLock(1_000);
    expect(alice.tryLock(1_000)).toBe(true);
    expect(state.now).toBe(0);
  });

  it('releasing a lock one does not hold changes nothing', () => {
    const { state, alice, bob } = twoUsers();
    alice.tryLock(1_000);
    bob.release();
    expect(state.holder).toBe('alice');
  });

  it('when the holder’s run ends without releasing, the lock is free', () => {
    const { state, alice, bob } = twoUsers();
    alice.tryLock(1_000);
    state.endRun();
    expect(alice.hasLock()).toBe(false);
    expect(bob.tryLock(0)).toBe(true);
  });

  it('a holder whose run outlives the execution limit loses it', () => {
    const { state, alice, bob } = twoUsers();
    alice.tryLock(1_000);
    state.advance(MAX_RUN_MS - 1);
    expect(state.holder).toBe('alice');
    state.advance(1);
    expect(state.holder).toBeUndefined();
    expect(bob.tryLock(0)).toBe(true);
  });

  it('a wait that outlasts the holder’s run takes the lock when that run ends', () => {
    const { state, alice, bob } = twoUsers({ maxHoldMs: 10_000 });
    alice.tryLock(0);
    state.advance(8_000);
    expect(bob.tryLock(5_000)).toBe(true);
    // Bob got it when Alice's run ended, 2 seconds into his wait.
    expect(state.now).toBe(10_000);
    expect(state.holder).toBe('bob');
  });

  it('a negative or endless timeout is refused', () => {
    const { alice } = twoUsers();
    expect(() => alice.tryLock(-1)).toThrow('Invalid argument: timeoutInMillis');
    expect(() => alice.tryLock(Number.POSITIVE_INFINITY)).toThrow('Invalid argument: timeoutInMillis');
  });

  it('time only moves forward', () => {
    expect(() => new FakeLockState().advance(-5)).toThrow('Time only moves forward');
  });
});

describe('call counts', () => {
  it('each lock counts its own calls', () => {
    const state = new FakeLockState();
    const alice = state.lockFor('alice');
    const bob = state.lockFor('bob');
    alice.tryLock(0);
    bob.tryLock(0);
    bob.tryLock(0);
    alice.hasLock();
    alice.release();
    expect(alice.calls).toEqual({ tryLock: 1, hasLock: 1, release: 1 });
    expect(bob.calls).toEqual({ tryLock: 2, hasLock: 0, release: 0 });
    alice.resetCalls();
    expect(alice.calls).toEqual({ tryLock: 0, hasLock: 0, release: 0 });
  });
});
