// The citation core runs in a browser: nothing below src/cite may import Node's
// modules, and it may import nothing of ours but the shared model types.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const citeDir = join(root, "src", "cite");
const modelDir = join(root, "src", "model");

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (p.endsWith(".ts")) out.push(p);
  }
  return out;
}

// import … from "x"; export … from "x"; import "x"; import("x")
const IMPORT = /^\s*(?:import|export)\b[^;"']{0,400}?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']/gm;
const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

test("src/cite imports no Node-only module and nothing of ours outside cite/ and model/", () => {
  const all = files(citeDir);
  assert.ok(all.length > 10, "the citation core is there");
  const problems: string[] = [];
  for (const file of all) {
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const where = relative(root, file);
      if (nodeBuiltins.has(spec) || spec.startsWith("node:")) problems.push(`${where}: ${spec}`);
      else if (spec.startsWith(".")) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(citeDir) && !target.startsWith(modelDir)) problems.push(`${where}: ${spec}`);
      } else problems.push(`${where}: package ${spec}`);
    }
  }
  assert.deepEqual(problems, []);
});
