import { Extensions, Field, ObjectType } from 'type-graphql';
import { isViewerRule, type Policy, type Rule, type Rules, type SubjectOf, type ViewerRule } from './authorize';
import type { Roles } from './roles';

/** The actions of a policy that are asked about a record; its viewer rules are `me.viewerCan`'s. */
export type RecordActions<R> = { [A in keyof R & string]: R[A] extends ViewerRule ? never : A }[keyof R & string];

/** What a host hands over: a subject that every record rule of the policy takes (the intersection of theirs). */
export type PolicySubject<R> = {
  [A in RecordActions<R>]: (subject: SubjectOf<R[A]>) => void;
}[RecordActions<R>] extends (subject: infer S) => void
  ? S
  : never;

/** Where a capability field comes from, in its GraphQL field's extensions as `capability`. */
export interface CapabilitySource {
  policy: string;
  action: string;
}

type Actions = [action: string, rule: Rule<never>][];

export function recordActions(policy: Policy<Rules>): Actions {
  return Object.entries(policy.rules).filter(([, rule]) => !isViewerRule(rule));
}

export function viewerActions(policy: Policy<Rules>): Actions {
  return Object.entries(policy.rules).filter(([, rule]) => isViewerRule(rule));
}

/** How every `viewerCan` field describes itself. */
export const VIEWER_CAN =
  'the same rules refuse the mutations, so a control shown for a true field is not refused but for a race';

const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

/** The answers for one subject; it is awaited when the first field asks, and once. */
class Answers {
  constructor(
    readonly roles: Roles,
    readonly subject: unknown,
  ) {}

  async ask(rule: Rule<never>): Promise<boolean> {
    return (rule as Rule<unknown>)(this.roles, await this.subject);
  }
}

type AnswersClass = new (roles: Roles, subject: unknown) => Answers;

/** A generated capability type: `type` for `@FieldResolver(() => X.type)`, `of` for the resolver's answer. */
export interface Capabilities<S> {
  readonly type: AnswersClass;
  /** The capabilities of `subject` for the viewer; a promised subject is awaited only when a field asks. */
  of(roles: Roles, subject: S | Promise<S>): Answers;
}

function defineType(name: string, description: string): AnswersClass {
  const type = class extends Answers {};
  Object.defineProperty(type, 'name', { value: name });
  ObjectType(name, { description })(type);
  return type;
}

/** A field whose value is computed from the answers object by `get` (type-graphql reads `root[field]`). */
function defineField(
  type: AnswersClass,
  field: string,
  fieldType: () => BooleanConstructor | AnswersClass,
  description: string,
  get: (answers: Answers) => unknown,
): void {
  Object.defineProperty(type.prototype, field, {
    get(this: Answers) {
      return get(this);
    },
  });
  Field(fieldType, { description })(type.prototype, field);
}

/** One Boolean per action, answered by the policy's own rule, as `authorize` asks it. */
function defineActionFields(type: AnswersClass, policy: Policy<Rules>, actions: Actions): void {
  for (const [action, rule] of actions) {
    const description = `The rule ${policy.key}.${action} for the viewer: true where the operations it guards let them through`;
    defineField(
      type,
      action,
      () => Boolean,
      description,
      (answers) => answers.ask(rule),
    );
    Extensions({ capability: { policy: policy.key, action } satisfies CapabilitySource })(type.prototype, action);
  }
}

/**
 * Further policies asked about the same subject, as fields of their own: the meeting's capabilities
 * carry the protocol's and the workshop's (`meeting.viewerCan.workshop.vote`).
 */
type Nested<S> = Record<string, { capabilities: Capabilities<never>; subject: (subject: S) => unknown }>;

/**
 * The GraphQL type `<Policy>Capabilities`: a Boolean for each record action of the policy (every
 * rule not made with `viewerRule`), computed by that very rule for the host's subject, so an
 * action added to the policy is a field with no further code. Build it once per policy, in the
 * feature's `*.capabilities.ts`; a host's `viewerCan` field resolver returns `X.of(ctx.roles, subject)`.
 */
export function capabilitiesOf<R extends Rules>(
  policy: Policy<R>,
  nested: Nested<PolicySubject<R>> = {},
): Capabilities<PolicySubject<R>> {
  const rules = policy as Policy<Rules>;
  const type = defineType(
    `${pascal(policy.key)}Capabilities`,
    `What the viewer may do with this ${policy.name}, by the rules of its policy`,
  );
  defineActionFields(type, rules, recordActions(rules));
  for (const [field, { capabilities, subject }] of Object.entries(nested)) {
    const inner = capabilities as Capabilities<unknown>;
    const toInner = subject as (subject: unknown) => unknown;
    defineField(
      type,
      field,
      () => inner.type,
      `What the viewer may do with it by the ${field} rules`,
      (answers) => inner.of(answers.roles, Promise.resolve(answers.subject).then(toInner)),
    );
  }
  return { type, of: (roles, subject) => new type(roles, subject) };
}

/**
 * `ViewerCapabilities`: for each policy with viewer rules a field named by the policy's key
 * (`meeting`, `budget`, …) of type `<Policy>ViewerCapabilities`, with a Boolean per viewer rule:
 * `me.viewerCan.meeting.create` is `meetingPolicy.rules.create`. A viewer rule added to a listed
 * policy is a field with no further code.
 */
export function viewerCapabilitiesOf(policies: readonly Policy<Rules>[]): Capabilities<null> {
  const type = defineType('ViewerCapabilities', 'What the viewer may do apart from any one record');
  for (const policy of policies) {
    const actions = viewerActions(policy);
    if (actions.length === 0) continue;
    const inner = defineType(
      `${pascal(policy.key)}ViewerCapabilities`,
      `What the viewer may do by the ${policy.name} rules, regardless of any one record`,
    );
    defineActionFields(inner, policy, actions);
    defineField(
      type,
      policy.key,
      () => inner,
      `The ${policy.name} rules`,
      (answers) => new inner(answers.roles, null),
    );
  }
  return { type, of: (roles) => new type(roles, null) };
}
