// MSAL Browser v5 popups return through a "redirect bridge" page instead of polling the popup's URL.
// Serve a small page at the redirect URI (e.g. /auth/redirect.html, registered as an SPA redirect URI) whose only
// script calls this. The page must not send a Cross-Origin-Opener-Policy header and must not call other MSAL APIs.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

export function completeAuthRedirect(): Promise<void> {
  return broadcastResponseToMainFrame();
}
