// What a web server does with the database before it listens, as a process of its own:
// test/startup/prepare-race.test.ts starts two at once.
import { readEnv } from "../../app/env.server";
import { prepareDatabaseAlongsideOthers } from "../../server/prepare";

await prepareDatabaseAlongsideOthers(readEnv());
process.exit(0);
