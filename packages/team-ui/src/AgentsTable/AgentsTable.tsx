import type { Group, Invitation, MemberSort } from '@fiko/team-sdk';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { VISUALLY_HIDDEN } from '../provider/LiveRegion';
import { useTeam } from '../provider/TeamProvider';
import { useResendInvitation } from '../query/mutations';
import { useGroups, useMe } from '../query/queries';
import { useErrorText } from '../shared/errors';
import { useDateFormat, useFullDateFormat } from '../shared/format';
import {
  type MemberLabel,
  MemberLabelContext,
  memberLabelFor,
  sharedNames,
} from '../shared/memberLabel';
import { PartBoundary } from '../shared/PartBoundary';
import { PortalContainerContext } from '../shared/PortalContainer';
import { type Facts, useFacts } from '../shared/useFacts';
import { FocusFallbackContext, useFocusRescue } from '../shared/useFocusRescue';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import { useRootProps } from '../shared/useRootProps';
import { AgentDialogs } from './AgentDialogs';
import {
  AgentRowView,
  builtInCell,
  type CellSpec,
  type RowContext,
} from './AgentRowView';
import { AgentsToolbar } from './AgentsToolbar';
import { InviteButton } from './InviteButton';
import { RowActionsMenu } from './RowActionsMenu';
import {
  hasBuiltInActions,
  invitationActions,
  type MenuAction,
  memberActions,
  type RowIntent,
} from './rowActions';
import {
  type AgentRow,
  type AgentRowAction,
  type AgentsColumnId,
  type AgentsQuery,
  type AgentsTableColumn,
  DEFAULT_AGENTS_QUERY,
} from './types';
import { useAgentRows } from './useAgentRows';

export interface AgentsTableProps {
  /** Built-in columns to leave out. `member` is always shown. Defaults to `[]`. */
  hiddenColumns?: Array<Exclude<AgentsColumnId, 'member'>>;
  /** Columns of the host's own, shown before the actions. Defaults to `[]`. */
  columns?: AgentsTableColumn[];
  /** The host's own row actions, after the built-in ones. Defaults to none. */
  rowActions?: (row: AgentRow) => AgentRowAction[];
  /** Search, filters and sort on first render. Defaults to everyone by name. */
  defaultQuery?: Partial<AgentsQuery>;
  /** Show seat usage and the invite button above the table. Defaults to `true`. */
  showInvite?: boolean;
  /** Called after an invitation was sent from the table. */
  onInvited?: (invitation: Invitation) => void;
  /** Estimated row height in pixels, before rows are measured. Defaults to `56`. */
  estimatedRowHeight?: number;
  className?: string;
}

const BUILT_IN: Array<Exclude<AgentsColumnId, 'actions'>> = [
  'member',
  'role',
  'status',
  'groups',
  'date',
];

const SORT_OF: Partial<Record<AgentsColumnId, AgentsQuery['sort']>> = {
  member: 'name',
  role: 'role',
  status: 'status',
  date: 'joinedAt',
};

/** Rows fetched ahead of the last visible one. */
const PREFETCH_ROWS = 30;

/**
 * Members and open invitations in one table: search, filters, sort, row
 * actions checked by the rules, and a virtualized body that stays smooth at
 * tens of thousands of rows.
 */
export function AgentsTable(props: AgentsTableProps) {
  const { messages } = useTeam();
  const rootProps = useRootProps('agents-table', props.className);
  const [query, setQuery] = useState<AgentsQuery>({
    ...DEFAULT_AGENTS_QUERY,
    ...props.defaultQuery,
  });
  const data = useAgentRows(query);
  const memberLabel = useMemberLabelOf(data.rows);
  const actions = useRowActions(props.rowActions, memberLabel);
  const cells = useCells(props, actions.render);
  const filtered =
    query.search !== '' || query.role !== undefined || query.status !== undefined;
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const search = useRef<HTMLInputElement>(null);

  function clearFilters() {
    // The button goes with the empty state: focus the search box it cleared.
    search.current?.focus();
    setQuery({ ...DEFAULT_AGENTS_QUERY });
  }

  return (
    <div {...rootProps} ref={setRoot}>
      <PortalContainerContext.Provider value={root}>
        <div data-slot="header" className="fiko-table-header">
          <AgentsToolbar query={query} onQueryChange={setQuery} searchRef={search} />
          {props.showInvite === false ? null : (
            <InviteButton onInvited={props.onInvited} />
          )}
        </div>
        <PartBoundary>
          <AgentsGrid
            data={data}
            cells={cells}
            query={query}
            onQueryChange={setQuery}
            notices={actions.notices}
            estimatedRowHeight={props.estimatedRowHeight ?? 56}
            emptyText={filtered ? messages.table.emptyFiltered : messages.table.empty}
            onClearFilters={filtered ? clearFilters : undefined}
            scrollerRef={actions.scrollerRef}
          />
        </PartBoundary>
        {actions.dialogs}
      </PortalContainerContext.Provider>
    </div>
  );
}

