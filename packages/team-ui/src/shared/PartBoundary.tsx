import { useQueryClient } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { useTeam } from '../provider/TeamProvider';
import { teamKeys } from '../query/teamKeys';

interface BoundaryProps {
  fallback: (retry: () => void) => ReactNode;
  onRetry: () => void;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
}

/** React's error boundary: only a class can be one. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  // React itself reports the error (console.error in development, or the
  // root's onCaughtError): the boundary only keeps the host's page standing.
  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}

/**
 * Keeps a failure inside one part of the kit (a host's column that throws, a
 * value no component expected) from unmounting the host's whole page: the
 * part says so and offers to try again, with the team's data fetched afresh.
 */
export function PartBoundary(props: { children: ReactNode }) {
  const { messages } = useTeam();
  const queryClient = useQueryClient();

  return (
    <Boundary
      onRetry={() => void queryClient.invalidateQueries({ queryKey: teamKeys.all() })}
      fallback={(retry) => (
        <div data-slot="part-error" className="fiko-message" role="alert">
          <p>{messages.page.failed}</p>
          <button type="button" className="fiko-button" onClick={retry}>
            {messages.table.retry}
          </button>
        </div>
      )}
    >
      {props.children}
    </Boundary>
  );
}
