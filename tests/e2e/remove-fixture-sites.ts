/** After the browser tests: this run's fixture builds go. */
import { rmSync } from 'node:fs';

export default function removeFixtureSites(): void {
  if (process.env.TEST_FIXTURE_SITES) rmSync(process.env.TEST_FIXTURE_SITES, { recursive: true, force: true });
}
