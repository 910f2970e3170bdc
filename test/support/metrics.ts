import request from 'supertest';

/** The Prometheus exposition text of the app at `url`, read over HTTP (expects 200). */
export async function metricsText(url: string): Promise<string> {
  return (await request(url).get('/metrics').expect(200)).text as string;
}
