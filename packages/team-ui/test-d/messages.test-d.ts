import type { Permission, RefusalCheck, Role, TeamErrorCode } from '@fiko/team-sdk';
import {
  defineMessages,
  en,
  type MessageOverrides,
  type Messages,
  mergeMessages,
  th,
} from '@fiko/team-ui';
import { describe, expectTypeOf, it } from 'vitest';

describe('given the message catalog', () => {
  it('should ship English and Thai as complete catalogs', () => {
    expectTypeOf(en).toEqualTypeOf<Messages>();
    expectTypeOf(th).toEqualTypeOf<Messages>();
  });

  it('should name every role, permission and error code, and nothing else', () => {
    expectTypeOf<keyof Messages['roles']>().toEqualTypeOf<Role>();
    expectTypeOf<keyof Messages['permissions']>().toEqualTypeOf<Permission>();
    expectTypeOf<keyof Messages['errors']>().toEqualTypeOf<TeamErrorCode>();
  });

  it('should word every check a validation refusal can name, so none falls back to English', () => {
    expectTypeOf<keyof Messages['refusals']>().toEqualTypeOf<RefusalCheck>();
  });

  it('should keep messages with values as functions, so translations can reorder words', () => {
    expectTypeOf(en.seats.used).toEqualTypeOf<(used: number, limit: number) => string>();
    expectTypeOf(en.table.joined).toEqualTypeOf<(date: string) => string>();
  });
});

describe('given host overrides', () => {
  it('should accept any part of the catalog, down to one role name', () => {
    const overrides = defineMessages({ roles: { cs: 'Agent' } });
    expectTypeOf(overrides).toExtend<MessageOverrides>();
    expectTypeOf(mergeMessages(en, overrides)).toEqualTypeOf<Messages>();
  });

  it('should reject unknown keys and wrong signatures', () => {
    // @ts-expect-error no such role
    defineMessages({ roles: { owner: 'Owner' } });
    // @ts-expect-error no such section
    defineMessages({ footer: { text: 'x' } });
    // @ts-expect-error seat usage is a function of the numbers
    defineMessages({ seats: { used: 'seats used' } });
    // @ts-expect-error no such error code
    defineMessages({ errors: { no_seat: 'No seat' } });
    // @ts-expect-error a misspelt role beside a correct one
    defineMessages({ roles: { cs: 'Agent', agnet: 'Agent' } });
    // @ts-expect-error a misspelt section beside a correct one
    defineMessages({ role: { cs: 'Agent' }, seats: { addSeats: 'Buy seats' } });
  });
});
