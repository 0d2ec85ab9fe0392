/** "How do you feel now?" after a session: saved into that session's line in the history. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FeelingForm } from '../../src/features/session/components/FeelingForm';
import { history, type HistoryEntry } from '../../src/storage/history';

const entry: HistoryEntry = {
  id: '1700000000000',
  routineId: 'partner-lower-back',
  routineTitle: 'Partner lower back',
  who: 'partner',
  countsTowardCap: false,
  startedAt: 1_700_000_000_000,
  endedAt: 1_700_001_080_000,
  plannedMs: 1_080_000,
  workedMs: 1_080_000,
  stepsDone: 8,
  stepCount: 8,
  stopReason: null,
  flareUp: false,
  easedBy: 0,
};

describe('how do you feel now?', () => {
  it('saves the feeling, the tight areas and a note to the session in the history', async () => {
    history.add(entry);
    const user = userEvent.setup();
    render(<FeelingForm sessionId={entry.id} />);
    expect(screen.getByRole('heading', { name: 'How do you feel now?' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Better' }));
    await user.click(screen.getByRole('checkbox', { name: 'Lower back' }));
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Bending is easier');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saved to your history.');
    expect(history.entries()[0]).toMatchObject({
      feeling: 'better',
      note: 'Bending is easier',
      tightAreas: ['lower-back', 'sides'],
    });
  });

  it('skipping is fine: nothing is written until Save', () => {
    history.add(entry);
    render(<FeelingForm sessionId={entry.id} />);
    expect(history.entries()[0]?.feeling).toBeUndefined();
  });

  it('after a stop for pain it asks only how it feels and what happened', async () => {
    history.add({ ...entry, stopReason: 'sharp-pain' });
    const user = userEvent.setup();
    render(<FeelingForm sessionId={entry.id} afterPain />);
    expect(screen.queryByRole('group', { name: 'Anywhere still tight?' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Worse' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(history.entries()[0]).toMatchObject({ feeling: 'worse', stopReason: 'sharp-pain' });
  });
});
