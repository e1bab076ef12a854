// @vitest-environment jsdom
// An approver who is not a guest of the collaboration's tenant is told exactly what to ask for, not shown an error code.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StartupError } from '../../src/app/StartupError';
import { NotInTenantError } from '../../src/auth/tokenProvider';
import { fakeServices, renderWith } from '../ui/support/fakeServices';

describe('StartupError', () => {
  it('names the person and the steps for the secretary and their admin when they are not a guest', () => {
    renderWith(
      <StartupError error={new NotInTenantError('eva.sund@lindo.example', 'tenant-host')} />,
      fakeServices({}),
    );
    expect(screen.getByText('Du är inte gäst i samverkans organisation')).toBeTruthy();
    const text = document.body.textContent ?? '';
    expect(text).toContain('eva.sund@lindo.example har inget konto');
    expect(text).toContain('bjuda in dig som gäst');
    expect(text).toContain('lägga till dig i gruppens team');
    expect(text).toContain('Inställningar för åtkomst mellan klientorganisationer → Utgående åtkomst');
  });

  it('says it in English too', () => {
    renderWith(
      <StartupError error={new NotInTenantError('eva.sund@lindo.example', 'tenant-host')} />,
      fakeServices({}),
      'en',
    );
    expect(screen.getByText('You are not a guest of the collaboration’s organisation')).toBeTruthy();
    expect(document.body.textContent).toContain('Cross-tenant access settings → Outbound access (B2B collaboration)');
  });

  it('shows any other error’s message', () => {
    renderWith(<StartupError error={new Error('The Graph emulator answered 500')} />, fakeServices({}));
    expect(screen.getByText('Något gick fel')).toBeTruthy();
    expect(screen.getByText('The Graph emulator answered 500')).toBeTruthy();
  });
});
