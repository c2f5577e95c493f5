/** `node tests/tools/serve.ts [--port N] [--root dist]`: serve a built site until stopped. */
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, root: { type: 'string', default: 'dist' } } });
const { url } = await startStaticServer({ port: Number(values.port), root: values.root });
console.log(`Serving ${values.root}/ at ${url}`);
