import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertId, definedFields, findOrFail, removeById } from '../common/find';
import { nextOrder } from '../common/order';
import { NotFoundError } from '../errors';
import { Meeting } from '../meetings/meeting.entity';
import { diffLines } from './line-diff';
import { loadProtocolDocument } from './load-protocol-document';
import { fileStem, Language, messages } from './messages';
import type { CreateProtocolSectionInput, UpdateProtocolSectionInput } from './protocol.inputs';
import { ProtocolFormat } from './protocol.types';
import type { ProtocolDocument } from './protocol-document';
import { layoutProtocol } from './protocol-layout';
import { ProtocolSection } from './protocol-section.entity';
import { ProtocolVersion } from './protocol-version.entity';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { PROTOCOL_FILES, type ProtocolFileType, renderProtocolFile } from './render-protocol';

interface ProtocolRef {
  em: EntityManager;
  meetingId: string;
  /** A published version's number; the current draft when left out. */
  version?: number | null;
}

async function findVersion(em: EntityManager, meetingId: string, number: number): Promise<ProtocolVersion> {
  assertId(meetingId, 'meetingId');
  const version = await em.findOne(ProtocolVersion, { meeting: meetingId, number });
  if (version) return version;
  await findOrFail(em, Meeting, meetingId, 'meetingId');
  throw new NotFoundError('ProtocolVersion', `${meetingId}/${number}`);
}

/** The draft built from the meeting as it is now, or a published version as it was frozen. */
export async function protocolDocument({ em, meetingId, version }: ProtocolRef): Promise<ProtocolDocument> {
  if (version === undefined || version === null) return loadProtocolDocument(em, meetingId);
  return (await findVersion(em, meetingId, version)).document;
}

function draftMarkdown(document: ProtocolDocument): string {
  return renderMarkdown(layoutProtocol(document, Language.DE));
}

export async function meetingProtocol(
  props: ProtocolRef & { format: ProtocolFormat; language: Language },
): Promise<string> {
  const layout = layoutProtocol(await protocolDocument(props), props.language);
  return props.format === ProtocolFormat.HTML ? renderHtml(layout) : renderMarkdown(layout);
}

/** A protocol download: its bytes, content type and file name. */
export async function meetingProtocolFile(props: ProtocolRef & { type: ProtocolFileType; language: Language }) {
  const document = await protocolDocument(props);
  const version = props.version ? `-v${props.version}` : '';
  return {
    body: await renderProtocolFile(document, props.type, props.language),
    contentType: PROTOCOL_FILES[props.type].contentType,
    filename: `${fileStem(document, messages(props.language))}${version}.${props.type}`,
  };
}

/**
 * Freezes the protocol as it is now. Publishing again without a change returns the latest
 * version instead of a copy; the meeting row is locked so two publishers get one number each.
 */
export async function publishProtocol({
  em,
  meetingId,
}: {
  em: EntityManager;
  meetingId: string;
}): Promise<ProtocolVersion> {
  return em.transactional(async (tx) => {
    const meeting = await findOrFail(tx, Meeting, meetingId, 'meetingId', { lockMode: LockMode.PESSIMISTIC_WRITE });
    const document = await loadProtocolDocument(tx, meetingId);
    const markdown = draftMarkdown(document);
    const latest = await tx.findOne(ProtocolVersion, { meeting }, { orderBy: { number: 'desc' } });
    if (latest?.markdown === markdown) return latest;
    return tx.create(ProtocolVersion, { meeting, number: (latest?.number ?? 0) + 1, markdown, document });
  });
}

export async function listProtocolVersions({ em, meetingId }: { em: EntityManager; meetingId: string }) {
  const meeting = await findOrFail(em, Meeting, meetingId, 'meetingId');
  return em.find(ProtocolVersion, { meeting }, { orderBy: { number: 'desc' } });
}

/** What changed from version `from` to version `to`, or to the current draft when `to` is left out. */
export async function protocolDiff({
  em,
  meetingId,
  from,
  to,
}: {
  em: EntityManager;
  meetingId: string;
  from: number;
  to?: number | null;
}) {
  const before = await findVersion(em, meetingId, from);
  const after =
    to === undefined || to === null
      ? draftMarkdown(await loadProtocolDocument(em, meetingId))
      : (await findVersion(em, meetingId, to)).markdown;
  return diffLines(before.markdown, after);
}

export async function listProtocolSections({ em, meetingId }: { em: EntityManager; meetingId: string }) {
  const meeting = await findOrFail(em, Meeting, meetingId, 'meetingId');
  return em.find(ProtocolSection, { meeting }, { orderBy: { order: 'asc', createdAt: 'asc' } });
}

export async function createProtocolSection({ em, input }: { em: EntityManager; input: CreateProtocolSectionInput }) {
  return em.transactional(async (tx) => {
    const { meetingId, order, ...fields } = input;
    const meeting = await findOrFail(tx, Meeting, meetingId, 'meetingId');
    return tx.create(ProtocolSection, {
      ...fields,
      meeting,
      order: order ?? (await nextOrder(tx, ProtocolSection, { meeting })),
    });
  });
}

export async function updateProtocolSection({
  em,
  id,
  input,
}: {
  em: EntityManager;
  id: string;
  input: UpdateProtocolSectionInput;
}) {
  return em.transactional(async (tx) => {
    const section = await findOrFail(tx, ProtocolSection, id);
    tx.assign(section, definedFields({ ...input }));
    return section;
  });
}

export function deleteProtocolSection({ em, id }: { em: EntityManager; id: string }): Promise<string> {
  return removeById(em, ProtocolSection, id, async () => {});
}
