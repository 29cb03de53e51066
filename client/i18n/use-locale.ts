import { useTranslation } from 'react-i18next';
import { LOCALES } from './format';
import { DEFAULT_LANGUAGE, isLanguage } from './i18n';

/** The `Intl` locale of the interface language in use. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return LOCALES[isLanguage(language) ? language : DEFAULT_LANGUAGE];
}
