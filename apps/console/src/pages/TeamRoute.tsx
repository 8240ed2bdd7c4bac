import { TeamPage, type TeamTab } from '@fiko/team-ui';
import { useLocation } from 'wouter';
import { PageHeading } from './PageHeading';

const TAB_HEADINGS: Record<TeamTab, string> = { agents: 'Agents', groups: 'Groups' };

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
      <TeamPage
        tab={tab}
        onTabChange={(next) => navigate(`/team/${next}`)}
        // The kit's sections start at h3 (kinds of groups): an h2 for the open tab keeps
        // the outline whole for screen reader users who move by headings.
        heading={<h2 className="console-visually-hidden">{TAB_HEADINGS[tab]}</h2>}
      />
    </section>
  );
}
