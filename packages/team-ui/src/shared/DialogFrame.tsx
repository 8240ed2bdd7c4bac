import * as Dialog from '@radix-ui/react-dialog';
import { type ReactNode, type RefObject, useContext } from 'react';
import { cx } from './cx';
import { FocusFallbackContext } from './useFocusRescue';
import { useRootProps } from './useRootProps';

export interface DialogFrameProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** `data-slot` of the dialog's content. */
  slot: string;
  title: ReactNode;
  description?: ReactNode;
  /** Where focus goes when the dialog closes, when it was not opened by a `Dialog.Trigger`. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  /** `alertdialog` for confirmations of destructive changes. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  /** A trigger for the uncontrolled use, rendered as `Dialog.Trigger asChild`. */
  trigger?: ReactNode;
  children: ReactNode;
}

/** The portal, overlay and content every dialog of the kit shares. */
export function DialogFrame(props: DialogFrameProps) {
  const rootProps = useRootProps(props.slot, cx('fiko-dialog', props.className));
  const overlayProps = useRootProps('dialog-overlay', 'fiko-overlay');

  const fallback = useContext(FocusFallbackContext);

  // The element that opened the dialog may be gone (its row deleted): then
  // the part that opened it names a neighbour, rather than leaving focus on
  // <body>.
  function returnFocus(event: Event) {
    const returned = props.returnFocusTo?.current;
    if (!returned) return;
    const target = returned.isConnected ? returned : fallback?.();
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  return (
    <Dialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      {props.trigger ? <Dialog.Trigger asChild>{props.trigger}</Dialog.Trigger> : null}
      <Dialog.Portal>
        <Dialog.Overlay {...overlayProps} />
        <Dialog.Content
          {...rootProps}
          role={props.role ?? 'dialog'}
          onCloseAutoFocus={returnFocus}
          {...(props.description ? {} : { 'aria-describedby': undefined })}
        >
          <Dialog.Title data-slot="dialog-title" className="fiko-dialog-title">
            {props.title}
          </Dialog.Title>
          {props.description ? (
            <Dialog.Description
              data-slot="dialog-description"
              className="fiko-dialog-description"
            >
              {props.description}
            </Dialog.Description>
          ) : null}
          {props.children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** The closing row of a dialog: cancel, then the main action. */
export function DialogFooter(props: { children: ReactNode }) {
  return (
    <div data-slot="dialog-footer" className="fiko-dialog-footer">
      {props.children}
    </div>
  );
}

/** Closes the dialog it is in. */
export function DialogCancel(props: { children: ReactNode; disabled?: boolean }) {
  return (
    <Dialog.Close asChild>
      <button
        type="button"
        data-slot="dialog-cancel"
        className="fiko-button"
        disabled={props.disabled}
      >
        {props.children}
      </button>
    </Dialog.Close>
  );
}
