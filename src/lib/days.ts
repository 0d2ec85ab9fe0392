/** The local calendar day of a moment, e.g. "2026-11-21": the daily cap and history group by it. */
export const dayOf = (at: number): string => new Date(at).toLocaleDateString('sv-SE');
