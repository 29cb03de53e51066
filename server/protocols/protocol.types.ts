import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ProtocolFormat {
  MARKDOWN = 'MARKDOWN',
  HTML = 'HTML',
}
registerEnumType(ProtocolFormat, {
  name: 'ProtocolFormat',
  description: 'Text formats of the protocol; DOCX and PDF are downloads at /meetings/:id/protocol.docx|.pdf',
});

export enum ProtocolDiffKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(ProtocolDiffKind, { name: 'ProtocolDiffKind' });

@ObjectType({ description: 'One line of the Markdown diff between two states of a protocol' })
export class ProtocolDiffLine {
  @Field(() => ProtocolDiffKind)
  kind!: ProtocolDiffKind;

  @Field(() => String)
  text!: string;

  @Field(() => Int, { nullable: true, description: 'Line number in the older text' })
  oldNumber!: number | null;

  @Field(() => Int, { nullable: true, description: 'Line number in the newer text' })
  newNumber!: number | null;
}
