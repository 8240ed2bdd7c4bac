import { PERMISSION_NAMES, PERMISSIONS, ROLES } from '@fiko/team-sdk';
import { en } from '@fiko/team-ui';

/** The SDK's PERMISSIONS table as the product shows it: one row per capability. */
export function PermissionTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Capability</th>
          <th scope="col">Key</th>
          {ROLES.map((role) => (
            <th key={role} scope="col">
              {en.roles[role]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {PERMISSION_NAMES.map((permission) => {
          const rule = PERMISSIONS[permission];
          return (
            <tr key={permission}>
              <th scope="row">{en.permissions[permission]}</th>
              <td>
                <code>{permission}</code>
              </td>
              {ROLES.map((role) => (
                <td key={role}>
                  {en.access[rule.access[role]]}
                  {'superAdminOnly' in rule && rule.access[role] !== 'none'
                    ? ' (super admins only)'
                    : ''}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
