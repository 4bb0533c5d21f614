// Entry of the SQLite blob thread. Workers do not inherit the tsx loader the relay runs under,
// so this plain module registers it and then loads the TypeScript body of the worker.
import { register } from 'tsx/esm/api';

register();
await import('./blobWorkerMain.ts');
