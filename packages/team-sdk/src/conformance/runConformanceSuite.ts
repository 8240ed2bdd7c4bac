import { describe } from 'vitest';
import { groupScenarios } from './groupScenarios';
import { type ConformanceOptions, createHarness } from './harness';
import { invitationScenarios } from './invitationScenarios';
import { listScenarios } from './listScenarios';
import { memberScenarios } from './memberScenarios';
import { permissionScenarios } from './permissionScenarios';

/**
 * Registers the adapter conformance scenarios with vitest: every rule of the
 * team, tried through `createTeamClient` on a fresh backend per scenario.
 * Call it at the top level of a test file.
 */
export function runConformanceSuite(options: ConformanceOptions): void {
  describe(`${options.name} conformance`, () => {
    const harness = createHarness(options);

    invitationScenarios(harness);
    memberScenarios(harness);
    permissionScenarios(harness);
    groupScenarios(harness);
    listScenarios(harness);
  });
}
