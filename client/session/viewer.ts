/** The person using the app, once sessions exist. */
export interface Viewer {
  id: string;
  name: string;
}

/**
 * Who is signed in or has joined a meeting. Sessions (sign-in, join by code) arrive with issue 3;
 * until then everyone is anonymous, and the places that use this (the header's account area,
 * the "mine" filters of the next steps) show nothing for a missing viewer.
 */
export function useViewer(): Viewer | null {
  return null;
}
