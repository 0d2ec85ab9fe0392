import { useSyncExternalStore } from 'react';
import { getVoicesSnapshot, subscribeVoices, type VoiceInfo } from '../../devices/speech';

const NONE: readonly VoiceInfo[] = [];

/** The device's voices, updated when the browser finishes loading them ('voiceschanged'). */
export function useVoices(): readonly VoiceInfo[] {
  return useSyncExternalStore(subscribeVoices, getVoicesSnapshot, () => NONE);
}
