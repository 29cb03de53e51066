import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** German is the language of the people Planwerk is made for; English is on request. */
export const DEFAULT_LANGUAGE: Language = 'de';

const STORAGE_KEY = 'planwerk.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The browser's local storage, if this page may use it (privacy settings can forbid even the lookup). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads the language someone chose before; storage can be unavailable (private modes, policies). */
function storedLanguage(storage: Storage | undefined): Language {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/**
 * Starts i18next with both message files bundled (they are small) and keeps the choice in
 * `storage` and in `<html lang>`, so screen readers pronounce the page in its language.
 */
export function setupI18n(storage: Storage | undefined, root: HTMLElement): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    root.lang = language;
    try {
      storage?.setItem(STORAGE_KEY, language);
    } catch {
      // The choice then lasts for this page only.
    }
  });
  void instance.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: storedLanguage(storage),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
