import type { Language } from './messages';
import type { ProtocolDocument } from './protocol-document';
import { layoutProtocol, type ProtocolLayout } from './protocol-layout';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { renderPdf } from './render-pdf';

/** The protocol's files, by extension. */
export const PROTOCOL_FILES = {
  md: { contentType: 'text/markdown; charset=utf-8', render: renderMarkdown },
  html: { contentType: 'text/html; charset=utf-8', render: renderHtml },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
  pdf: { contentType: 'application/pdf', render: renderPdf },
} satisfies Record<string, { contentType: string; render: (layout: ProtocolLayout) => string | Promise<Buffer> }>;

export type ProtocolFileType = keyof typeof PROTOCOL_FILES;

export function isProtocolFileType(value: string): value is ProtocolFileType {
  return Object.hasOwn(PROTOCOL_FILES, value);
}

export async function renderProtocolFile(doc: ProtocolDocument, type: ProtocolFileType, language: Language) {
  return PROTOCOL_FILES[type].render(layoutProtocol(doc, language));
}
