export { BodyMap, type BodyMapProps } from './BodyMap';
export { describeBodyMap, type ActiveSide } from './describe';
