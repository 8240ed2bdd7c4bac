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
  TokenSchema,
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

const TEXT_SCHEMAS = [
  ['a display name', DisplayNameSchema],
  ['a group name', GroupNameSchema],
  ['a group description', GroupDescriptionSchema],
] as const;

describe('given text that shows nothing, or hides inside other text', () => {
  const blanks = ['\u2800', '\u3164', '\u115f', '\u1160', '\uffa0'];
  const hiding = [
    '\u034f',
    '\u17b4',
    '\u17b5',
    '\u180b',
    '\u180f',
    '\u2064',
    '\ufe00',
    '\ufe0f',
    '\ufff9',
    '\ufffa',
    '\ufffb',
    '\u{1d173}',
    '\u{e0020}',
    '\u{e0100}',
  ];

  it.each(TEXT_SCHEMAS)('should refuse %s made of blank-looking fillers', (_, schema) => {
    for (const blank of blanks) {
      const code = blank.codePointAt(0)!.toString(16);
      expect(accepts(schema, blank), `U+${code} alone`).toBe(false);
      expect(accepts(schema, `${blank}${blank} `), `U+${code} twice`).toBe(false);
      expect(accepts(schema, `Ma${blank}lee`), `U+${code} inside`).toBe(false);
    }
  });

  it.each(TEXT_SCHEMAS)(
    'should refuse %s with a default-ignorable or format character inside',
    (_, schema) => {
      for (const character of hiding) {
        const code = character.codePointAt(0)!.toString(16);
        expect(accepts(schema, `Ma${character}lee`), `U+${code}`).toBe(false);
      }
    },
  );

  it.each(TEXT_SCHEMAS)(
    'should refuse joiners and selectors in %s outside the sequences that need them',
    (_, schema) => {
      for (const text of [
        'E\u200dve',
        'Ev\u200ce',
        '\u200d\u{1f4bb}',
        'Nok\ufe0f',
        '\u2764\ufe0f\ufe0f',
        '\u{1f3f4}\u{e0067}\u{e0062}',
        '\u{1f600}\u{e0067}\u{e007f}',
      ]) {
        expect(accepts(schema, text), JSON.stringify(text)).toBe(false);
      }
    },
  );

  it.each(TEXT_SCHEMAS)(
    'should refuse %s with more marks on one letter than any script needs',
    (_, schema) => {
      expect(accepts(schema, `Z${'\u0301'.repeat(78)}ed`)).toBe(false);
      // q takes none of these precomposed, so NFC leaves every mark in place.
      expect(accepts(schema, 'Zq\u0301\u0302\u0303\u0304\u0305')).toBe(false);
      expect(accepts(schema, 'Zq\u0301\u0302\u0303\u0304')).toBe(true);
      expect(accepts(schema, `Ok \u0301 ok`)).toBe(false);
      expect(accepts(schema, '\u0e48\u0e48')).toBe(false);
    },
  );
});

describe('given real names in scripts that join, stack or vary their characters', () => {
  const names = [
    ['emoji joined into one picture', 'Ana \u{1f469}\u200d\u{1f4bb}'],
    ['a family of four', '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}\u200d\u{1f466}'],
    ['a skin tone before a joiner', 'Kai \u{1f468}\u{1f3fd}\u200d\u{1f680}'],
    ['a selector before a joiner', '\u{1f3f3}\ufe0f\u200d\u{1f308} Pride'],
    ['a joiner before a selector', '\u{1f3f4}\u200d\u2620\ufe0f Crew'],
    ['a kiss', '\u{1f469}\u200d\u2764\ufe0f\u200d\u{1f48b}\u200d\u{1f468}'],
    ['a heart with its emoji selector', 'Kim \u2764\ufe0f'],
    ['a keycap', 'Desk 1\ufe0f\u20e3'],
    ['a country flag', 'Nok \u{1f1f9}\u{1f1ed}'],
    [
      'a subdivision flag',
      'Scot \u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}',
    ],
    ['Thai', 'ธีรวัฒน์ ศักดิ์สิทธิ์'],
    ['Thai with three marks on a consonant', 'ก\u0e34\u0e48\u0e4d'],
    ['Vietnamese', 'Nguyễn Thị Minh Khai'],
    ['Vietnamese typed decomposed', 'Nguye\u0302\u0303n Thi\u0323'],
    ['Arabic with its vowel marks', 'مُحَمَّد'],
    ['Persian with its non-joiner', 'علی\u200cرضا'],
    ['Hindi', 'श्रीनिवास रामानुजन्'],
    ['Hebrew with points', 'יִשְׂרָאֵל'],
    ['Japanese with an ideographic variant', '葛\u{e0100}飾 北斎'],
    ['Mongolian with a variation selector', 'ᠪᠠᠲᠤ\u180b'],
    ['Korean', '김민준'],
  ] as const;

  it.each(names)('should accept %s', (_, name) => {
    for (const [, schema] of TEXT_SCHEMAS) {
      expect(schema.parse(name)).toBe(name.normalize('NFC'));
    }
  });
});

describe('given text with an unpaired UTF-16 surrogate', () => {
  const broken = ['\ud800', '\udbff', '\udc00', 'Dup\ud800', '\ud800'.repeat(40)];

  it('should refuse it in every text a person supplies, as validation', () => {
    const schemas = [
      ...TEXT_SCHEMAS.map(
        ([, schema]) =>
          (text: string) =>
            schema.safeParse(text),
      ),
      (text: string) => EmailSchema.safeParse(`nok${text}@example.com`),
      (text: string) => TokenSchema.safeParse(`${'a'.repeat(20)}${text}`),
      (text: string) => ListMembersQuerySchema.safeParse({ search: `nok${text}` }),
      (text: string) => ListMembersQuerySchema.safeParse({ cursor: `c${text}` }),
    ];
    for (const parse of schemas) {
      for (const text of broken) {
        expect(parse(text).success, JSON.stringify(text)).toBe(false);
      }
    }
  });

  it('should accept the same text with its surrogates paired', () => {
    expect(DisplayNameSchema.parse('\u{1f600}'.repeat(LIMITS.nameLength))).toHaveLength(
      LIMITS.nameLength * 2,
    );
    expect(accepts(DisplayNameSchema, '\u{1f600}'.repeat(LIMITS.nameLength + 1))).toBe(
      false,
    );
    expect(accepts(ListMembersQuerySchema, { search: 'a\u{1f600}' })).toBe(true);
  });

  it('should say what is wrong with it', () => {
    const result = DisplayNameSchema.safeParse('\ud800'.repeat(40));
    expect(result.error?.issues[0]?.message).toMatch(/unpaired surrogate/);
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

  it('should refuse control characters in a search, such as NUL', () => {
    for (const search of ['\u0000abc', 'ab\u0000', 'a\u0007b', 'a\nb', 'a\u009fb']) {
      expect(accepts(ListMembersQuerySchema, { search }), JSON.stringify(search)).toBe(
        false,
      );
    }
    expect(accepts(ListMembersQuerySchema, { search: 'o\u2019brien 😀' })).toBe(true);
  });

  it('should read a page size from a query string, within 1 to 200', () => {
    expect(ListMembersQuerySchema.parse({ limit: '20' }).limit).toBe(20);
    expect(accepts(ListMembersQuerySchema, { limit: '201' })).toBe(false);
    expect(accepts(ListMembersQuerySchema, { limit: 'ten' })).toBe(false);
  });
});
