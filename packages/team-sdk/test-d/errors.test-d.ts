import { type TEAM_ERROR_CODES, TeamError, type TeamErrorCode } from '@fiko/team-sdk';
import { TeamError as RulesTeamError } from '@fiko/team-sdk/rules';
import { describe, expectTypeOf, it } from 'vitest';

declare const thrown: unknown;

describe('given an unknown thrown value', () => {
  it('should narrow to a TeamError with any code when no code is given', () => {
    if (TeamError.is(thrown)) {
      expectTypeOf(thrown).toExtend<TeamError>();
      expectTypeOf(thrown.code).toEqualTypeOf<TeamErrorCode>();
    }
  });

  it('should narrow the code to the one asked for', () => {
    if (TeamError.is(thrown, 'no_seats')) {
      expectTypeOf(thrown.code).toEqualTypeOf<'no_seats'>();
    }
  });

  it('should narrow the code to the union of the codes asked for', () => {
    if (TeamError.is(thrown, 'already_member', 'already_invited')) {
      expectTypeOf(thrown.code).toEqualTypeOf<'already_member' | 'already_invited'>();
      expectTypeOf(thrown.fields).toEqualTypeOf<Record<string, string> | undefined>();
    }
  });

  it('should refuse codes that do not exist', () => {
    // @ts-expect-error not a TeamErrorCode
    TeamError.is(thrown, 'no_seat');
  });
});

describe('given the code list', () => {
  it('should be the same closed union as TeamErrorCode', () => {
    expectTypeOf<(typeof TEAM_ERROR_CODES)[number]>().toEqualTypeOf<TeamErrorCode>();
    expectTypeOf<'no_seats'>().toExtend<TeamErrorCode>();
    expectTypeOf<'teapot'>().not.toExtend<TeamErrorCode>();
  });

  it('should be one TeamError class whichever subpath exports it', () => {
    expectTypeOf(RulesTeamError).toEqualTypeOf(TeamError);
  });
});

describe('given a TeamError', () => {
  it('should serialise to the wire body', () => {
    const error = new TeamError('conflict');
    expectTypeOf(error.toJSON()).toEqualTypeOf<{
      code: TeamErrorCode;
      message: string;
      fields?: Record<string, string>;
    }>();
    expectTypeOf(TeamError.from).returns.toEqualTypeOf<TeamError>();
  });
});
