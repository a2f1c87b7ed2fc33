#!/usr/bin/env node
import { main } from "../dist/cli/index.js";

// A reader that stops early (`casefile search … | head`) is not an error.
// Any other failure to write (a full disk: `> /dev/full`) is one line and sysexits' 74.
process.stdout.on("error", (err) => {
  if (err && err.code === "EPIPE") process.exit(0);
  process.stderr.write(`casefile: cannot write the output: ${err && err.code ? err.code : String(err)}\n`);
  process.exit(74);
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`casefile: internal error: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 70;
  },
);
