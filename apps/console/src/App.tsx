import { Redirect, Route, Switch } from 'wouter';
import type { ConsoleBackend } from './backend/consoleBackend';
import { BillingPage } from './pages/BillingPage';
import { JoinPage } from './pages/JoinPage';
import { MailboxPage } from './pages/MailboxPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { isTeamTab, TeamRoute } from './pages/TeamRoute';
import { SignedInArea } from './SignedInArea';
import { SessionProvider } from './session/SessionProvider';
import { Header } from './shell/Header';
import { Navigation } from './shell/Navigation';

function Routes() {
  return (
    <Switch>
      {/* Public: the invitee has no session, and the mailbox stands in for their inbox. */}
      <Route path="/join">
        <JoinPage />
      </Route>
      <Route path="/mailbox">
        <MailboxPage />
      </Route>
      <Route path="/">
        <Redirect to="/team/agents" replace />
      </Route>
      <Route path="/team">
        <Redirect to="/team/agents" replace />
      </Route>
      <Route>
        <SignedInArea>
          <Switch>
            <Route path="/team/:tab">
              {({ tab }) => (isTeamTab(tab) ? <TeamRoute tab={tab} /> : <NotFoundPage />)}
            </Route>
            <Route path="/billing">
              <BillingPage />
            </Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </SignedInArea>
      </Route>
    </Switch>
  );
}

/** The console: header, navigation and the page the address names. */
export function App({ backend }: { backend: ConsoleBackend }) {
  return (
    <SessionProvider backend={backend}>
      <div className="console">
        <a className="console-skip" href="#console-main">
          Skip to content
        </a>
        <Header />
        <div className="console-body">
          <Navigation />
          <main id="console-main" className="console-main" tabIndex={-1}>
            <Routes />
          </main>
        </div>
      </div>
    </SessionProvider>
  );
}