/**
 * How the table names members: with the email address where a name is shared
 * on the loaded rows. Kept while the set of shared names stays the same, so
 * the rows are not drawn again on every page loaded.
 */
function useMemberLabelOf(rows: readonly AgentRow[]): MemberLabel {
  const shared = useMemo(
    () =>
      sharedNames(
        rows.flatMap((row) => (row.kind === 'member' ? [row.member] : [])),
      ).join('\n'),
    [rows],
  );
  return useMemo(() => memberLabelFor(shared ? shared.split('\n') : []), [shared]);
}

/** The menus, the dialogs they open, and the notices of refused optimistic changes. */
function useRowActions(
  hostActions: AgentsTableProps['rowActions'],
  memberLabel: MemberLabel,
) {
  const { messages, announce } = useTeam();
  const facts = useFacts();
  const errorText = useErrorText();
  const [intent, setIntent] = useState<RowIntent>();
  const [open, setOpen] = useState(false);
  const [notices, setNotices] = useState<ReadonlyMap<string, string>>(new Map());
  const returnFocus = useRef<HTMLElement | null>(null);
  const returnPlace = useRef<RowPlace>(undefined);
  const scroller = useRef<HTMLElement | null>(null);
  const focusRescue = useFocusRescue<RowPlace>({
    placeOf: rowPlace,
    fallback: (place) => rowFallback(scroller.current, place),
  });
  const { ref: rescueRef, rescue } = focusRescue;
  const scrollerRef = useCallback(
    (element: HTMLElement | null) => {
      scroller.current = element;
      rescueRef(element);
    },
    [rescueRef],
  );
  const fallbackFocus = useCallback(() => rescue(returnPlace.current), [rescue]);

  const setNotice = useCallback((rowId: string, text: string | undefined) => {
    setNotices((current) => {
      if (current.get(rowId) === text) return current;
      const next = new Map(current);
      if (text === undefined) next.delete(rowId);
      else next.set(rowId, text);
      return next;
    });
  }, []);

  // `mutate` keeps its identity across renders, unlike the mutation's result:
  // depending on the result remade every row's menu on every render.
  const { mutate: resend } = useResendInvitation({
    onSuccess: (invitation) => announce(messages.invite.resent(invitation.email)),
    onError: (error) => announce(errorText(error)),
  });

  const onAction = useCallback(
    (action: MenuAction, trigger: HTMLElement | null) => {
      const id =
        action.intent.kind === 'resend' || action.intent.kind === 'cancel'
          ? action.intent.invitation.id
          : action.intent.member.id;
      setNotice(id, undefined);
      if (action.intent.kind === 'resend') {
        resend(action.intent.invitation, {
          onError: (error) => setNotice(id, errorText(error)),
        });
        return;
      }
      returnFocus.current = trigger;
      returnPlace.current = trigger ? rowPlace(trigger) : undefined;
      setIntent(action.intent);
      setOpen(true);
    },
    [resend, setNotice, errorText],
  );

  const render = useCallback(
    (row: AgentRow) =>
      renderMenu(row, facts, messages, hostActions, onAction, memberLabel),
    [facts, messages, hostActions, onAction, memberLabel],
  );

  const dialogs = (
    <FocusFallbackContext.Provider value={fallbackFocus}>
      <MemberLabelContext.Provider value={memberLabel}>
        <AgentDialogs
          intent={intent}
          open={open}
          onOpenChange={setOpen}
          returnFocusTo={returnFocus}
          onRefused={setNotice}
        />
      </MemberLabelContext.Provider>
    </FocusFallbackContext.Provider>
  );

  return { render, dialogs, notices, scrollerRef };
}

/** Where a focused element of the table stands: its row, if in one. */
type RowPlace = { id: string; index: number } | undefined;

function rowPlace(element: HTMLElement): RowPlace {
  const row = element.closest<HTMLElement>('tr[data-slot="row"]');
  if (!row?.dataset.rowId) return undefined;
  return { id: row.dataset.rowId, index: Number(row.dataset.index) };
}

/**
 * What takes focus when a row's control is gone: the same row if it is still
 * drawn, else the row that took its place (or the one before, at the end),
 * else the table's scroll region.
 */
