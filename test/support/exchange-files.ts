import type { Agent } from './test-app.js';

/** Downloads an exchange file (XLIFF, TMX) as text: supertest parses only known text types. */
export async function download(agent: Agent, path: string) {
  const res = await agent
    .get(path)
    .buffer(true)
    .parse((r, cb) => {
      let s = '';
      r.setEncoding('utf8');
      r.on('data', (d: string) => (s += d));
      r.on('end', () => cb(null, s));
    })
    .expect(200);
  return { xml: res.body as string, headers: res.headers };
}
