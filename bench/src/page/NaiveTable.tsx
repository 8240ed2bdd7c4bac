import type { Member } from '@fiko/team-sdk';
import { useState } from 'react';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/**
 * The baseline: a plain React table that filters in render and draws every
 * row, the way a table is first written before it meets a large team.
 */
export function NaiveTable(props: { members: readonly Member[] }) {
  const [search, setSearch] = useState('');
  const term = search.trim().toLowerCase();
  const rows = term
    ? props.members.filter(
        (member) =>
          member.name.toLowerCase().includes(term) || member.email.includes(term),
      )
    : props.members;

  return (
    <div>
      <input
        type="search"
        aria-label="Search"
        data-bench="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <div data-bench="scroll" style={{ overflow: 'auto', maxHeight: '70vh' }}>
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Role</th>
              <th>Status</th>
              <th>Joined</th>
            </tr>
          </thead>
          <tbody data-bench="tbody">
            {rows.map((member) => (
              <tr key={member.id} data-bench="row">
                <td>{member.name}</td>
                <td>{member.email}</td>
                <td>{member.role}</td>
                <td>{member.status}</td>
                <td>{dateFormat.format(Date.parse(member.joinedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
