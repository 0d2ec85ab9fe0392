import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routines, safety } from '../../src/content';
import { findRoutine } from '../../src/features/routines/source';
import { formatClock, formatMinutes, toMs } from '../../src/lib/units';
import { planTotal } from '../../src/engine/plan';
import { renderApp, startLowerBack } from './renderApp';

const lowerBack = findRoutine('partner-lower-back')!;
const firstStep = lowerBack.steps[0]!;
const secondStep = lowerBack.steps[1]!;
const stepOf = (n: number, routine = lowerBack) => `Step ${n} of ${routine.steps.length}`;
const bladderBowel = safety.redFlags.find((f) => f.id === 'bladder-bowel')!.label;
const clockOf = (seconds: number) => formatClock(toMs(seconds));

describe('home', () => {
  it('lists every routine with its time and who it is for', async () => {
    renderApp('/');
    const list = await screen.findAllByRole('list', { name: 'Routines' });
    const cards = list.flatMap((l) => within(l).getAllByRole('link'));
    expect(cards).toHaveLength(routines.length);
    const card = screen.getByRole('link', { name: new RegExp(lowerBack.title) });
    expect(card).toHaveTextContent(formatMinutes(planTotal(lowerBack)));
    expect(card).toHaveTextContent('With a partner');
  });
});

describe('routine page', () => {
  it('shows what you need, the steps and safety, and leads to the safety check', async () => {
    const { user, router } = renderApp('/routines/partner-lower-back');
    expect(await screen.findByRole('heading', { level: 1, name: lowerBack.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What you need' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Safety' })).toBeInTheDocument();
    for (const step of lowerBack.steps) {
      expect(screen.getByRole('heading', { level: 3, name: step.name })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    expect(await screen.findByRole('heading', { name: 'Before you start' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/routines/partner-lower-back/check');
  });

  it('explains an unknown routine and offers a way back', async () => {
    renderApp('/routines/no-such-routine');
    expect(await screen.findByRole('heading', { name: 'We couldn’t find that' })).toBeInTheDocument();
    expect(screen.getByText(/no-such-routine/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to routines' })).toHaveAttribute('href', '/');
  });
});

describe('safety check', () => {
  it('a red flag means do not start, with no way round it', async () => {
    const { user } = renderApp('/routines/partner-lower-back/check');
    await user.click(await screen.findByRole('checkbox', { name: bladderBowel }));
    expect(screen.getByRole('alert')).toHaveTextContent('Don’t start. Seek medical advice.');
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: bladderBowel }));
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });

  it('an area to avoid is noted and the session may still start', async () => {
    const { user } = renderApp('/routines/partner-lower-back/check');
    await user.click(await screen.findByRole('checkbox', { name: 'Blisters' }));
    expect(screen.getByRole('status')).toHaveTextContent('Keep away from these areas');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });
});

describe('player', () => {
  it('shows the first step with its countdown, pressure, hand and what comes next', async () => {
    await startLowerBack();
    expect(screen.getByRole('heading', { level: 1, name: firstStep.name })).toBeInTheDocument();
    expect(screen.getByText(stepOf(1))).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(clockOf(firstStep.duration.default));
    expect(screen.getByText(firstStep.instruction)).toBeInTheDocument();
    expect(screen.getByText('Medium')).toBeInTheDocument();
    expect(screen.getByText(/Next up:/)).toHaveTextContent(secondStep.name);
  });

  it('counts down, pauses, resumes after a get-ready count and adds 30 seconds', async () => {
    const { user, wait } = await startLowerBack();
    act(() => wait(10_000));
    await waitFor(() =>
      expect(screen.getByRole('timer')).toHaveTextContent(clockOf(firstStep.duration.default - 10)),
    );
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => wait(60_000));
    expect(screen.getByRole('timer')).toHaveTextContent(clockOf(firstStep.duration.default - 10));
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(screen.getByText(/Get ready/)).toBeInTheDocument();
    act(() => wait(13_000));
    await waitFor(() =>
      expect(screen.getByRole('timer')).toHaveTextContent(clockOf(firstStep.duration.default - 20)),
    );
    await user.click(screen.getByRole('button', { name: 'Add 30 seconds' }));
    expect(screen.getByRole('timer')).toHaveTextContent(clockOf(firstStep.duration.default + 10));
  });

  it('moves on by itself when a step ends, and with Next step and Previous step', async () => {
    const { user, wait } = await startLowerBack();
    act(() => wait(firstStep.duration.default * 1000 + 1000));
    expect(await screen.findByText(stepOf(2))).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: secondStep.name })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText(stepOf(3))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(screen.getByText(stepOf(2))).toBeInTheDocument();
  });

  it('shows the check-in prompt on a firm step', async () => {
    const { user } = await startLowerBack();
    const firm = lowerBack.steps.findIndex((s) => s.pressure === 'firm');
    for (let i = 0; i < firm; i++) await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText('Firm')).toBeInTheDocument();
    expect(screen.getByText(lowerBack.steps[firm]!.checkIn!)).toBeInTheDocument();
  });

  it('answers keyboard shortcuts', async () => {
    const { user } = await startLowerBack();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText(stepOf(2))).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'What happened?' })).toBeInTheDocument();
  });
});

