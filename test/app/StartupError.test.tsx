// @vitest-environment jsdom
// A blocked sign-in popup is no dead end: the startup error offers a button, and a click opens the popup.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StartupError } from '../../src/app/StartupError';
import { SignInRequiredError } from '../../src/auth/tokenProvider';
import { fakeServices, renderWith } from '../ui/support/fakeServices';

afterEach(cleanup);

describe('StartupError', () => {
  it('offers Sign in when the popup was blocked, and signs in from the click', async () => {
    const onSignIn = vi.fn(async () => undefined);
    const error = new SignInRequiredError(onSignIn);
    renderWith(<StartupError error={error} onSignIn={onSignIn} />, fakeServices({}));
    expect(screen.getByText(/stoppade inloggningsfönstret/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Logga in' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });

  it('says why a failed sign-in failed, in English too, and lets the user try again', async () => {
    const onSignIn = vi.fn(async () => Promise.reject(new Error('user_cancelled: the window was closed')));
    renderWith(<StartupError error={new Error('x')} onSignIn={onSignIn} />, fakeServices({}), 'en');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText(/the window was closed/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('shows any other error without a button', () => {
    renderWith(<StartupError error={new Error('The Graph emulator is not running')} />, fakeServices({}));
    expect(screen.getByText('The Graph emulator is not running')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
