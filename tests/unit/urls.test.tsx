import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

const homeHeading = { level: 1, name: 'Guided back massage, one step at a time' } as const;

describe('addresses that lead to the routine list', () => {
  it.each(['/routines', '/routines/', '/index.html'])('%s opens home', async (path) => {
    const { router } = renderApp(path);
    expect(await screen.findByRole('heading', homeHeading)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'We couldn’t find that page' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('still says so for an address that is really unknown', async () => {
    const { router } = renderApp('/routinez');
    expect(await screen.findByRole('heading', { name: 'We couldn’t find that page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/routinez');
  });
});
