import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { MeetingTemplate } from './meeting-template.entity';
import { MeetingTemplateInput } from './meeting-template.inputs';
import {
  createMeetingTemplate,
  deleteMeetingTemplate,
  meetingTemplates,
  updateMeetingTemplate,
} from './meeting-template.service';

@Resolver(() => MeetingTemplate)
export class MeetingTemplateResolver {
  @Query(() => [MeetingTemplate], { description: 'Templates to start a meeting from; signed-in users' })
  meetingTemplates(@Ctx() ctx: Context): Promise<MeetingTemplate[]> {
    return meetingTemplates(ctx);
  }

  @Mutation(() => MeetingTemplate, { description: 'Admins' })
  createMeetingTemplate(@Arg('input', () => MeetingTemplateInput) input: MeetingTemplateInput, @Ctx() ctx: Context) {
    return createMeetingTemplate({ ctx, input });
  }

  @Mutation(() => MeetingTemplate, { description: 'Replaces name, description and structure; admins' })
  updateMeetingTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MeetingTemplateInput) input: MeetingTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return updateMeetingTemplate({ ctx, id, input });
  }

  @Mutation(() => ID, { description: 'Meetings made from it stay as they are; admins' })
  deleteMeetingTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return deleteMeetingTemplate({ ctx, id });
  }
}
