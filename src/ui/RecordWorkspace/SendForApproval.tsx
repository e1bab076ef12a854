// Send for approval, on purpose: before anything is mailed the secretary sees who will get the request and in
// which role, or what stops it (an absent chair, an adjuster without an address), and fixes that first.
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
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import type { GroupSettings, Minutes } from '../../domain/model';
import { approvalRecipients, validateForApproval } from '../../domain/validation';
import { useStrings, useUiLanguage } from '../i18n/StringsContext';
import { plainList } from '../styles/plainList';

const useStyles = makeStyles({ list: plainList(tokens.spacingVerticalXS) });

export interface SendForApprovalProps {
  minutes: Minutes;
  notesApprovers: GroupSettings['notesApprovers'];
  disabled: boolean;
  onSend(): void;
}

export function SendForApproval({ minutes, notesApprovers, disabled, onSend }: SendForApprovalProps) {
  const strings = useStrings();
  const language = useUiLanguage();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const issues = open ? validateForApproval(minutes, notesApprovers) : [];
  const { toEveryone, recipients } = approvalRecipients(minutes, notesApprovers);
  const words = strings.sendDialog;
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => setOpen(data.open)}>
      <Button icon={<SendRegular />} disabled={disabled} onClick={() => setOpen(true)}>
        {strings.sendForApproval}
      </Button>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.sendForApproval}</DialogTitle>
          <DialogContent>
            {issues.length > 0 ? (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <Text weight="semibold">{words.fixFirst}</Text>
                  <ul>
                    {issues.map((issue) => (
                      <li key={`${issue.code}-${issue.itemId ?? ''}`}>{issue.message[language]}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            ) : (
              <>
                <Text>{toEveryone ? words.toEveryone(recipients.length) : words.toApprovers}</Text>
                <ul className={styles.list} aria-label={words.recipients}>
                  {recipients.map(({ attendee, role }) => (
                    <li key={attendee.key}>
                      {role && `${strings.roleNames[role]}: `}
                      <bdi>{attendee.name}</bdi> ({attendee.email})
                    </li>
                  ))}
                </ul>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={issues.length > 0 || recipients.length === 0}
              onClick={() => {
                setOpen(false);
                onSend();
              }}
            >
              {words.send(recipients.length)}
            </Button>
            <Button onClick={() => setOpen(false)}>{strings.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
