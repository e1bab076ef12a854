// What the last save or plan creation came to: saved, met newer settings, or failed.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../i18n/StringsContext';
import type { SaveNotice } from './useSettingsSave';

export function SaveNotices({ notice }: { notice: SaveNotice | undefined }) {
  const words = useStrings().configPage;
  if (!notice) return null;
  const [intent, text] =
    notice.kind === 'saved'
      ? (['success', words.saved] as const)
      : notice.kind === 'conflict'
        ? (['warning', words.conflict] as const)
        : (['error', notice.message] as const);
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === 'success' ? 'status' : 'alert'}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
