import { LockMode } from '@mikro-orm/core';
import type { EntityManager, Ref } from '@mikro-orm/postgresql';
import { authorize } from '../auth/authorize';
import { definedFields, findOrFail, removeById } from '../common/find';
import { nextOrder } from '../common/order';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { Meeting } from '../meetings/meeting.entity';
import { diffLines } from './line-diff';
import { loadProtocolDocument } from './load-protocol-document';
import { fileStem, Language, messages } from './messages';
import type { CreateProtocolSectionInput, UpdateProtocolSectionInput } from './protocol.inputs';
import { protocolPolicy } from './protocol.policy';
import { ProtocolFormat } from './protocol.types';
import type { ProtocolDocument } from './protocol-document';
import { layoutProtocol } from './protocol-layout';
import { ProtocolSection } from './protocol-section.entity';
import { ProtocolVersion } from './protocol-version.entity';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { PROTOCOL_FILES, type ProtocolFileType, renderProtocolFile } from './render-protocol';

interface ProtocolRef {
  ctx: Context;
  meetingId: string;
  /** A published version's number; the current draft when left out. */
  version?: number | null;
}

/** Loads a meeting and refuses unless the viewer may `read` or `edit` its protocol. */
async function protocolMeeting(
  ctx: Context,
  em: EntityManager,
  meetingId: string,
  action: 'read' | 'edit',
  lockMode?: LockMode,
): Promise<Meeting> {
  const meeting = await findOrFail(em, Meeting, meetingId, 'meetingId', { lockMode });
  await authorize(ctx, protocolPolicy, action, meeting);
  return meeting;
}

async function authorizeEditing(ctx: Context, meeting: Ref<Meeting>): Promise<void> {
  await authorize(ctx, protocolPolicy, 'edit', await meeting.loadOrFail());
}

async function findVersion(em: EntityManager, meeting: Meeting, number: number): Promise<ProtocolVersion> {
  const version = await em.findOne(ProtocolVersion, { meeting, number });
  if (!version) throw new NotFoundError('ProtocolVersion', `${meeting.id}/${number}`);
  return version;
}

/** The draft built from the meeting as it is now, or a published version as it was frozen. */
export async function protocolDocument({ ctx, meetingId, version }: ProtocolRef): Promise<ProtocolDocument> {
  const meeting = await protocolMeeting(ctx, ctx.em, meetingId, 'read');
  if (version === undefined || version === null) return loadProtocolDocument(ctx.em, meetingId);
  return (await findVersion(ctx.em, meeting, version)).document;
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
  ctx,
  meetingId,
}: {
  ctx: Context;
  meetingId: string;
}): Promise<ProtocolVersion> {
  return ctx.em.transactional(async (tx) => {
    const meeting = await protocolMeeting(ctx, tx, meetingId, 'edit', LockMode.PESSIMISTIC_WRITE);
    const document = await loadProtocolDocument(tx, meetingId);
    const markdown = draftMarkdown(document);
    const latest = await tx.findOne(ProtocolVersion, { meeting }, { orderBy: { number: 'desc' } });
    if (latest?.markdown === markdown) return latest;
    return tx.create(ProtocolVersion, { meeting, number: (latest?.number ?? 0) + 1, markdown, document });
  });
}

export async function listProtocolVersions({ ctx, meetingId }: { ctx: Context; meetingId: string }) {
  const meeting = await protocolMeeting(ctx, ctx.em, meetingId, 'read');
  return ctx.em.find(ProtocolVersion, { meeting }, { orderBy: { number: 'desc' } });
}

/** What changed from version `from` to version `to`, or to the current draft when `to` is left out. */
export async function protocolDiff({
  ctx,
  meetingId,
  from,
  to,
}: {
  ctx: Context;
  meetingId: string;
  from: number;
  to?: number | null;
}) {
  const meeting = await protocolMeeting(ctx, ctx.em, meetingId, 'read');
  const before = await findVersion(ctx.em, meeting, from);
  const after =
    to === undefined || to === null
      ? draftMarkdown(await loadProtocolDocument(ctx.em, meetingId))
      : (await findVersion(ctx.em, meeting, to)).markdown;
  return diffLines(before.markdown, after);
}

export async function listProtocolSections({ ctx, meetingId }: { ctx: Context; meetingId: string }) {
  const meeting = await protocolMeeting(ctx, ctx.em, meetingId, 'read');
  return ctx.em.find(ProtocolSection, { meeting }, { orderBy: { order: 'asc', createdAt: 'asc' } });
}

export async function createProtocolSection({ ctx, input }: { ctx: Context; input: CreateProtocolSectionInput }) {
  return ctx.em.transactional(async (tx) => {
    const { meetingId, order, ...fields } = input;
    const meeting = await protocolMeeting(ctx, tx, meetingId, 'edit');
    return tx.create(ProtocolSection, {
      ...fields,
      meeting,
      order: order ?? (await nextOrder(tx, ProtocolSection, { meeting }, meeting.id)),
    });
  });
}

export async function updateProtocolSection({
  ctx,
  id,
  input,
}: {
  ctx: Context;
  id: string;
  input: UpdateProtocolSectionInput;
}) {
  return ctx.em.transactional(async (tx) => {
    const section = await findOrFail(tx, ProtocolSection, id);
    await authorizeEditing(ctx, section.meeting);
    tx.assign(section, definedFields({ ...input }));
    return section;
  });
}

export function deleteProtocolSection({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, ProtocolSection, id, (section) => authorizeEditing(ctx, section.meeting));
}
