// The record's title and status, and in the full tab its save state and actions (the side panel has them in its
// footer). Sending for approval opens a dialog, fetched only when the full tab shows its button.
import { lazy, Suspense, type ReactNode } from 'react';
import { Badge, Button, Text } from '@fluentui/react-components';
import { ArrowLeftRegular, LockOpenRegular } from '@fluentui/react-icons';
import { useStrings } from '../i18n/StringsContext';
import { SaveStatus } from '../RecordSession/SaveStatus';
import { useRecordWorkspaceStyles } from './RecordWorkspace.styles';
import type { RecordWorkspaceState } from './useRecordWorkspace';

const SendForApproval = lazy(async () => ({ default: (await import('./SendForApproval')).SendForApproval }));

const statusColor = { draft: 'informative', sentForApproval: 'warning', approved: 'success' } as const;

export interface WorkspaceHeaderProps {
  state: RecordWorkspaceState;
  compact: boolean;
  saveButton: ReactNode;
  onBack?(): void;
}

export function WorkspaceHeader({ state, compact, saveButton, onBack }: WorkspaceHeaderProps) {
  const strings = useStrings();
  const styles = useRecordWorkspaceStyles();
  const { api, status } = state;
  const { session, saveState } = api;
  const busy = saveState.kind === 'saving';
  return (
    <div className={styles.header}>
      {onBack && <Button appearance="subtle" icon={<ArrowLeftRegular />} aria-label={strings.back} onClick={onBack} />}
      <Text as="h2" size={compact ? 400 : 600} weight="semibold" className={styles.title}>
        {session.minutes.title}
      </Text>
      <Badge appearance="tint" color={statusColor[status]}>
        {strings.status[status]}
      </Badge>
      {!compact && (
        <div className={styles.actions}>
          <SaveStatus state={saveState} />
          {saveButton}
          {session.minutes.status === 'draft' ? (
            <Suspense fallback={null}>
              <SendForApproval
                minutes={session.minutes}
                notesApprovers={session.settings.notesApprovers}
                disabled={busy}
                onSend={() => void api.sendForApproval()}
              />
            </Suspense>
          ) : (
            <Button icon={<LockOpenRegular />} onClick={() => void api.reopen()} disabled={busy}>
              {strings.reopen}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
