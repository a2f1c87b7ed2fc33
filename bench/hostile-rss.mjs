// Preloaded (node --import) into each command the hostile bench runs: on exit, the process's
// peak resident set size (KB) goes to the file HOSTILE_RSS_FILE names, for the bench to read.
import { writeFileSync } from "node:fs";

const file = process.env.HOSTILE_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
