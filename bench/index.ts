/**
 * npm run bench: runs every bench/*.bench.ts in turn. Each exports `run(): Promise<void>` and prints
 * its own figures; speed goals are checked here, never in timed unit tests.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only === undefined || f.startsWith(only))
    .sort();
  for (const file of files) {
    console.log(`\n# ${file}`);
    const mod = (await import(join(__dirname, file))) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