function rowFallback(scroller: HTMLElement | null, place: RowPlace) {
  if (!scroller) return undefined;
  if (place) {
    const rows = [...scroller.querySelectorAll<HTMLElement>('tr[data-slot="row"]')];
    const row =
      rows.find((candidate) => candidate.dataset.rowId === place.id) ??
      rows.find((candidate) => Number(candidate.dataset.index) >= place.index) ??
      rows.at(-1);
    const trigger = row?.querySelector<HTMLElement>('[data-slot="row-actions-trigger"]');
    if (trigger) return trigger;
  }
  return scroller;
}

function renderMenu(
  row: AgentRow,
  facts: Facts | undefined,
  messages: ReturnType<typeof useTeam>['messages'],
  hostActions: AgentsTableProps['rowActions'],
  onAction: (action: MenuAction, trigger: HTMLElement | null) => void,
  memberLabel: MemberLabel,
): ReactNode {
  if (!facts) return null;
  const builtIn = hasBuiltInActions(facts);
  const extra = hostActions?.(row) ?? [];
  if (!builtIn && extra.length === 0) return null;

  // Checked against the rules only when the menu opens: checking every row
  // as it scrolled in cost more than drawing it.
  const actions = () => {
    if (!builtIn) return [];
    return row.kind === 'member'
      ? memberActions(row.member, facts, messages)
      : invitationActions(row.invitation, facts, messages);
  };
  const label = row.kind === 'member' ? memberLabel(row.member) : row.invitation.email;
  return (
    <RowActionsMenu
      row={row}
      label={label}
      actions={actions}
      extra={extra}
      onAction={onAction}
    />
  );
}

interface Column {
  id: string;
  header: ReactNode;
  sort?: MemberSort;
}

/** The visible columns in order, with how each draws its cells. */
function useCells(props: AgentsTableProps, renderActions: (row: AgentRow) => ReactNode) {
  const { messages } = useTeam();
  const me = useMe();
  const groups = useGroups();
  const formatDate = useDateFormat();
  const fullDate = useFullDateFormat();
  const { hiddenColumns, columns: hostColumns } = props;

  const context = useMemo<RowContext>(
    () => ({
      messages,
      meId: me.data?.member.id,
      groupsById: new Map((groups.data ?? []).map((group: Group) => [group.id, group])),
      formatDate: remembered((iso) => formatDate(iso)),
      formatFullDate: remembered((iso) => fullDate.format(Date.parse(iso))),
    }),
    [messages, me.data?.member.id, groups.data, formatDate, fullDate],
  );

  return useMemo(() => {
    const hidden = hiddenColumns ?? [];
    const columns: Array<Column & CellSpec> = [];
    for (const id of BUILT_IN) {
      if (id !== 'member' && hidden.includes(id)) continue;
      columns.push({
        id,
        header: messages.table[id],
        sort: SORT_OF[id],
        render: builtInCell(id, context),
      });
    }
    for (const column of hostColumns ?? []) {
      columns.push({
        id: column.id,
        header: column.header,
        render: (row) => column.cell(row),
      });
    }
    if (!hidden.includes('actions')) {
      columns.push({
        id: 'actions',
        header: <span style={VISUALLY_HIDDEN}>{messages.table.actions}</span>,
        render: (row) => renderActions(row),
      });
    }
    return columns;
  }, [hiddenColumns, hostColumns, messages, context, renderActions]);
}

/** Formatting a date costs more than drawing its row; rows scrolled back in reuse it. */
const REMEMBERED_DATES = 2_000;

function remembered(format: (iso: string) => string): (iso: string) => string {
  const known = new Map<string, string>();
  return (iso) => {
    let text = known.get(iso);
    if (text === undefined) {
      if (known.size >= REMEMBERED_DATES) known.clear();
      text = format(iso);
      known.set(iso, text);
    }
    return text;
  };
}

interface AgentsGridProps {
  data: ReturnType<typeof useAgentRows>;
  cells: Array<Column & CellSpec>;
  query: AgentsQuery;
  onQueryChange: (query: AgentsQuery) => void;
  notices: ReadonlyMap<string, string>;
  estimatedRowHeight: number;
  emptyText: string;
  onClearFilters: (() => void) | undefined;
  /** Receives the scroll region, which keeps focus when a focused row goes. */
  scrollerRef: (element: HTMLElement | null) => void;
}

