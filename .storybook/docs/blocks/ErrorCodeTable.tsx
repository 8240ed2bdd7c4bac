import { TEAM_ERROR_CODES } from '@fiko/team-sdk';
import { ERROR_STATUS } from '@fiko/team-sdk/contract';
import { en, th } from '@fiko/team-ui';

/** Every `TeamError` code with its HTTP status and the messages the UI shows. */
export function ErrorCodeTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">HTTP status</th>
          <th scope="col">Message (English)</th>
          <th scope="col">Message (Thai)</th>
        </tr>
      </thead>
      <tbody>
        {TEAM_ERROR_CODES.map((code) => (
          <tr key={code}>
            <th scope="row">
              <code>{code}</code>
            </th>
            <td>{ERROR_STATUS[code]}</td>
            <td>{en.errors[code]}</td>
            <td lang="th">{th.errors[code]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
