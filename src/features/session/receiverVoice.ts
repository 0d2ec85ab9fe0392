/**
 * The giver hears the receiver at once: each tap on the receiver's panel is said over whatever is
 * still queued, after the receiver's own chime, so it is never mistaken for a step's cue. Speech and
 * chimes follow the person's settings, like every other cue.
 */
import { chimes as appChimes, type Chimes } from '../../devices/chime';
import { speaker as appSpeaker, type Speaker } from '../../devices/speech';
import type { SettingsStore } from '../settings';
import type { SessionStore } from './store';

export function connectReceiverVoice(
  store: SessionStore,
  settings: SettingsStore,
  { speaker = appSpeaker, chimes = appChimes }: { speaker?: Speaker; chimes?: Chimes } = {},
): () => void {
  return store.onReceiver((ask, said) => {
    const { speech, chimes: ring, voiceURI, rate, volume, onlineVoice } = settings.getState();
    if (ring) chimes.play('receiver', volume);
    // A resume is counted in aloud first ("3, 2, 1"): that is said, then this.
    if (speech)
      speaker.speak([said], {
        voiceURI,
        rate,
        volume,
        allowOnline: onlineVoice,
        interrupt: ask !== 'resume',
      });
  });
}
