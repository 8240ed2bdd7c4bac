import { createMemoryAdapter, createMemoryStore } from '../memory';
import { runConformanceSuite } from './index';

runConformanceSuite({
  name: 'memory adapter',
  async createBackend(seed) {
    let offset = 0;
    const store = createMemoryStore(seed, { now: () => new Date(Date.now() + offset) });

    return {
      adapterFor: (memberId) => createMemoryAdapter({ store, actingAs: memberId }),
      // The public routes need no actor; any id will do, and none is used.
      publicAdapter: () => createMemoryAdapter({ store, actingAs: 'mem_public' }),
      outbox: async () => store.outbox,
      advanceClock(ms) {
        offset += ms;
      },
    };
  },
});
