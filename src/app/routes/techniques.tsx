import { TechniqueBrowser } from '../../features/techniques/TechniqueBrowser';

export function Component() {
  return <TechniqueBrowser />;
}
