// Send for approval, approve, request changes, and the approval state.
import type { ApprovalServices } from '../../contracts/approval';
import type { ServiceContext } from '../serviceContext';
import {
  approvalViewOf,
  approveRecord,
  fileApprovedDocuments,
  requestRecordChanges,
  sendRecordForApproval,
  type ApprovalDeps,
} from '../workflows/approval';

export function approvalDeps(context: ServiceContext): ApprovalDeps {
  return {
    gateways: context.gateways,
    records: context.records,
    user: context.user,
    language: context.language,
    now: context.now,
    approvalLink: context.approvalLink,
    renderDocx: context.renderDocx,
    save: context.save,
  };
}

export function approvalServices(context: ServiceContext): ApprovalServices {
  const deps = approvalDeps(context);
  return {
    sendForApproval: (session) => sendRecordForApproval(deps, session),
    approvalView: (session) => approvalViewOf(deps, session),
    approve: (session) => approveRecord(deps, session),
    requestChanges: (session, comment) => requestRecordChanges(deps, session, comment),
    fileApprovedDocuments: (session) => fileApprovedDocuments(deps, session),
  };
}
