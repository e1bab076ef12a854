// Removing an assignment that has a Planner task: delete the task too, keep it, or cancel. When deleting the task
// fails, the assignment stays and the dialog says why.
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import type { PlannerLink } from '../../domain/model';
import { useStrings } from '../i18n/StringsContext';
import { useServices } from '../ServicesContext';

export interface RemoveAssignmentDialogProps {
  text: string;
  planner: PlannerLink;
  onRemove(): void;
  onClose(): void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function RemoveAssignmentDialog({ text, planner, onRemove, onClose }: RemoveAssignmentDialogProps) {
  const strings = useStrings();
  const words = strings.removeAssignmentDialog;
  const services = useServices();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>();

  const handleDeleteTask = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await services.deletePlannerTask(planner);
      onRemove();
    } catch (error) {
      setFailure(messageOf(error));
      setBusy(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{words.title}</DialogTitle>
          <DialogContent>
            {words.body(text)}
            {failure && (
              <MessageBar intent="error" layout="multiline" role="alert">
                <MessageBarBody>{words.failed(failure)}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions fluid>
            <Button
              appearance="primary"
              disabled={busy}
              icon={busy ? <Spinner size="tiny" /> : undefined}
              onClick={() => void handleDeleteTask()}
            >
              {words.deleteTask}
            </Button>
            <Button disabled={busy} onClick={onRemove}>
              {words.keepTask}
            </Button>
            <Button disabled={busy} onClick={onClose}>
              {strings.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
