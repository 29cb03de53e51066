import { useTranslation } from 'react-i18next';
import type { EnumOf } from '../api/graphql';

export type ProtocolLanguage = EnumOf<'Language'>;

/** The protocol's labels follow the interface language; what people wrote stays as written. */
export function useProtocolLanguage(): ProtocolLanguage {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'EN' : 'DE';
}

export const PROTOCOL_FILES = [
  { type: 'md', label: 'Markdown' },
  { type: 'docx', label: 'Word (DOCX)' },
  { type: 'pdf', label: 'PDF' },
] as const;

export type ProtocolFileType = (typeof PROTOCOL_FILES)[number]['type'];

/** The server's download of a protocol: the draft, or a published version; labels in `language`. */
export function protocolFileUrl(
  meetingId: string,
  type: ProtocolFileType,
  language: ProtocolLanguage,
  version: number | null,
): string {
  const params = new URLSearchParams({ lang: language.toLowerCase() });
  if (version) params.set('version', String(version));
  return `/meetings/${encodeURIComponent(meetingId)}/protocol.${type}?${params}`;
}
