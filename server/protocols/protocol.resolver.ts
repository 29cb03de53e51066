import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import type { Context } from '../context';
import { Meeting } from '../meetings/meeting.entity';
import type { DiffLine } from './line-diff';
import { Language } from './messages';
import { CreateProtocolSectionInput, UpdateProtocolSectionInput } from './protocol.inputs';
import {
  createProtocolSection,
  deleteProtocolSection,
  listProtocolSections,
  listProtocolVersions,
  meetingProtocol,
  protocolDiff,
  publishProtocol,
  updateProtocolSection,
} from './protocol.service';
import { ProtocolDiffLine, ProtocolFormat } from './protocol.types';
import { ProtocolSection } from './protocol-section.entity';
import { ProtocolVersion } from './protocol-version.entity';

@Resolver(() => ProtocolVersion)
export class ProtocolResolver {
  @Query(() => String, { description: 'The protocol of a meeting: the current draft, or a published version' })
  meetingProtocol(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('format', () => ProtocolFormat, { defaultValue: ProtocolFormat.MARKDOWN }) format: ProtocolFormat,
    @Arg('language', () => Language, { defaultValue: Language.DE }) language: Language,
    @Arg('version', () => Int, { nullable: true, description: 'A published version; the current draft when left out' })
    version: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return meetingProtocol({ ctx, meetingId, format, language, version });
  }

  @Query(() => [ProtocolVersion], { description: 'Published versions, the newest first' })
  protocolVersions(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<ProtocolVersion[]> {
    return listProtocolVersions({ ctx, meetingId });
  }

  @Query(() => [ProtocolDiffLine], {
    description: 'Line diff of the Markdown from one version to another, or to the current draft',
  })
  protocolDiff(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int, { nullable: true, description: 'The current draft when left out' }) to: number | undefined,
    @Ctx() ctx: Context,
  ): Promise<DiffLine[]> {
    return protocolDiff({ ctx, meetingId, from, to });
  }

  @Query(() => [ProtocolSection], { description: 'Free-text sections of the protocol in their order' })
  protocolSections(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<ProtocolSection[]> {
    return listProtocolSections({ ctx, meetingId });
  }

  @Mutation(() => ProtocolVersion, {
    description: 'Freezes the protocol as a new version; without changes, returns the latest',
  })
  publishProtocol(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<ProtocolVersion> {
    return publishProtocol({ ctx, meetingId });
  }

  @Mutation(() => ProtocolSection)
  createProtocolSection(
    @Arg('input', () => CreateProtocolSectionInput) input: CreateProtocolSectionInput,
    @Ctx() ctx: Context,
  ) {
    return createProtocolSection({ ctx, input });
  }

  @Mutation(() => ProtocolSection)
  updateProtocolSection(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProtocolSectionInput) input: UpdateProtocolSectionInput,
    @Ctx() ctx: Context,
  ) {
    return updateProtocolSection({ ctx, id, input });
  }

  @Mutation(() => ID)
  deleteProtocolSection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteProtocolSection({ ctx, id });
  }

  @FieldResolver(() => Meeting)
  meeting(@Root() version: ProtocolVersion): Promise<Meeting> {
    return version.meeting.loadOrFail();
  }

  @FieldResolver(() => DateTimeScalar)
  publishedAt(@Root() version: ProtocolVersion): Date {
    return version.createdAt;
  }
}
