import type { EntityManager } from '@mikro-orm/postgresql';
import { LIMITS } from '../../schema/limits';
import { authorize } from '../auth/authorize';
import { findOrFail, removeById } from '../common/find';
import { nextOrder } from '../common/order';
import type { Context } from '../context';
import { normalisePhases, type TemplateStructure } from './meeting-plan';
import { MeetingTemplate } from './meeting-template.entity';
import type { MeetingTemplateInput, TemplateStructureInput } from './meeting-template.inputs';
import { meetingTemplatePolicy } from './meeting-template.policy';

/** The structure as stored: phases in workshop order, every optional value made explicit. */
export function structureFromInput(input: TemplateStructureInput): TemplateStructure {
  return {
    phases: normalisePhases(input.phases),
    reviewsOpenSteps: input.reviewsOpenSteps ?? false,
    tables: input.tables.map((table) => ({
      kind: table.kind,
      title: table.title.trim(),
      voteBudget: table.voteBudget ?? LIMITS.defaultVoteBudget,
    })),
    agenda: input.agenda.map((item) => ({ title: item.title.trim(), plannedMinutes: item.plannedMinutes ?? null })),
  };
}

export async function meetingTemplates(ctx: Context): Promise<MeetingTemplate[]> {
  await authorize(ctx, meetingTemplatePolicy, 'read', null);
  return ctx.em.find(MeetingTemplate, {}, { orderBy: { order: 'asc', createdAt: 'asc' } });
}

/** A template to start a meeting from; refused like reading the list. */
export async function templateToUse(ctx: Context, tx: EntityManager, id: string): Promise<MeetingTemplate> {
  const template = await findOrFail(tx, MeetingTemplate, id, 'templateId');
  await authorize(ctx, meetingTemplatePolicy, 'read', null);
  return template;
}

export function createMeetingTemplate({ ctx, input }: { ctx: Context; input: MeetingTemplateInput }) {
  return ctx.em.transactional(async (tx) => {
    await authorize(ctx, meetingTemplatePolicy, 'manage', null);
    return tx.create(MeetingTemplate, {
      name: input.name.trim(),
      description: input.description?.trim() || null,
      structure: structureFromInput(input.structure),
      order: await nextOrder(tx, MeetingTemplate, {}, 'all'),
    });
  });
}

export function updateMeetingTemplate({ ctx, id, input }: { ctx: Context; id: string; input: MeetingTemplateInput }) {
  return ctx.em.transactional(async (tx) => {
    const template = await findOrFail(tx, MeetingTemplate, id);
    await authorize(ctx, meetingTemplatePolicy, 'manage', null);
    return tx.assign(template, {
      name: input.name.trim(),
      description: input.description?.trim() || null,
      structure: structureFromInput(input.structure),
    });
  });
}

/** Meetings made from it keep their structure: they copied it. */
export function deleteMeetingTemplate({ ctx, id }: { ctx: Context; id: string }): Promise<string> {
  return removeById(ctx.em, MeetingTemplate, id, () => authorize(ctx, meetingTemplatePolicy, 'manage', null));
}
