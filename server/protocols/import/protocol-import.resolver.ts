import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import { LIMITS } from '../../../schema/limits';
import { OptionalText } from '../../common/fields';
import type { Context } from '../../context';
import { Meeting } from '../../meetings/meeting.entity';
import { ProtocolDraft } from './protocol-draft.type';
import { importProtocol, previewProtocolImport } from './protocol-import.service';

@ArgsType()
class ProtocolTextArgs {
  @Field(() => String, { description: 'The protocol as pasted or extracted from its file' })
  @MaxLength(LIMITS.protocolText)
  text!: string;
}

@ArgsType()
class ImportProtocolArgs {
  @Field(() => ProtocolDraft, { nullable: true, description: 'The reviewed draft' })
  @IsOptional()
  @ValidateNested()
  draft?: ProtocolDraft | null;

  @OptionalText(LIMITS.protocolText, { description: 'Or the text, saved without review when every owner matches' })
  text?: string | null;
}

@Resolver()
export class ProtocolImportResolver {
  @Query(() => ProtocolDraft, { description: 'Reads a pasted protocol into a draft for review; saves nothing' })
  previewProtocolImport(
    @Args(() => ProtocolTextArgs) { text }: ProtocolTextArgs,
    @Ctx() ctx: Context,
  ): Promise<ProtocolDraft> {
    return previewProtocolImport({ ctx, text });
  }

  @Mutation(() => Meeting, {
    description: 'Saves a protocol draft (or text) as a new meeting with tables, points and next steps',
  })
  importProtocol(
    @Args(() => ImportProtocolArgs) { draft, text }: ImportProtocolArgs,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    return importProtocol({ ctx, draft, text });
  }
}
