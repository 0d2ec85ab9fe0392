import { createSelfMassageLog } from '../features/session/selfMassageLog';
import { safeStorage } from '../storage/safeStorage';

/** This device's record of self-massage minutes, for the daily cap. */
export const selfMassageLog = createSelfMassageLog(safeStorage());
