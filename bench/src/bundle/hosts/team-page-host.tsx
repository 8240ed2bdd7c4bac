import { createTeamClient } from '@fiko/team-sdk';
import { createHttpAdapter } from '@fiko/team-sdk/http';
import { TeamPage, TeamProvider } from '@fiko/team-ui';
import { createRoot } from 'react-dom/client';

// A React host that embeds the whole team page over the HTTP adapter.
const client = createTeamClient({ adapter: createHttpAdapter({ baseUrl: '/api/v1' }) });

createRoot(document.getElementById('root')!).render(
  <TeamProvider client={client}>
    <TeamPage />
  </TeamProvider>,
);
