// Entry of the import thread. Workers do not inherit the tsx loader the command line runs under,
// so this plain module registers it and then loads the TypeScript body of the worker.
import { register } from 'tsx/esm/api';

register();
await import('./importWorkerMain.ts');
