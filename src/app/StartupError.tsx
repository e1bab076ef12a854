// When the app cannot start (no sign-in, no emulator, no consent), say why instead of a blank panel.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../ui/i18n/StringsContext';

export function StartupError({ error }: { error: unknown }) {
  const strings = useStrings();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {error instanceof Error ? error.message : String(error)}
      </MessageBarBody>
    </MessageBar>
  );
}
