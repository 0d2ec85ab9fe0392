/** "Share": the dialog with the link, Copy link, the share sheet where there is one, and the QR code. */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoutineSpec } from '../../src/content/compose';
import { decodeShare, payloadOfHash, shareHash } from '../../src/content/shareLink';
import { ShareButton } from '../../src/features/share';
import { renderApp } from './renderApp';

const spec: RoutineSpec = {
  name: 'Evening back',
  who: 'partner',
  steps: [
    {
      routine: 'partner-lower-back',
      step: 'flat-hand-gliding',
      seconds: 240,
      pressure: 'light',
      side: 'both',
    },
    { routine: 'partner-lower-back', step: 'glute-line', seconds: 120, pressure: 'medium', side: 'left' },
  ],
};

async function openDialog() {
  const user = userEvent.setup();
  render(<ShareButton spec={spec} />);
  await user.click(screen.getByRole('button', { name: 'Share' }));
  const dialog = await screen.findByRole('dialog', { name: 'Share “Evening back”' });
  return { user, dialog };
}

describe('the Share dialog', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share');
  });

  it('holds the link, which carries the routine after #', async () => {
    const { dialog } = await openDialog();
    const box = within(dialog).getByRole('textbox', { name: 'Link' });
    const link = (box as HTMLInputElement).value;
    expect(box).toHaveAttribute('readonly');
    expect(link.startsWith(`${window.location.origin}/shared#r=1.`)).toBe(true);
    expect(decodeShare(payloadOfHash(new URL(link).hash))).toEqual({ ok: true, spec });
    // Focus starts on Copy link; the box selects all of itself when it gets focus.
    expect(within(dialog).getByRole('button', { name: 'Copy link' })).toHaveFocus();
    box.focus();
    expect([(box as HTMLInputElement).selectionStart, (box as HTMLInputElement).selectionEnd]).toEqual([
      0,
      link.length,
    ]);
  });

  it('copies the link and says so', async () => {
    const { user, dialog } = await openDialog();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    const link = (within(dialog).getByRole('textbox', { name: 'Link' }) as HTMLInputElement).value;
    expect(writeText).toHaveBeenCalledWith(link);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied');
    await expect(navigator.clipboard.readText()).resolves.toBe(link);
  });

  it('selects the link and asks to copy it where the clipboard is refused', async () => {
    const { user, dialog } = await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('No', 'NotAllowedError'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    const box = within(dialog).getByRole('textbox', { name: 'Link' }) as HTMLInputElement;
    expect(within(dialog).getByRole('status')).toHaveTextContent('Select the link and copy it');
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('shows a QR code of the link', async () => {
    const { dialog } = await openDialog();
    const qr = within(dialog).getByRole('img', { name: 'QR code of the link' });
    expect(qr.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+/);
  });

  it('offers the system share sheet only where there is one', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).queryByRole('button', { name: 'Share…' })).toBeNull();
  });

  it('passes the link to the system share sheet', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Share…' }));
    const link = (within(dialog).getByRole('textbox', { name: 'Link' }) as HTMLInputElement).value;
    expect(share).toHaveBeenCalledWith({ title: 'Evening back', url: link });
  });

  it('closes with Escape or Close, and focus goes back to Share', async () => {
    const { user } = await openDialog();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Share' }));
    const again = await screen.findByRole('dialog');
    await user.click(within(again).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
  });

  it('keeps Tab inside the dialog', async () => {
    const { user, dialog } = await openDialog();
    for (let i = 0; i < 6; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });
});

describe('the page a shared link opens', () => {
  const saved = () =>
    (
      JSON.parse(localStorage.getItem('unknot:routines') ?? '{"state":{"routines":[]}}') as {
        state: { routines: (RoutineSpec & { id: string })[] };
      }
    ).state.routines;

  it('shows the routine, saves it once, and then says it is already there', async () => {
    const { user, router } = renderApp(`/shared${shareHash(spec)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Evening back' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Flat-hand gliding' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start session' })).toBeEnabled();
    expect(saved()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Save to my routines' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/routines\/my-[a-z0-9]+$/));
    const [copy] = saved();
    expect(copy).toMatchObject(spec);
    expect(router.state.location.pathname).toBe(`/routines/${copy!.id}`);

    await act(() => router.navigate(`/shared${shareHash(spec)}`));
    expect(await screen.findByText(/Already in your routines/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save to my routines' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Open my copy' })).toHaveAttribute(
      'href',
      `/routines/${copy!.id}`,
    );
    // A changed routine is a different one.
    await act(() => router.navigate(`/shared${shareHash({ ...spec, name: 'Evening back, longer' })}`));
    expect(await screen.findByRole('button', { name: 'Save to my routines' })).toBeInTheDocument();
    expect(saved()).toHaveLength(1);
  });

  it.each([
    ['cut short', (hash: string) => hash.slice(0, -5)],
    ['with a letter changed', (hash: string) => hash.slice(0, 20) + '!' + hash.slice(21)],
    ['from a newer version', (hash: string) => hash.replace('#r=1.', '#r=2.')],
    ['empty', () => ''],
  ])('says a link %s can’t be opened, and leads home', async (_name, mangle) => {
    localStorage.setItem('unknot:routines', JSON.stringify({ state: { routines: [] }, version: 1 }));
    const before = localStorage.getItem('unknot:routines');
    renderApp(`/shared${mangle(shareHash(spec))}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link can’t be opened' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to routines' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Start session' })).toBeNull();
    expect(localStorage.getItem('unknot:routines')).toBe(before);
  });

  it('refuses a link whose routine breaks the rules, saying which step', async () => {
    const firmer: RoutineSpec = { ...spec, steps: [{ ...spec.steps[0]!, pressure: 'firm' }] };
    renderApp(`/shared${shareHash(firmer)}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link can’t be opened' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Step 1: This step goes no firmer than medium.')).toBeInTheDocument();
  });
});
