import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { Account } from './account.entity';
import { Guest } from './guest.entity';
import { SessionKind } from './session.entity';
import type { SignedInViewer } from './viewer';

/** The signed-in viewer: a user with an account, or a guest of one meeting. */
@ObjectType()
export class Me {
  @Field(() => SessionKind)
  kind!: SessionKind;

  @Field(() => DateTimeScalar, { description: 'When the session ends unless the viewer signs out earlier' })
  expiresAt!: Date;

  @Field(() => Account, { nullable: true })
  account?: Account | null;

  @Field(() => Guest, { nullable: true })
  guest?: Guest | null;

  /** Whom `viewerCan` answers for: the session asking, or the one just started by signing in or joining. */
  viewer!: SignedInViewer;
}

/** A new session. Browsers keep it in an httpOnly cookie; other clients send the token as `Authorization: Bearer`. */
@ObjectType()
export class SessionResult {
  @Field(() => String, { description: 'For clients without cookies (and graphql-ws connectionParams.token)' })
  token!: string;

  @Field(() => Me)
  me!: Me;
}

/** An invitation for the admin to pass on; the token is shown once and only its hash is stored. */
@ObjectType()
export class AccountInvitationResult {
  @Field(() => Account)
  account!: Account;

  @Field(() => String, { description: 'Goes into the invitation link; accepting it sets the password' })
  token!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;
}
