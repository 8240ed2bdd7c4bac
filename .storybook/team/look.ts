import { en, type Messages, type TeamTheme, th } from '@fiko/team-ui';

/** The toolbar's themes: the kit's two schemes and two partner brands. */
export const THEMES = {
  light: { title: 'Light', scheme: 'light', brand: undefined },
  dark: { title: 'Dark', scheme: 'dark', brand: undefined },
  lagoon: { title: 'Partner: Lagoon Health', scheme: 'light', brand: 'lagoon' },
  ember: { title: 'Partner: Ember Commerce (dark)', scheme: 'dark', brand: 'ember' },
} as const satisfies Record<
  string,
  { title: string; scheme: Exclude<TeamTheme, 'system'>; brand: string | undefined }
>;

/** The toolbar's languages; `rtl` checks the layout right to left. */
export const LANGUAGES = {
  en: { title: 'English', messages: en, locale: 'en', lang: 'en', dir: 'ltr' },
  th: { title: 'ไทย (Thai)', messages: th, locale: 'th-TH', lang: 'th', dir: 'ltr' },
  rtl: {
    title: 'Right to left (English text)',
    messages: en,
    locale: 'en',
    lang: 'en',
    dir: 'rtl',
  },
} as const satisfies Record<
  string,
  { title: string; messages: Messages; locale: string; lang: string; dir: 'ltr' | 'rtl' }
>;

export type ThemeName = keyof typeof THEMES;
export type LanguageName = keyof typeof LANGUAGES;

/** How a story looks: what the theme and language globals select. */
export interface Look {
  scheme: Exclude<TeamTheme, 'system'>;
  brand: string | undefined;
  messages: Messages;
  locale: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function lookOf(theme: unknown, language: unknown): Look {
  const chosenTheme = THEMES[theme as ThemeName] ?? THEMES.light;
  const chosenLanguage = LANGUAGES[language as LanguageName] ?? LANGUAGES.en;
  return {
    scheme: chosenTheme.scheme,
    brand: chosenTheme.brand,
    messages: chosenLanguage.messages,
    locale: chosenLanguage.locale,
    lang: chosenLanguage.lang,
    dir: chosenLanguage.dir,
  };
}

/**
 * Puts the brand, language and direction on the document itself: dialogs
 * and menus are portalled to <body>, outside the story's own markup.
 */
export function applyLookToDocument(look: Pick<Look, 'brand' | 'lang' | 'dir'>): void {
  const root = document.documentElement;
  if (look.brand) root.dataset.fikoBrand = look.brand;
  else delete root.dataset.fikoBrand;
  root.lang = look.lang;
  root.dir = look.dir;
}
