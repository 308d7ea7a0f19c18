import { describeConvergence } from './convergence';

describeConvergence('sentdm', 12);