/** The scrollable `<table>`: headers with sort, and the virtual window of rows. */
function AgentsGrid(props: AgentsGridProps) {
  const { messages, announce } = useTeam();
  const errorText = useErrorText();
  const { data, cells } = props;
  const captionId = useId();
  const scroller = useRef<HTMLElement>(null);
  const count = data.rows.length + (data.hasMore ? 1 : 0);
  const { rows } = data;
  // A new key function makes the virtualizer lay out every loaded row again.
  const getItemKey = useCallback(
    (index: number) => rows[index]?.id ?? '__loader',
    [rows],
  );
  const rowHeight = useRowHeight(props.estimatedRowHeight);
  const { scrollerRef } = props;
  const setScroller = useCallback(
    (element: HTMLElement | null) => {
      scroller.current = element;
      scrollerRef(element);
    },
    [scrollerRef],
  );

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight.size,
    getItemKey,
    overscan: 8,
    initialRect: { width: 1024, height: 640 },
    observeElementRect: observeSizeLater,
    scrollToFn: scrollUnlessThere,
  });
  const { measure } = virtualizer;
  useIsomorphicLayoutEffect(() => {
    if (rowHeight.measured) measure();
  }, [rowHeight.measured, measure]);
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];

  const lastIndex = last?.index ?? -1;
  const rowCount = data.rows.length;
  const { loadMore } = data;
  useEffect(() => {
    if (lastIndex >= 0 && lastIndex >= rowCount - PREFETCH_ROWS) loadMore();
  }, [lastIndex, rowCount, loadMore]);

  // A table row that appears is not read out: say in the live region that
  // nothing matches, each time a search or filter comes up empty.
  const empty = !data.error && !data.isLoading && data.rows.length === 0;
  const { emptyText } = props;
  useEffect(() => {
    if (empty) announce(emptyText);
  }, [empty, emptyText, announce]);

  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (last?.end ?? 0);

  return (
    <section
      ref={setScroller}
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
      tabIndex={0}
      data-slot="table-scroll"
      className="fiko-table-scroll"
      style={{ overflow: 'auto', maxHeight: 'var(--fiko-table-max-height, 70vh)' }}
    >
      <table
        data-slot="table"
        className="fiko-table"
        aria-rowcount={data.total + 1}
        aria-busy={data.isLoading || data.isStale || undefined}
      >
        <caption id={captionId} style={VISUALLY_HIDDEN}>
          {messages.table.label}
        </caption>
        <thead data-slot="thead" className="fiko-thead">
          <tr aria-rowindex={1} data-slot="header-row">
            {cells.map((cell) => (
              <HeaderCell
                key={cell.id}
                column={cell}
                query={props.query}
                onQueryChange={props.onQueryChange}
              />
            ))}
          </tr>
        </thead>
        <tbody data-slot="tbody" className="fiko-tbody">
          {data.error ? (
            <MessageRow colSpan={cells.length} slot="error" alert>
              <p>{messages.table.loadError}</p>
              <p>{errorText(data.error)}</p>
              <button type="button" className="fiko-button" onClick={data.retry}>
                {messages.table.retry}
              </button>
            </MessageRow>
          ) : data.isLoading ? (
            <SkeletonRows columns={cells.length} label={messages.table.loading} />
          ) : data.rows.length === 0 ? (
            <MessageRow colSpan={cells.length} slot="empty">
              <p>{props.emptyText}</p>
              {props.onClearFilters ? (
                <button
                  type="button"
                  className="fiko-button"
                  onClick={props.onClearFilters}
                >
                  {messages.table.clearFilters}
                </button>
              ) : null}
            </MessageRow>
          ) : (
            <>
              <SpacerRow height={before} colSpan={cells.length} />
              {items.map((item) => {
                const row = data.rows[item.index];
                if (!row) {
                  return (
                    <LoaderRow
                      key="__loader"
                      colSpan={cells.length}
                      index={item.index}
                      label={messages.table.loadingMore}
                    />
                  );
                }
                return (
                  <AgentRowView
                    key={row.id}
                    row={row}
                    rowIndex={item.index + 2}
                    virtualIndex={item.index}
                    cells={cells}
                    notice={props.notices.get(row.id)}
                    measure={rowHeight.measured ? undefined : rowHeight.measureRow}
                  />
                );
              })}
              <SpacerRow height={after} colSpan={cells.length} />
            </>
          )}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The height of a row, read once from the first row drawn. Rows are not
 * measured one by one: observing and reading each row as it scrolled in
 * forced a layout per row and dropped most frames of a fast scroll. The
 * table keeps its rows in flow between spacers, so a taller row (one with
 * a notice) only shifts the rows after it.
 */
function useRowHeight(estimated: number) {
  const [measured, setMeasured] = useState<number>();
  const observer = useRef<ResizeObserver>(null);
  const measureRow = useCallback((element: HTMLTableRowElement | null) => {
    observer.current?.disconnect();
    if (!element || typeof ResizeObserver === 'undefined') return;
    // Read once the browser has laid the row out anyway, never forcing a layout.
    observer.current = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize ?? 0;
      if (height > 0) setMeasured(height);
    });
    observer.current.observe(element);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return { size: measured ?? estimated, measured, measureRow };
}

/**
 * Scrolls the table unless it is already at that offset. On attaching, the
 * virtualizer scrolls to where it believes the list stands (the top, for a
 * new table), which forced a layout in the middle of the first render.
 */
function scrollUnlessThere(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: { scrollElement: Element | null; scrollOffset: number | null },
) {
  const top = offset + (options.adjustments ?? 0);
  if (top === (instance.scrollOffset ?? 0) && !options.behavior) return;
  instance.scrollElement?.scrollTo({ top, behavior: options.behavior });
}

/**
 * The scroller's size from a ResizeObserver only. The virtualizer's default
 * also reads it at once, which forced a layout of the whole page in the
 * middle of the first render; `initialRect` stands in until the first report.
 */
function observeSizeLater(
  instance: { scrollElement: Element | null },
  report: (rect: { width: number; height: number }) => void,
) {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (box) report({ width: box.inlineSize, height: box.blockSize });
  });
  observer.observe(element, { box: 'border-box' });
  return () => observer.disconnect();
}

