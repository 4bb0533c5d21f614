// zod/mini (zod's functional variant) gives its messages in English once told to; zod itself always
// does. Imported for its effect by the modules whose zod/mini schemas report to a person: the relay's
// options ("--port: Too big: expected number to be <=65535") and the sharing API's answers.
//
// Why zod/mini there: it is the same validation as zod with functions instead of methods, so a
// bundle carries only what it calls. Measured on the relay's bundle, which loads those schemas when
// it starts: zod cost 6.7 MiB of resident memory and 1.9 MiB of heap, zod/mini 2 and 0.4.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
