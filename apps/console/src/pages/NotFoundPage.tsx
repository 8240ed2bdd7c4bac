import { Link } from 'wouter';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  return (
    <section className="console-page" aria-labelledby="not-found-heading">
      <PageHeading id="not-found-heading">Page not found</PageHeading>
      <p>
        Nothing lives at this address. Go to{' '}
        <Link href="/team/agents">Team → Agents</Link>.
      </p>
    </section>
  );
}