function HeaderCell(props: {
  column: Column;
  query: AgentsQuery;
  onQueryChange: (query: AgentsQuery) => void;
}) {
  const { messages } = useTeam();
  const { column, query } = props;
  const sort = column.sort as AgentsQuery['sort'] | undefined;

  if (!sort) {
    return (
      <th
        scope="col"
        data-slot="column-header"
        data-column={column.id}
        className="fiko-th"
      >
        {column.header}
      </th>
    );
  }

  const active = query.sort === sort;
  const direction = active
    ? query.order === 'asc'
      ? 'ascending'
      : 'descending'
    : 'none';
  const next = active && query.order === 'asc' ? 'desc' : 'asc';

  return (
    <th
      scope="col"
      aria-sort={direction}
      data-slot="column-header"
      data-column={column.id}
      data-state={direction}
      className="fiko-th"
    >
      <button
        type="button"
        data-slot="sort-button"
        className="fiko-sort-button"
        onClick={() => props.onQueryChange({ ...query, sort, order: next })}
      >
        {column.header}
        <span aria-hidden="true" data-slot="sort-icon" className="fiko-sort-icon">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
        <span style={VISUALLY_HIDDEN}>
          {direction === 'none' ? messages.toolbar.sortBy(String(column.header)) : ''}
        </span>
      </button>
    </th>
  );
}

function SpacerRow(props: { height: number; colSpan: number }) {
  if (props.height <= 0) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, never focusable
    <tr aria-hidden="true" data-slot="spacer-row">
      <td
        colSpan={props.colSpan}
        style={{ height: props.height, padding: 0, border: 0 }}
      />
    </tr>
  );
}

function LoaderRow(props: { colSpan: number; index: number; label: string }) {
  return (
    <tr data-index={props.index} data-slot="loader-row">
      <td colSpan={props.colSpan} className="fiko-cell fiko-muted">
        {props.label}
      </td>
    </tr>
  );
}

function MessageRow(props: {
  colSpan: number;
  slot: string;
  alert?: boolean;
  children: ReactNode;
}) {
  return (
    <tr data-slot={`${props.slot}-row`} aria-rowindex={2}>
      <td colSpan={props.colSpan} className="fiko-cell fiko-message-cell">
        <div
          data-slot={`${props.slot}-state`}
          className="fiko-message"
          role={props.alert ? 'alert' : undefined}
        >
          {props.children}
        </div>
      </td>
    </tr>
  );
}

const SKELETON_ROWS = 6;

function SkeletonRows(props: { columns: number; label: string }) {
  return (
    <>
      <tr data-slot="loading-row" aria-rowindex={2}>
        <td colSpan={props.columns} style={VISUALLY_HIDDEN}>
          {props.label}
        </td>
      </tr>
      {Array.from({ length: SKELETON_ROWS }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have nothing else to key on
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a placeholder row, never focusable
        <tr key={index} aria-hidden="true" data-slot="skeleton-row" className="fiko-row">
          {Array.from({ length: props.columns }, (_, cell) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have nothing else to key on
            <td key={cell} className="fiko-cell">
              <span data-slot="skeleton" className="fiko-skeleton" />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
