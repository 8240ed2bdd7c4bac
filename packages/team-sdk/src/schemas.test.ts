import { describe, expect, it } from 'vitest';
import {
  DisplayNameSchema,
  EmailSchema,
  GroupDescriptionSchema,
  GroupNameSchema,
  IdSchema,
  LIMITS,
  ListMembersQuerySchema,
  RoleSchema,
  SeatLimitInputSchema,
  VersionSchema,
} from './schemas';

const accepts = (
  schema: { safeParse(value: unknown): { success: boolean } },
  value: unknown,
) => schema.safeParse(value).success;

describe('given a display name', () => {
  it('should accept names in any script, with accents, apostrophes and emoji', () => {
    for (const name of [
      'Nok Thongdee',
      'ประภา',
      'Émilie O’Brien',
      'José-María',
      '山田 太郎',
      'Kim ❤️',
    ]) {
      expect(DisplayNameSchema.parse(name)).toBe(name);
    }
  });

  it('should compose decomposed accents, so one name has one form', () => {
    expect(DisplayNameSchema.parse('Rene\u0301e Mu\u0308ller')).toBe(
      'Ren\u00e9e M\u00fcller',
    );
    expect(GroupNameSchema.parse('Cafe\u0301')).toBe('Caf\u00e9');
  });

  it('should trim it, and accept exactly 80 characters but not 81', () => {
    expect(DisplayNameSchema.parse('  Nok  ')).toBe('Nok');
    expect(accepts(DisplayNameSchema, 'n'.repeat(LIMITS.nameLength))).toBe(true);
    expect(accepts(DisplayNameSchema, 'n'.repeat(LIMITS.nameLength + 1))).toBe(false);
  });

  it('should refuse every invisible or direction-changing character inside it', () => {
    const hidden = [
      '\u0000',
      '\u0009',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u00ad',
      '\u061c',
      '\u115f',
      '\u180e',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u2028',
      '\u2029',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2060',
      '\u2063',
      '\u2066',
      '\u2069',
      '\u3164',
      '\ufeff',
      '\uffa0',
      '\u{e0041}',
    ];
    for (const character of hidden) {
      const code = character.codePointAt(0)!.toString(16);
      expect(accepts(DisplayNameSchema, `No${character}k`), `U+${code}`).toBe(false);
    }
  });

  it('should refuse markup', () => {
    expect(accepts(DisplayNameSchema, 'Nok <b>')).toBe(false);
    expect(accepts(DisplayNameSchema, 'a > b')).toBe(false);
  });
});

describe('given an email address', () => {
  it('should trim and lower-case it', () => {
    expect(EmailSchema.parse('  Nok.T@Siam-Support.EXAMPLE ')).toBe(
      'nok.t@siam-support.example',
    );
  });

  it('should accept plus addressing and subdomains, and refuse what is no address', () => {
    expect(accepts(EmailSchema, 'nok+team@mail.siam.example')).toBe(true);
    for (const bad of ['nok', 'nok@', '@siam.example', 'nok@siam', 'no k@siam.example']) {
      expect(accepts(EmailSchema, bad), bad).toBe(false);
    }
  });

  it('should refuse addresses longer than 254 characters', () => {
    const domain = `${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.example`;
    const fits = `${'n'.repeat(LIMITS.emailLength - domain.length - 1)}@${domain}`;
    expect(fits).toHaveLength(254);
    expect(accepts(EmailSchema, `n${fits}`)).toBe(false);
  });
});

describe('given a group', () => {
  it('should accept names of 1 to 60 characters', () => {
    expect(accepts(GroupNameSchema, 'G')).toBe(true);
    expect(accepts(GroupNameSchema, 'G'.repeat(60))).toBe(true);
    expect(accepts(GroupNameSchema, 'G'.repeat(61))).toBe(false);
    expect(accepts(GroupNameSchema, '  ')).toBe(false);
  });

  it('should accept a description over several lines, but no invisible characters', () => {
    expect(accepts(GroupDescriptionSchema, 'Line one\nLine two')).toBe(true);
    expect(accepts(GroupDescriptionSchema, '')).toBe(true);
    expect(accepts(GroupDescriptionSchema, 'Quiet\u200bly')).toBe(false);
    expect(accepts(GroupDescriptionSchema, 'd'.repeat(281))).toBe(false);
  });
});

describe('given ids, versions and seat limits', () => {
  it('should accept ids of letters, digits, _ and - only, up to 64 characters', () => {
    expect(accepts(IdSchema, 'mem_00a-Z')).toBe(true);
    expect(accepts(IdSchema, 'm'.repeat(64))).toBe(true);
    for (const bad of ['', 'm'.repeat(65), 'a/b', '..', 'a b', 'a.b', 'mem_ä']) {
      expect(accepts(IdSchema, bad), bad).toBe(false);
    }
  });

  it('should accept whole versions from 0', () => {
    expect(accepts(VersionSchema, 0)).toBe(true);
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1']) {
      expect(accepts(VersionSchema, bad)).toBe(false);
    }
  });

  it('should accept whole seat limits from 0 to 100,000', () => {
    expect(accepts(SeatLimitInputSchema, { limit: 0 })).toBe(true);
    expect(accepts(SeatLimitInputSchema, { limit: LIMITS.seatLimit })).toBe(true);
    expect(accepts(SeatLimitInputSchema, { limit: LIMITS.seatLimit + 1 })).toBe(false);
  });

  it('should say which roles exist when given another', () => {
    const result = RoleSchema.safeParse('owner');
    expect(result.error?.issues[0]?.message).toBe('Choose a role: admin, cs or viewer.');
  });
});

describe('given a member query', () => {
  it('should fill in the defaults', () => {
    expect(ListMembersQuerySchema.parse({})).toEqual({
      sort: 'name',
      order: 'asc',
      limit: 50,
    });
  });

  it('should compose decomposed accents in a search, as names are stored', () => {
    expect(ListMembersQuerySchema.parse({ search: ' mu\u0308ller ' }).search).toBe(
      'm\u00fcller',
    );
  });

  it('should read a page size from a query string, within 1 to 200', () => {
    expect(ListMembersQuerySchema.parse({ limit: '20' }).limit).toBe(20);
    expect(accepts(ListMembersQuerySchema, { limit: '201' })).toBe(false);
    expect(accepts(ListMembersQuerySchema, { limit: 'ten' })).toBe(false);
  });
});
