/*
 * Measurements taken inside the page, so that no round trip to the driver
 * lands inside a figure: mount to first rows, keystroke to updated rows,
 * and frame times while scrolling.
 */

export interface TableProbe {
  /** The element whose subtree holds the rows. */
  root: () => Element;
  rows: () => NodeListOf<Element>;
  search: () => HTMLInputElement;
  scroller: () => HTMLElement;
  /** The table says it is showing rows of an older query. */
  busy: () => boolean;
  /** The table shows its empty state. */
  empty: () => boolean;
  /** More rows are still to be fetched (a loader row is shown). */
  moreToLoad: () => boolean;
}

import { adapterSpent } from './adapterClock';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves with the time at which `done()` first holds after a DOM change. */
function whenMutated(
  target: Element,
  done: () => boolean,
  timeoutMs: number,
): Promise<number | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(undefined);
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      const at = performance.now();
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(at);
    });
    observer.observe(target, { subtree: true, childList: true, attributes: true });
  });
}

/** A duration, and the part of it spent inside the adapter. */
export interface Timed {
  ms: number;
  adapterMs: number;
}

/** Milliseconds from `render()` to the first data row in the DOM. */
export async function timeToFirstRows(
  probe: TableProbe,
  render: () => void,
  timeoutMs = 30_000,
): Promise<Timed | undefined> {
  const started = performance.now();
  const adapterBefore = adapterSpent();
  const shown = whenMutated(probe.root(), () => probe.rows().length > 0, timeoutMs);
  render();
  const at = await shown;
  if (at === undefined) return undefined;
  return { ms: at - started, adapterMs: adapterSpent() - adapterBefore };
}

function rowsMatch(probe: TableProbe, term: string): boolean {
  if (probe.busy()) return false;
  const rows = probe.rows();
  if (rows.length === 0) return term !== '' && probe.empty();
  const checked = Math.min(rows.length, 20);
  for (let index = 0; index < checked; index++) {
    const text = rows[index]!.textContent?.toLowerCase() ?? '';
    if (!text.includes(term)) return false;
  }
  return true;
}

const setInputValue = Object.getOwnPropertyDescriptor(
  HTMLInputElement.prototype,
  'value',
)!.set!;

/**
 * Types each value of `values` into the search box, one input event at a
 * time, and times each until the rows show the new search. A keystroke that
 * never settles counts as `timeoutMs`.
 */
export async function timeKeystrokes(
  probe: TableProbe,
  values: readonly string[],
  timeoutMs = 3_000,
): Promise<{ times: number[]; adapterMs: number[]; timeouts: number }> {
  const times: number[] = [];
  const adapterMs: number[] = [];
  let timeouts = 0;
  for (const value of values) {
    const input = probe.search();
    const term = value.trim().toLowerCase();
    const settled = whenMutated(probe.root(), () => rowsMatch(probe, term), timeoutMs);
    const adapterBefore = adapterSpent();
    const started = performance.now();
    setInputValue.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const at = await settled;
    if (at === undefined) timeouts++;
    times.push(at === undefined ? timeoutMs : at - started);
    adapterMs.push(adapterSpent() - adapterBefore);
    await nextFrame();
    await nextFrame();
  }
  return { times, adapterMs, timeouts };
}

export interface ScrollResult {
  frames: number;
  /** Frames that took longer than 1.5 × 16.7 ms. */
  dropped: number;
  longestMs: number;
  durationMs: number;
  scrolledPx: number;
  reachedEnd: boolean;
}

/**
 * Scrolls the list from top to bottom by `stepPx` each frame, fetching as it
 * goes, and records the time between animation frames.
 */
export async function scrollWholeList(
  probe: TableProbe,
  stepPx: number,
  capMs = 15_000,
): Promise<ScrollResult> {
  const scroller = probe.scroller();
  scroller.scrollTop = 0;
  await nextFrame();
  await nextFrame();
  const deltas: number[] = [];
  const started = await nextFrame();
  let last = started;
  let reachedEnd = false;
  while (last - started < capMs) {
    scroller.scrollTop += stepPx;
    const now = await nextFrame();
    deltas.push(now - last);
    last = now;
    const atBottom =
      scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
    if (atBottom && !probe.moreToLoad()) {
      reachedEnd = true;
      break;
    }
  }
  return {
    frames: deltas.length,
    dropped: deltas.filter((delta) => delta > 1.5 * (1000 / 60)).length,
    longestMs: Math.max(0, ...deltas),
    durationMs: last - started,
    scrolledPx: scroller.scrollTop,
    reachedEnd,
  };
}
