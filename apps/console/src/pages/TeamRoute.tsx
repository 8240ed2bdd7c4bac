import { TeamPage, type TeamTab } from '@fiko/team-ui';
import { useLocation } from 'wouter';
import { PageHeading } from './PageHeading';

const TEAM_TABS: readonly string[] = ['agents', 'groups'] satisfies TeamTab[];

export function isTeamTab(value: string | undefined): value is TeamTab {
  return value !== undefined && TEAM_TABS.includes(value);
}

/** Team → Agents and Team → Groups: the kit's whole page, its tab kept in the address. */
export function TeamRoute({ tab }: { tab: TeamTab }) {
  const [, navigate] = useLocation();
  return (
    <section className="console-page" aria-labelledby="team-heading">
      <PageHeading id="team-heading">Team</PageHeading>
      <TeamPage tab={tab} onTabChange={(next) => navigate(`/team/${next}`)} />
    </section>
  );
}
