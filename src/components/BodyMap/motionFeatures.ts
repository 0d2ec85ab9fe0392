/** Loaded on demand by the body map, so framer-motion's animation code stays out of the first page load. */
import { domAnimation } from 'framer-motion';

export default domAnimation;
