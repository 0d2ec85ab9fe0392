import { MyRoutinesScreen } from '../../features/myRoutines/MyRoutinesScreen';

export function Component() {
  return <MyRoutinesScreen />;
}
