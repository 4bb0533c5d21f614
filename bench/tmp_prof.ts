import { runCase } from '../shared/binding/differential/scenario.ts';
const t = performance.now();
for (let i = 0; i < 60; i++) runCase(1000 + i);
console.log('per case', ((performance.now() - t) / 60).toFixed(1));
