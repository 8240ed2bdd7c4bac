import { createTeamClient, type TeamAdapter } from '@fiko/team-sdk';
import { TeamPage, TeamProvider } from '@fiko/team-ui';
import { createRoot } from 'react-dom/client';

// A React host that brings its own adapter: the team page without the HTTP one.
declare const hostAdapter: TeamAdapter;
const client = createTeamClient({ adapter: hostAdapter });

createRoot(document.getElementById('root')!).render(
  <TeamProvider client={client}>
    <TeamPage />
  </TeamProvider>,
);
