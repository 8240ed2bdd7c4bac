import { createTeamClient } from '@fiko/team-sdk';
import { createHttpAdapter } from '@fiko/team-sdk/http';

// A host without React that drives the team through the SDK alone.
const client = createTeamClient({ adapter: createHttpAdapter({ baseUrl: '/api/v1' }) });
document.title = 'Host';
void client.me().then((me) => {
  document.title = me.team.name;
});
