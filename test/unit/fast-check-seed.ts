// Property tests draw from one seed per run of the suite. CI and `npm test` use a fixed seed, so a
// red run can be replayed exactly and a green one stays green; FC_SEED=random explores new cases
// (run it often while changing the engine), FC_SEED=<number> replays a reported failure.
import fc from 'fast-check';

const FIXED_SEED = 20_261_202;
const given = process.env['FC_SEED'];
const seed = given === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : given !== undefined && given !== '' ? Number(given) : FIXED_SEED;
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${given}`);
if (given === 'random') console.info(`fast-check seed: ${seed} (replay with FC_SEED=${seed})`);
fc.configureGlobal({ seed });
