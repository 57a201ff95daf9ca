// A scratch PostgreSQL database for tests and benchmarks that need one beside the app's
// database (the job queue), dropped afterwards. The server is TEST_POSTGRES_URL's.
import { dropDatabase, randomDatabaseName, urlFor, withAdmin } from "../../test/support/test-database";

/** A new, empty database, named as the test suite's are (lwtest_<label>_<random>). */
export async function scratchDatabase(label = "queue"): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = randomDatabaseName(label);
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  return { url: urlFor(name), drop: () => dropDatabase(name) };
}
