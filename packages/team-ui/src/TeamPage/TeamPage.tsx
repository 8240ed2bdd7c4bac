import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { AgentsTable, type AgentsTableProps } from '../AgentsTable/AgentsTable';
import { GroupManager } from '../GroupManager/GroupManager';
import { useTeam } from '../provider/TeamProvider';
import { type HeadingLevel, levelBelow } from '../shared/heading';
import { useControllableState } from '../shared/useControllableState';
import { useRootProps } from '../shared/useRootProps';

export type TeamTab = 'agents' | 'groups';

export interface TeamPageProps {
  /** Controlled tab. Defaults to uncontrolled. */
  tab?: TeamTab;
  /** The first tab shown when uncontrolled. Defaults to `'agents'`. */
  defaultTab?: TeamTab;
  onTabChange?: (tab: TeamTab) => void;
  /** Passed to the agents table. Defaults to `{}`. */
  agentsTableProps?: AgentsTableProps;
  /** A heading above the tabs. Defaults to none. */
  heading?: ReactNode;
  /**
   * Rank of the headings inside the tabs (the kinds of groups). Defaults to one
   * below `heading` when it is an `<h1>`–`<h5>` element, else `2`.
   */
  headingLevel?: HeadingLevel;
  className?: string;
}

const TABS: TeamTab[] = ['agents', 'groups'];

/**
 * The whole team page: Agents and Groups tabs. Tabs follow the WAI-ARIA
 * pattern: arrow keys, Home and End move between them (roving tabindex).
 */
export function TeamPage(props: TeamPageProps) {
  const { messages, dir } = useTeam();
  const rootProps = useRootProps('team-page', props.className);
  const [tab, setTab] = useControllableState<TeamTab>({
    value: props.tab,
    defaultValue: props.defaultTab ?? 'agents',
    onChange: props.onTabChange,
    name: 'TeamPage',
  });
  const baseId = useId();
  const tabRefs = useRef<Partial<Record<TeamTab, HTMLButtonElement | null>>>({});
  const idOf = (name: TeamTab, part: 'tab' | 'panel') => `${baseId}-${part}-${name}`;
  const headingLevel = props.headingLevel ?? levelBelow(props.heading) ?? 2;

  function onKeyDown(event: KeyboardEvent) {
    const next = nextTab(event.key, tab, dir);
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <div {...rootProps}>
      {props.heading}
      <div
        role="tablist"
        aria-label={messages.page.tabs}
        data-slot="tabs"
        className="fiko-tabs"
        onKeyDown={onKeyDown}
      >
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              tabRefs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={idOf(name, 'tab')}
            aria-selected={tab === name}
            aria-controls={idOf(name, 'panel')}
            tabIndex={tab === name ? 0 : -1}
            data-slot="tab"
            data-state={tab === name ? 'active' : 'inactive'}
            className="fiko-tab"
            onClick={() => setTab(name)}
          >
            {messages.page[name]}
          </button>
        ))}
      </div>
      {TABS.map((name) => (
        <div
          key={name}
          role="tabpanel"
          id={idOf(name, 'panel')}
          aria-labelledby={idOf(name, 'tab')}
          hidden={tab !== name}
          data-slot="tab-panel"
          data-state={tab === name ? 'active' : 'inactive'}
          className="fiko-tab-panel"
        >
          {tab === name ? (
            <Panel
              tab={name}
              agentsTableProps={props.agentsTableProps}
              headingLevel={headingLevel}
            />
          ) : null}
        </div>
      ))}
    </div>
  );
}

function Panel(props: {
  tab: TeamTab;
  agentsTableProps?: AgentsTableProps;
  headingLevel: HeadingLevel;
}) {
  if (props.tab === 'groups') return <GroupManager headingLevel={props.headingLevel} />;
  return <AgentsTable {...props.agentsTableProps} />;
}

/** The tab an arrow, Home or End key moves to; arrows follow the writing direction. */
function nextTab(key: string, current: TeamTab, dir: 'ltr' | 'rtl'): TeamTab | undefined {
  const index = TABS.indexOf(current);
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return TABS[(index + 1) % TABS.length];
  if (key === backward) return TABS[(index - 1 + TABS.length) % TABS.length];
  if (key === 'Home') return TABS[0];
  if (key === 'End') return TABS[TABS.length - 1];
  return undefined;
}
