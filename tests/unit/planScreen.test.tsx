/** The Plan a session form, by what a person sees: its controls by name, and what "Make my routine" gives. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

describe('Plan a session', () => {
  it('asks where, who, how long, what is at hand and whether gently, in the words the interface uses', async () => {
    renderApp('/plan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan a session' })).toBeInTheDocument();
    const where = screen.getByRole('group', { name: 'Where?' });
    const areas = within(where)
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')!.textContent);
    expect(areas).toEqual(['Neck and shoulders', 'Upper back', 'Mid back', 'Lower back', 'Hips and glutes']);
    expect(screen.getByRole('radio', { name: 'With a partner' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'On my own' })).not.toBeChecked();
    const minutes = screen.getByRole('slider', { name: /Minutes/ });
    expect(minutes).toHaveAttribute('min', '5');
    expect(minutes).toHaveAttribute('max', '30');
    for (const tool of ['Ball', 'Foam roller', 'Warm towel', 'Massage oil']) {
      expect(screen.getByRole('checkbox', { name: tool })).toBeInTheDocument();
    }
    expect(screen.getByRole('checkbox', { name: /Gentle \(flare-up\)/ })).not.toBeChecked();
  });

  it('needs an area first; then shows the routine with its steps, their reasons and the total', async () => {
    const { user, router } = renderApp('/plan');
    await user.click(await screen.findByRole('button', { name: 'Make my routine' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one area.');
    expect(router.state.location.search).toBe('');

    await user.click(screen.getByRole('checkbox', { name: 'Upper back' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make my routine' }));
    const result = await screen.findByRole('region', { name: /Upper back · 15 min/ });
    expect(router.state.location.search).toContain('areas=upper-back');
    expect(within(result).getByText(/^Total/)).toHaveTextContent('15 min');
    const steps = within(result).getAllByRole('listitem');
    expect(steps.length).toBeGreaterThan(2);
    expect(steps[0]).toHaveTextContent(/Why: warms/);
    expect(steps.at(-1)).toHaveTextContent(/Why: finishes with soothing strokes/);
    expect(within(result).getAllByText(/Why: you asked for the upper back/).length).toBeGreaterThan(0);
    for (const name of ['Start session', 'Save to my routines', 'Edit']) {
      expect(within(result).getByRole('button', { name })).toBeInTheDocument();
    }
  }, 20_000);

  it('gentle keeps every step light', async () => {
    renderApp('/plan?areas=lower-back&who=partner&minutes=10&gentle=on');
    const result = await screen.findByRole('region', { name: /Lower back · 10 min/ });
    expect(screen.getByRole('checkbox', { name: /Gentle/ })).toBeChecked();
    const pressures = within(result)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.pressure-tag')!.textContent);
    expect(new Set(pressures)).toEqual(new Set(['Light']));
  });
});
