import { Field, Int, ObjectType } from 'type-graphql';
import { WorkingTableKind } from '../tables/working-table.entity';
import { WorkshopPhase } from '../workshops/workshop.entity';

@ObjectType('TemplateTable', { description: 'A working table a template sets up' })
export class TemplateTableType {
  @Field(() => WorkingTableKind)
  kind!: WorkingTableKind;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: 'Dots each participant may give on it' })
  voteBudget!: number;
}

@ObjectType('TemplateAgendaItem', { description: 'An agenda item a template sets up, without a speaker yet' })
export class TemplateAgendaItemType {
  @Field(() => String)
  title!: string;

  @Field(() => Int, { nullable: true })
  plannedMinutes!: number | null;
}

@ObjectType('TemplateStructure', { description: 'What a meeting made from the template starts with' })
export class TemplateStructureType {
  @Field(() => [WorkshopPhase], {
    description: 'The working phases it runs through, in order; PREPARE is always first',
  })
  phases!: WorkshopPhase[];

  @Field(() => Boolean, { description: "Whether its page reviews the host body's open next steps" })
  reviewsOpenSteps!: boolean;

  @Field(() => [TemplateTableType])
  tables!: TemplateTableType[];

  @Field(() => [TemplateAgendaItemType])
  agenda!: TemplateAgendaItemType[];
}
