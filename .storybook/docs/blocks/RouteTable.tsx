import { routes } from '@fiko/team-sdk/contract';

/** The adapter methods and the REST routes the HTTP adapter maps them to. */
export function RouteTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Adapter method</th>
          <th scope="col">HTTP route</th>
          <th scope="col">What it does</th>
          <th scope="col">Session</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(routes).map(([name, route]) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>
              <code>
                {route.method.toUpperCase()} /api/v1{route.path}
              </code>
            </td>
            <td>{route.summary}</td>
            <td>{'public' in route && route.public ? 'public' : 'required'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