describe('a session while another screen is open', () => {
  it('keeps the step, the countdown, Pause and Stop in reach', async () => {
    const { user, router, wait } = await startLowerBack();
    await act(() => router.navigate('/techniques'));
    const bar = await screen.findByRole('region', { name: 'Session in progress' });
    expect(bar).toHaveTextContent(firstStep.name);
    expect(within(bar).getByRole('timer')).toHaveTextContent(clockOf(firstStep.duration.default));
    act(() => wait(5_000));
    expect(within(bar).getByRole('timer')).toHaveTextContent(clockOf(firstStep.duration.default - 5));
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    expect(within(bar).getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Stop' }));
    expect(await screen.findByRole('dialog', { name: 'What happened?' })).toBeInTheDocument();
  });
});

describe('starting another routine while one runs', () => {
  it('asks first, and either goes back to the running one or ends it and starts the new one', async () => {
    const { user, router } = await startLowerBack();
    await act(() => router.navigate('/routines/partner-upper-back/check'));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    const dialog = screen.getByRole('dialog', { name: 'End the current session?' });
    expect(dialog).toHaveTextContent(
      `${lowerBack.title} is still running, at step 1 of ${lowerBack.steps.length}`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Go back to it' }));
    expect(await screen.findByText(stepOf(1))).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: firstStep.name })).toBeInTheDocument();

    await act(() => router.navigate('/routines/partner-upper-back/check'));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'End it and start this one' }));
    expect(await screen.findByText(stepOf(1, findRoutine('partner-upper-back')!))).toBeInTheDocument();
  });
});

describe('keys after a tap', () => {
  it('Space pauses wherever focus was left, and never presses the last tapped control again', async () => {
    const { user } = await startLowerBack();
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText(stepOf(2))).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByText(stepOf(2))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByText(stepOf(2))).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();

    const before = screen.getByRole('timer').textContent;
    await user.click(screen.getByRole('button', { name: 'Add 30 seconds' }));
    const added = screen.getByRole('timer').textContent;
    expect(added).not.toBe(before);
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    expect(screen.getByRole('timer').textContent).toBe(added);

    await user.click(screen.getByRole('button', { name: 'Glance view' }));
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Glance view' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('Escape opens Stop with focus on its question, not on an answer', async () => {
    const { user } = await startLowerBack();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'What happened?' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('dialog', { name: 'What happened?' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toBeInTheDocument();
  });
});

describe('stop', () => {
  it('pauses at once and asks what happened; numbness ends the session with advice to seek care', async () => {
    const { user, wait } = await startLowerBack();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    const dialog = screen.getByRole('dialog', { name: 'What happened?' });
    const frozen = screen.getByRole('timer').textContent;
    act(() => wait(20_000));
    expect(screen.getByRole('timer')).toHaveTextContent(frozen!);
    await user.click(within(dialog).getByRole('button', { name: 'Numbness or tingling' }));
    expect(screen.getByRole('heading', { name: 'Stop the massage here' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Seek care before massaging again');
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('a flare-up starts every step one level lighter, without blaming anyone', async () => {
    const { user } = renderApp('/routines/partner-lower-back/check');
    await user.click(await screen.findByRole('checkbox', { name: /It is in a flare-up/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('timer');
    expect(screen.getByText('Light')).toBeInTheDocument();
    expect(screen.getByText(/One level lighter than written/)).toBeInTheDocument();
    expect(screen.queryByText(/too much/)).not.toBeInTheDocument();
  });

  it('too much pressure carries on one level lighter', async () => {
    const { user } = await startLowerBack();
    expect(screen.getByText('Medium')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await user.click(screen.getByRole('button', { name: 'Too much pressure' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Light')).toBeInTheDocument();
    expect(screen.getByText(/One level lighter than written/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('too much pressure again goes lighter again, or says the step goes no lighter; shown matches said', async () => {
    const { user, store } = await startLowerBack();
    const firm = lowerBack.steps.findIndex((s) => s.pressure === 'firm');
    for (let i = 0; i < firm; i++) await user.click(screen.getByRole('button', { name: 'Next step' }));
    const tooMuch = async () => {
      await user.click(screen.getByRole('button', { name: 'Stop' }));
      await user.click(screen.getByRole('button', { name: 'Too much pressure' }));
    };
    await tooMuch();
    expect(screen.getByText(/^Medium\. One level lighter than written/)).toBeInTheDocument();
    expect(screen.queryByText(lowerBack.steps[firm]!.pressureCue)).not.toBeInTheDocument();
    await tooMuch();
    expect(screen.getByText(/^Light\. Two levels lighter than written/)).toBeInTheDocument();
    expect(store.getState().record?.engine.easedBy).toBe(2);
    // A medium step two levels down is as light as it goes, and says so.
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(screen.getByText(/As light as this step goes/)).toBeInTheDocument();
  });

  it('"I just want to stop" ends the session calmly', async () => {
    const { user } = await startLowerBack();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await user.click(screen.getByRole('button', { name: 'I just want to stop' }));
    expect(screen.getByRole('heading', { name: 'Session ended' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('Keep going resumes the session', async () => {
    const { user } = await startLowerBack();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await user.click(screen.getByRole('button', { name: 'Keep going' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });
});

describe('finishing', () => {
  it('runs the whole routine to the finished screen with the closing steps', async () => {
    const { wait } = await startLowerBack();
    const total = lowerBack.steps.reduce((sum, s) => sum + s.duration.default, 0);
    act(() => wait(total * 1000 + 1000));
    expect(await screen.findByRole('heading', { name: 'Session complete' })).toBeInTheDocument();
    for (const item of lowerBack.closing) expect(screen.getByText(item.text)).toBeInTheDocument();
    // Safety: afterwards, notice what changed; said once, from the routine's own closing.
    expect(screen.getAllByText(/notice what changed/i)).toHaveLength(1);
  });
});
