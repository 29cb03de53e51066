import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage } from './i18n';
import { LOCALES } from './format';

/** The `Intl` locale of the interface language in use. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return LOCALES[isLanguage(language) ? language : DEFAULT_LANGUAGE];
}
