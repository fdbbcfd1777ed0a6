// `npm start`: install what is missing, build, and serve build/ on http://localhost:4173.
import { ensureNodeModules, run } from './lib/setup.mjs';

ensureNodeModules();
run('npm', ['run', 'build']);
run('node', ['scripts/serve.mjs']);
