import type { Invitation, Member, Role } from '@fiko/team-sdk';
import {
  type AgentRow,
  AgentsTable,
  type AgentsTableProps,
  createTeamClient,
  GroupManager,
  type HeadingLevel,
  InviteModal,
  type InviteModalProps,
  RoleChangeConfirm,
  type RoleChangeConfirmProps,
  type TeamClient,
  TeamPage,
  type TeamPageProps,
  TeamProvider,
  type TeamProviderProps,
  type TeamTab,
} from '@fiko/team-ui';
import { QueryClient } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';

declare const client: TeamClient;
declare const member: Member;

describe('given the provider', () => {
  it('should need only a client, everything else optional', () => {
    expectTypeOf<TeamProviderProps['client']>().toEqualTypeOf<TeamClient>();
    expectTypeOf(createTeamClient).returns.toEqualTypeOf<TeamClient>();
    <TeamProvider client={client} />;
    <TeamProvider
      client={client}
      queryClient={new QueryClient()}
      locale="th-TH"
      messages={{ roles: { cs: 'Agent' } }}
      theme="dark"
      dir="rtl"
      onAddSeats={() => {}}
      live={false}
    />;
    // @ts-expect-error the provider needs a client
    <TeamProvider />;
    // @ts-expect-error themes are light, dark or system
    <TeamProvider client={client} theme="blue" />;
  });
});

describe('given the page and its parts', () => {
  it('should mount TeamPage with no props, or control its tab', () => {
    <TeamPage />;
    <TeamPage
      tab="groups"
      onTabChange={(tab) => expectTypeOf(tab).toEqualTypeOf<TeamTab>()}
    />;
    expectTypeOf<TeamPageProps['agentsTableProps']>().toEqualTypeOf<
      AgentsTableProps | undefined
    >();
    // @ts-expect-error only the agents and groups tabs exist
    <TeamPage tab="billing" />;
  });

  it('should let hosts hide columns, add columns and row actions to the table', () => {
    <AgentsTable
      hiddenColumns={['groups', 'date']}
      columns={[{ id: 'shift', header: 'Shift', cell: (row) => row.id }]}
      rowActions={(row: AgentRow) => [
        { id: 'audit', label: 'Audit', onSelect: () => row },
      ]}
      defaultQuery={{ role: 'cs', status: 'invited' }}
      onInvited={(invitation) => expectTypeOf(invitation).toEqualTypeOf<Invitation>()}
    />;
    // @ts-expect-error the member column is always shown
    <AgentsTable hiddenColumns={['member']} />;
  });

  it('should open the invite modal controlled or not, with a typed role', () => {
    <InviteModal />;
    <InviteModal
      open
      onOpenChange={(open) => open}
      defaultRole="viewer"
      trigger={null}
    />;
    expectTypeOf<InviteModalProps['onInvited']>().toEqualTypeOf<
      ((invitation: Invitation) => void) | undefined
    >();
    // @ts-expect-error roles are a closed set
    <InviteModal defaultRole="owner" />;
  });

  it('should confirm a role change for a member and a target role', () => {
    const change = { member, to: 'admin', open: true, onOpenChange: () => {} } as const;
    <RoleChangeConfirm {...change} />;
    expectTypeOf<RoleChangeConfirmProps['to']>().toEqualTypeOf<Role>();
    expectTypeOf<RoleChangeConfirmProps['onRefused']>().toEqualTypeOf<
      ((member: Member, reason: string) => void) | undefined
    >();
    const { member: _member, ...withoutMember } = change;
    // @ts-expect-error the confirm needs the member whose role changes
    <RoleChangeConfirm {...withoutMember} />;
  });

  it('should render the group manager with at most a class name', () => {
    <GroupManager />;
    <GroupManager className="groups" />;
  });

  it('should take a heading rank from 1 to 6 only', () => {
    <GroupManager headingLevel={3} />;
    // @ts-expect-error there is no h7
    <GroupManager headingLevel={7} />;
    <TeamPage heading={<h2>Team</h2>} headingLevel={3} />;
    expectTypeOf<HeadingLevel>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6>();
  });
});
