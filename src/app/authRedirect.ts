// The page MSAL's popup returns to (auth-redirect.html): it hands the answer to the app's window.
import { completeAuthRedirect } from '../auth/redirectBridge';

void completeAuthRedirect();
