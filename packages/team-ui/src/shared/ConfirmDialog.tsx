import { type ReactNode, type RefObject, useId } from 'react';
import { useTeam } from '../provider/TeamProvider';
import { DialogCancel, DialogFooter, DialogFrame } from './DialogFrame';
import { unavailableProps } from './unavailable';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** `data-slot` of the dialog. */
  slot: string;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  /** The button that closes without a change. Defaults to the catalog's "Cancel". */
  cancelLabel?: string;
  onConfirm: () => void;
  /** `danger` for permanent changes. Defaults to `'default'`. */
  tone?: 'default' | 'danger';
  /** Why the rules refuse this change; the confirm button refuses presses. */
  refusal?: string;
  /** A failure of the last attempt, shown above the buttons. */
  error?: string;
  /** While the change is on its way: the confirm button says so. */
  pending?: boolean;
  /** While the facts the rules need are loading: the confirm button waits. */
  waiting?: boolean;
  returnFocusTo?: RefObject<HTMLElement | null>;
  className?: string;
  children?: ReactNode;
}

/** A confirmation: what will happen, why it cannot (if so), cancel or go. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { messages } = useTeam();
  const reasonId = useId();
  const blocked = Boolean(props.refusal);

  return (
    <DialogFrame
      open={props.open}
      onOpenChange={props.onOpenChange}
      slot={props.slot}
      role="alertdialog"
      title={props.title}
      description={props.description}
      returnFocusTo={props.returnFocusTo}
      className={props.className}
    >
      {props.children}
      {props.refusal || props.error ? (
        <p id={reasonId} role="alert" data-slot="dialog-error" className="fiko-error">
          {props.refusal ?? props.error}
        </p>
      ) : null}
      <DialogFooter>
        <DialogCancel>{props.cancelLabel ?? messages.confirm.cancel}</DialogCancel>
        <button
          type="button"
          data-slot="dialog-confirm"
          data-tone={props.tone ?? 'default'}
          className="fiko-button fiko-button-primary"
          aria-describedby={blocked ? reasonId : undefined}
          {...unavailableProps(
            blocked || Boolean(props.pending || props.waiting),
            props.onConfirm,
          )}
        >
          {props.pending ? messages.confirm.working : props.confirmLabel}
        </button>
      </DialogFooter>
    </DialogFrame>
  );
}
