import { HistoryScreen } from '../../features/history';

/** Past sessions on this device, with pictures of the weeks, the feelings and the tight areas. */
export function Component() {
  return <HistoryScreen />;
}
