// When the app cannot start (no sign-in, no emulator, no consent), say why instead of a blank panel. When the browser
// blocked the sign-in popup, a button opens it: popups are allowed from a click.
import { useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../ui/i18n/StringsContext';

export interface StartupErrorProps {
  error: unknown;
  /** Present when signing in with a popup from a click can fix the error. */
  onSignIn?: () => Promise<void>;
}

export function StartupError({ error, onSignIn }: StartupErrorProps) {
  const strings = useStrings();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (onSignIn)
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.signInTitle}</MessageBarTitle>
          {failure ?? strings.signInPopupBlocked}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              onSignIn().catch((reason: unknown) => {
                setFailure(reason instanceof Error ? reason.message : String(reason));
                setBusy(false);
              });
            }}
          >
            {strings.signIn}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {error instanceof Error ? error.message : String(error)}
      </MessageBarBody>
    </MessageBar>
  );
}
