import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamError } from '../errors';
import { createDemoTeam, DEMO_PEOPLE } from './demoTeam';
import { createMemoryAdapter, type MemoryAdapterOptions } from './memoryAdapter';
import { createMemoryStore } from './memoryStore';

const NOW = new Date('2026-06-01T09:00:00.000Z');

function adapterWith(options: Partial<MemoryAdapterOptions> = {}) {
  const store = createMemoryStore(createDemoTeam({ members: 12, now: NOW }), {
    now: () => NOW,
  });
  const adapter = createMemoryAdapter({
    store,
    actingAs: DEMO_PEOPLE.superAdmin,
    ...options,
  });
  return { store, adapter };
}

/** Whether a promise has settled after the microtasks queued so far. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('given no latency', () => {
  it('should still settle asynchronously, like a real backend', async () => {
    const { adapter } = adapterWith();
    let done = false;
    const call = adapter.getSeats().then(() => {
      done = true;
    });
    expect(done).toBe(false);
    await call;
    expect(done).toBe(true);
  });
});

describe('given a fixed latency', () => {
  it('should settle each call after that many milliseconds', async () => {
    vi.useFakeTimers();
    const { adapter } = adapterWith({ latency: 300 });

    const call = adapter.getSeats();

    await vi.advanceTimersByTimeAsync(299);
    expect(await settled(call)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(call)).toBe(true);
  });
});

describe('given a latency range', () => {
  it('should wait a random time between its bounds', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { adapter } = adapterWith({ latency: { min: 100, max: 300 } });

    const call = adapter.me();

    await vi.advanceTimersByTimeAsync(199);
    expect(await settled(call)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(call)).toBe(true);
  });

  it('should apply the delay before the change, so the store changes late', async () => {
    vi.useFakeTimers();
    const { adapter, store } = adapterWith({ latency: 50 });

    const call = adapter.setActive({ memberId: DEMO_PEOPLE.cs, active: false });

    const status = () => store.members.find((m) => m.id === DEMO_PEOPLE.cs)?.status;
    expect(status()).toBe('active');
    await vi.advanceTimersByTimeAsync(50);
    await call;
    expect(status()).toBe('inactive');
  });
});

describe('given a failure to inject', () => {
  it('should fail with the default message of a code', async () => {
    const { adapter } = adapterWith({ fail: () => 'network' });
    await expect(adapter.getSeats()).rejects.toEqual(new TeamError('network'));
  });

  it('should fail with a TeamError as given', async () => {
    const failure = new TeamError('rate_limited', 'Slow down.', { retryAfter: 2 });
    const { adapter } = adapterWith({ fail: () => failure });
    await expect(adapter.me()).rejects.toBe(failure);
  });

  it('should ask about each call with its method and input', async () => {
    const fail = vi.fn().mockReturnValue(undefined);
    const { adapter } = adapterWith({ fail });

    await adapter.changeRole({ memberId: DEMO_PEOPLE.cs, role: 'viewer' });
    await adapter.listGroups();

    expect(fail.mock.calls).toEqual([
      [{ method: 'changeRole', input: { memberId: DEMO_PEOPLE.cs, role: 'viewer' } }],
      [{ method: 'listGroups', input: undefined }],
    ]);
  });

  it('should fail only the calls it picks, changing nothing for them', async () => {
    const { adapter, store } = adapterWith({
      fail: ({ method }) => method === 'invite' && 'unknown',
    });
    const before = store.getSeats(DEMO_PEOPLE.superAdmin);

    await expect(
      adapter.invite({ email: 'x@example.com', role: 'cs' }),
    ).rejects.toMatchObject({
      code: 'unknown',
    });

    expect(await adapter.getSeats()).toEqual(before);
    expect(store.outbox).toEqual([]);
  });
});

describe('given the member it acts as', () => {
  it('should act with their rights', async () => {
    const { adapter } = adapterWith({ actingAs: DEMO_PEOPLE.viewer });
    await expect(
      adapter.invite({ email: 'x@example.com', role: 'cs' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('should refuse every call once they are deactivated', async () => {
    const { adapter, store } = adapterWith({ actingAs: DEMO_PEOPLE.cs });
    store.setActive(DEMO_PEOPLE.superAdmin, { memberId: DEMO_PEOPLE.cs, active: false });
    await expect(
      adapter.listMembers({ sort: 'name', order: 'asc', limit: 5 }),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('should refuse an id that names no member with unauthenticated', async () => {
    const { adapter } = adapterWith({ actingAs: 'mem_nobody' });
    await expect(adapter.me()).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('should serve the public invitation routes whoever it acts as', async () => {
    const { adapter, store } = adapterWith();
    await adapter.invite({ email: 'joiner@example.com', role: 'viewer' });
    const anonymous = createMemoryAdapter({ store, actingAs: 'mem_nobody' });

    const preview = await anonymous.previewInvitation({ token: store.outbox[0]!.token });

    expect(preview).toMatchObject({ email: 'joiner@example.com', role: 'viewer' });
  });
});

describe('given several adapters on one store', () => {
  it('should let each hear the changes the others make', async () => {
    const { store, adapter: owner } = adapterWith();
    const viewer = createMemoryAdapter({ store, actingAs: DEMO_PEOPLE.viewer });
    const heard = vi.fn();
    viewer.subscribe?.(heard);

    await owner.invite({ email: 'x@example.com', role: 'cs' });

    expect(heard).toHaveBeenCalledWith({ resources: ['invitations', 'seats'] });
    expect(await viewer.listInvitations()).toHaveLength(4);
  });
});
