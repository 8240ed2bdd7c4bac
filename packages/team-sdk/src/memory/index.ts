export { createDemoTeam, DEMO_PEOPLE, type DemoTeamOptions } from './demoTeam';
export {
  createMemoryAdapter,
  type InjectedFailure,
  type MemoryAdapterOptions,
} from './memoryAdapter';
export {
  createMemoryStore,
  type MemoryStore,
  type MemoryStoreOptions,
  type OutboxEmail,
  type StoredInvitation,
  type StoredMember,
  type TeamSeed,
} from './memoryStore';
