export {
  CONFORMANCE_GROUPS,
  CONFORMANCE_INVITATIONS,
  CONFORMANCE_PEOPLE,
  type ConformanceSeedOptions,
  conformanceSeed,
} from './conformanceSeed';
export type { ConformanceBackend, ConformanceOptions, TeamSnapshot } from './harness';
export { runConformanceSuite } from './runConformanceSuite';
