/** "Length" on a routine's page: the total, the step times, the safety check and the session follow it. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findRoutine } from '../../src/features/routines/source';
import { planRange } from '../../src/engine/plan';
import { formatLength } from '../../src/lib/units';
import { renderApp } from './renderApp';

const fullBack = findRoutine('partner-full-back')!;
const roller = findRoutine('self-foam-roller')!;

/** The seconds each step row on the page shows, in order. */
function stepSeconds(): number[] {
  const list = screen.getByRole('heading', { name: 'Steps' }).parentElement!.querySelector('ol')!;
  return within(list)
    .getAllByRole('listitem')
    .map((row) => {
      const [m, s] = row
        .textContent!.match(/(\d+):(\d\d)/)!
        .slice(1)
        .map(Number);
      return m! * 60 + s!;
    });
}

const timeFact = () => screen.getByText('Time').nextElementSibling?.textContent ?? '';

describe('fit to time', () => {
  it('offers the lengths, and 10 min rescales every step so the page adds up to 10 minutes', async () => {
    const { user, router } = renderApp('/routines/partner-full-back');
    const group = await screen.findByRole('group', { name: 'Length' });
    const names = within(group)
      .getAllByRole('radio')
      .map((r) => r.closest('label')!.textContent);
    expect(names).toEqual(['As written', '5 min', '10 min', '15 min', '20 min']);
    expect(screen.getByRole('radio', { name: 'As written' })).toBeChecked();
    const written = stepSeconds();

    await user.click(screen.getByRole('radio', { name: '10 min' }));
    expect(screen.getByRole('radio', { name: '10 min' })).toBeChecked();
    expect(router.state.location.search).toBe('?length=10');
    const fitted = stepSeconds();
    expect(Math.abs(fitted.reduce((a, b) => a + b, 0) - 600)).toBeLessThanOrEqual(30);
    expect(timeFact()).toMatch(/^(9|10) min/);
    fitted.forEach((seconds, i) => {
      const { min, max } = fullBack.steps[i]!.duration;
      expect(seconds).toBeGreaterThanOrEqual(min);
      expect(seconds).toBeLessThanOrEqual(max);
      // Shorter overall, so no step grows.
      expect(seconds).toBeLessThanOrEqual(written[i]!);
    });
    expect(screen.queryByText(/can’t be made/)).not.toBeInTheDocument();

    const total = timeFact();
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    expect(await screen.findByRole('heading', { name: 'Before you start' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?length=10');
    expect(screen.getByText(`${fullBack.title}:`, { exact: false })).toHaveTextContent(total);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const timer = await screen.findByRole('timer');
    const first = fitted[0]!;
    expect(timer).toHaveTextContent(`${Math.floor(first / 60)}:${String(first % 60).padStart(2, '0')}`);
  }, 20_000);

  it('says the nearest length when the asked one cannot be reached, and shows that one', async () => {
    renderApp('/routines/self-foam-roller?length=20');
    expect(await screen.findByRole('radio', { name: '20 min' })).toBeChecked();
    const longest = formatLength(planRange(roller).maxMs);
    expect(screen.getByText(/can’t be made 20 min long/)).toHaveTextContent(`at most ${longest}`);
    expect(timeFact()).toBe(longest);
  });

  it('As written puts the written times back and clears the address', async () => {
    const { user, router } = renderApp('/routines/partner-full-back?length=5');
    await screen.findByRole('radio', { name: '5 min' });
    await user.click(screen.getByRole('radio', { name: 'As written' }));
    expect(router.state.location.search).toBe('');
    expect(stepSeconds()).toEqual(fullBack.steps.map((s) => s.duration.default));
  });

  it('an unknown length in the address reads as written', async () => {
    renderApp('/routines/partner-full-back?length=7');
    expect(await screen.findByRole('radio', { name: 'As written' })).toBeChecked();
    expect(stepSeconds()).toEqual(fullBack.steps.map((s) => s.duration.default));
  });
});
