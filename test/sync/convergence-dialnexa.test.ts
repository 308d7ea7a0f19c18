import { describeConvergence } from './convergence';

describeConvergence('dialnexa', 9);
