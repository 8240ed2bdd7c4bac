import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [active] = useRoute(href);
  return (
    <Link href={href} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

/** Team (Agents, Groups), Mailbox and Billing. */
export function Navigation() {
  return (
    <nav aria-label="Console" className="console-nav">
      <ul>
        <li>
          <span className="console-nav-section" id="console-nav-team">
            Team
          </span>
          <ul aria-labelledby="console-nav-team">
            <li>
              <NavLink href="/team/agents">Agents</NavLink>
            </li>
            <li>
              <NavLink href="/team/groups">Groups</NavLink>
            </li>
          </ul>
        </li>
        <li>
          <NavLink href="/mailbox">Mailbox</NavLink>
        </li>
        <li>
          <NavLink href="/billing">Billing</NavLink>
        </li>
      </ul>
    </nav>
  );
}
