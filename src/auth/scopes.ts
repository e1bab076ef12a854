// The delegated Microsoft Graph permissions the app asks for, by feature. This is the single source:
// the README's permission table and the app registration must list exactly these.
//
// Least privilege, checked against Microsoft's permission reference:
// - Calendars.Read, not Calendars.ReadBasic: ReadBasic leaves out the event body, which holds the agenda.
// - User.ReadBasic.All covers displayName, mail, jobTitle, department, companyName, officeLocation and $search.
// - Files.ReadWrite.All reaches the group's (team's) document library. Sites.Selected exists as a delegated permission,
//   but it needs a per-site grant by an admin through the API for every group's site; Files.ReadWrite.All needs none,
//   and the user's own SharePoint permissions still limit what the app can touch.
// - Attendance needs OnlineMeetings.Read too: finding the meeting by its join URL (GET /me/onlineMeetings?$filter=JoinWebUrl)
//   is an onlineMeeting read; OnlineMeetingArtifact.Read.All covers only the reports. Both, and Mail.Send, are asked for
//   only when the feature is used.
// - User.Read for /me (the signed-in user's own profile) and MSAL sign-in.

export const scopes = {
  base: [
    'User.Read',
    'Calendars.Read',
    'Chat.ReadBasic',
    'User.Read.All',
    'Team.ReadBasic.All',
    'Files.ReadWrite.All',
    'Tasks.ReadWrite',
  ],
  attendance: ['OnlineMeetings.Read', 'OnlineMeetingArtifact.Read.All'],
  mail: ['Mail.Send'],
  /** OpenID Connect scopes MSAL needs for sign-in and refresh; not Graph permissions. */
  signIn: ['openid', 'profile', 'offline_access'],
} satisfies Record<string, string[]>;

/** Every delegated Graph permission the app may request. */
export const allScopes: readonly string[] = [...scopes.base, ...scopes.attendance, ...scopes.mail];
