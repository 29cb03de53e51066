import { graphql } from '../api/graphql';

export const CalendarFeedFragment = graphql(`
  fragment CalendarFeedFields on CalendarFeed { id label createdAt updatedAt }
`);

export const CalendarFeedsQuery = graphql(
  `
  query CalendarFeeds($ownerId: ID!) {
    calendarFeeds(ownerId: $ownerId) { ...CalendarFeedFields }
  }
`,
  [CalendarFeedFragment],
);

export const CreateCalendarFeedMutation = graphql(
  `
  mutation CreateCalendarFeed($ownerId: ID!, $label: String) {
    createCalendarFeed(ownerId: $ownerId, label: $label) { path feed { ...CalendarFeedFields } }
  }
`,
  [CalendarFeedFragment],
);

export const RotateCalendarFeedMutation = graphql(
  `
  mutation RotateCalendarFeed($id: ID!) {
    rotateCalendarFeedToken(id: $id) { path feed { ...CalendarFeedFields } }
  }
`,
  [CalendarFeedFragment],
);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($id: ID!) {
    revokeCalendarFeed(id: $id)
  }
`);
