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
  myRoutines: '/my-routines',
  newRoutine: '/my-routines/new',
  /** The builder, starting from a copy of a ready routine. */
  copyRoutine: (routineId: string) => `/my-routines/new?from=${encodeURIComponent(routineId)}`,
  editRoutine: (routineId: string) => `/my-routines/${encodeURIComponent(routineId)}/edit`,
  plan: '/plan',
  /** The safety check for a planned routine: the plan is made again from the same request. */
  planCheck: (query: string) => `/plan/check${query}`,
  /** A routine carried in the link itself (after `#`, so it never reaches a server). */
  shared: '/shared',
  /** The safety check for a routine carried in its link (the link's `#…` follows). */
  sharedCheck: '/shared/check',
} as const;
