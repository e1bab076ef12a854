// When the app cannot start (no sign-in, no emulator, no consent, not a guest of the collaboration), say why and what
// to do instead of a blank panel.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { NotInTenantError } from '../auth/tokenProvider';
import { useStrings } from '../ui/i18n/StringsContext';

export function StartupError({ error }: { error: unknown }) {
  const strings = useStrings();
  const notGuest = error instanceof NotInTenantError;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notGuest ? strings.notGuestTitle : strings.errorTitle}</MessageBarTitle>
        {notGuest ? strings.notGuest(error.upn) : error instanceof Error ? error.message : String(error)}
      </MessageBarBody>
    </MessageBar>
  );
}
