/** Every link in the app comes from here. */
export const paths = {
  home: '/',
  routine: (routineId: string) => `/routines/${encodeURIComponent(routineId)}`,
  safetyCheck: (routineId: string) => `/routines/${encodeURIComponent(routineId)}/check`,
  session: '/session',
  techniques: '/techniques',
  technique: (techniqueId: string) => `/techniques/${encodeURIComponent(techniqueId)}`,
  settings: '/settings',
  history: '/history',
} as const;
