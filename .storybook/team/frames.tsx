import { storyNameFromExport, toId } from 'storybook/internal/csf';

/** One state of a dialog, shown by rendering its own story in a frame. */
export interface FrameState {
  title: string;
  /** The export name of the story in the same file. */
  story: string;
}

interface StoryContextLike {
  title: string;
  globals: Record<string, unknown>;
}

/**
 * Shows several dialog stories side by side, each in a frame of its own.
 * Dialogs are modal and portalled to <body>: two open in one document would
 * fight over focus and hide each other from assistive technology.
 */
export function storyFrames(states: FrameState[]) {
  return (_args: unknown, context: StoryContextLike) => (
    <FrameGrid states={states} title={context.title} globals={context.globals} />
  );
}

const FRAME_GLOBALS = ['theme', 'language', 'person'];

function FrameGrid(props: {
  states: FrameState[];
  title: string;
  globals: Record<string, unknown>;
}) {
  // Only the kit's own toolbar globals: the addons' ones do not survive a URL as text.
  const globals = FRAME_GLOBALS.filter((key) => props.globals[key] !== undefined)
    .map((key) => `${key}:${String(props.globals[key])}`)
    .join(';');

  return (
    <div className="story-frames">
      {props.states.map((state) => {
        const url = new URL('iframe.html', window.location.href);
        url.search = new URLSearchParams({
          id: toId(props.title, storyNameFromExport(state.story)),
          viewMode: 'story',
          globals,
        }).toString();

        return (
          <section key={state.story} className="story-state" aria-label={state.title}>
            <h2>{state.title}</h2>
            <iframe title={state.title} src={url.toString()} className="story-frame" />
          </section>
        );
      })}
    </div>
  );
}
