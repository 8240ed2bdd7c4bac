import { describe, expect, it } from 'vitest';
import { createTeamClient } from '../src';
import {
  createDemoTeam,
  createMemoryAdapter,
  createMemoryStore,
  DEMO_PEOPLE,
} from '../src/memory';

describe('given the demo team', () => {
  it('should invite, list, and accept', async () => {
    const store = createMemoryStore(createDemoTeam());
    const client = createTeamClient({
      adapter: createMemoryAdapter({ store, actingAs: DEMO_PEOPLE.superAdmin }),
    });
    const me = await client.me();
    expect(me.member.superAdmin).toBe(true);
    const page = await client.listMembers({ search: 'malee' });
    expect(page.items[0]?.id).toBe(DEMO_PEOPLE.superAdmin);
    const before = await client.getSeats();
    const invitation = await client.invite({
      email: '  New.Person@Example.com ',
      role: 'cs',
    });
    expect(invitation.email).toBe('new.person@example.com');
    expect((await client.getSeats()).used).toBe(before.used + 1);
    const mail = store.outbox.at(-1)!;
    const accepted = await client.acceptInvitation({
      token: mail.token,
      name: 'New Person',
    });
    expect(accepted.member.role).toBe('cs');
    await expect(
      client.acceptInvitation({ token: mail.token, name: 'Again' }),
    ).rejects.toMatchObject({ code: 'invitation_invalid' });
    await expect(client.changeRole(DEMO_PEOPLE.superAdmin, 'cs')).rejects.toMatchObject({
      code: 'self_action',
    });
    await expect(client.invite({ email: 'nope', role: 'cs' })).rejects.toMatchObject({
      code: 'validation',
    });
  });
});
