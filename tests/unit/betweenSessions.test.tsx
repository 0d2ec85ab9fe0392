import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routines, safety } from '../../src/content';
import { findRoutine } from '../../src/features/routines/source';
import { SessionEnd } from '../../src/features/session/components/SessionEnd';
import { renderApp, startLowerBack } from './renderApp';

const lowerBack = findRoutine('partner-lower-back')!;

/** The "Between sessions" card: its heading, and each of its points as written in content/safety.json. */
function expectBetweenSessions() {
  const heading = screen.getByRole('heading', { level: 2, name: 'Between sessions' });
  const card = heading.closest('section')!;
  expect(card).toHaveAccessibleName('Between sessions');
  const items = within(card).getAllByRole('listitem');
  expect(items.map((li) => li.textContent)).toEqual(safety.betweenSessions.map((item) => item.text));
}

describe('between sessions', () => {
  it('covers moving, normal and worrying soreness, and when to see someone', () => {
    const all = safety.betweenSessions.map((item) => item.text.toLowerCase()).join(' ');
    for (const word of ['walk', 'tenderness', 'numbness', 'physiotherapist', 'doctor']) {
      expect(all, word).toContain(word);
    }
  });

  it.each(routines.map((r) => [r.id, r] as const))('is on the page of %s, after "Afterwards"', async (id) => {
    renderApp(`/routines/${id}`);
    await screen.findByRole('heading', { level: 1 });
    expectBetweenSessions();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Between sessions')).toBe(headings.indexOf('Afterwards') + 1);
  });

  it('is on the finished screen', async () => {
    const { wait } = await startLowerBack();
    const total = lowerBack.steps.reduce((sum, s) => sum + s.duration.default, 0);
    act(() => wait(total * 1000 + 1000));
    expect(await screen.findByRole('heading', { name: 'Session complete' })).toBeInTheDocument();
    expectBetweenSessions();
  });

  it('is on the screen after a stop for numbness, below the advice to seek care', async () => {
    const { user } = await startLowerBack();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    const dialog = screen.getByRole('dialog', { name: 'What happened?' });
    await user.click(within(dialog).getByRole('button', { name: 'Numbness or tingling' }));
    expect(screen.getByRole('heading', { name: 'Stop the massage here' })).toBeInTheDocument();
    expectBetweenSessions();
    const alert = screen.getByRole('alert');
    const card = screen.getByRole('region', { name: 'Between sessions' });
    expect(alert.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is on the screen of a session ended early, and of a self-massage ended by the daily cap', () => {
    const ball = findRoutine('self-ball')!;
    const { unmount } = render(
      <SessionEnd routine={lowerBack} sessionId="s1" outcome="user" onDone={() => undefined} />,
    );
    expect(screen.getByRole('heading', { name: 'Session ended' })).toBeInTheDocument();
    expectBetweenSessions();
    unmount();
    render(<SessionEnd routine={ball} sessionId="s2" outcome="daily-cap" onDone={() => undefined} />);
    expectBetweenSessions();
  });
});

describe('red flags beyond the seeds', () => {
  const flags = [
    {
      id: 'saddle-numbness',
      words: ['groin', 'buttocks'],
      guidance: 'NHS guidance on cauda equina syndrome',
    },
    { id: 'chest-pain', words: ['chest pain', 'breathlessness', 'sweating'], guidance: 'heart attack' },
  ];

  it.each(flags)(
    '$id stops the session from starting, naming its guidance',
    async ({ id, words, guidance }) => {
      const flag = safety.redFlags.find((f) => f.id === id)!;
      for (const word of words) expect(flag.label.toLowerCase()).toContain(word);
      const { user } = renderApp('/routines/partner-lower-back/check');
      const box = await screen.findByRole('checkbox', { name: flag.label });
      expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
      await user.click(box);
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent('Don’t start. Seek medical advice.');
      expect(alert).toHaveTextContent(guidance);
      expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    },
  );

  it('sends chest pain to emergency services', () => {
    const flag = safety.redFlags.find((f) => f.id === 'chest-pain')!;
    expect(flag.advice).toMatch(/call emergency services/i);
  });
});
