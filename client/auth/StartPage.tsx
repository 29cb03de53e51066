import { MeetingsPage } from '../meetings/MeetingsPage';
import { useViewer } from '../session/viewer';
import { PublicHome } from './PublicHome';

/** `/`: the meetings one takes part in, or for anonymous visitors what is public and the ways in. */
export function StartPage() {
  return useViewer() ? <MeetingsPage /> : <PublicHome />;
}
