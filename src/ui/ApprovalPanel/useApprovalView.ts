// The approval state is derived from SharePoint (the record's current version and the approvers' own files),
// so it is re-read whenever the record changes on the server, and after every answer (`reload`).
import { useEffect, useState } from 'react';
import type { ApprovalView } from '../../contracts/approval';
import type { RecordSession } from '../../contracts/records';
import { useServices } from '../ServicesContext';
import { failureText } from '../i18n/failureText';
import { useStrings } from '../i18n/StringsContext';

export function useApprovalView(session: RecordSession, enabled = true) {
  const services = useServices();
  const strings = useStrings();
  const [view, setView] = useState<ApprovalView | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [round, setRound] = useState(0);
  // Not useLoaded: the view shown stays while it is read again after an answer, so the panel does not blink to a
  // spinner and lose the approver's place.
  useEffect(() => {
    if (!enabled) {
      setView(undefined);
      return;
    }
    let current = true;
    services.approvalView(session).then(
      (v) => current && (setView(v), setError(undefined)),
      (e: unknown) => current && setError(failureText(e, strings)),
    );
    return () => {
      current = false;
    };
    // Only the etag (every save) and the status change what the server says; the session object changes on every keystroke.
  }, [services, session.remote.etag, session.minutes.status, enabled, round]);
  return { view, error, reload: () => setRound((r) => r + 1) };
}
