// The approval state is derived from the record's content hash and SharePoint's version authors,
// so it is re-read whenever the record changes on the server.
import { useEffect, useState } from 'react';
import type { ApprovalView } from '../../contracts/approval';
import type { RecordSession } from '../../contracts/records';
import { useServices } from '../ServicesContext';

export function useApprovalView(session: RecordSession) {
  const services = useServices();
  const [view, setView] = useState<ApprovalView | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    services.approvalView(session).then(
      (v) => current && (setView(v), setError(undefined)),
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
    // Only the etag (every save) and the status change what the server says; the session object changes on every keystroke.
  }, [services, session.remote.etag, session.minutes.status]);
  return { view, error };
}
