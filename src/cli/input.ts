import { readFile, stat } from "node:fs/promises";
import { CasefileError, EXIT } from "../model/errors.js";

/** Largest input casefile reads in one go; a court filing is far smaller. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/**
 * Reads a file, or standard input for `-`, turning every way that can fail into one
 * clear `CasefileError`.
 *
 * @example const { path, bytes } = await readInput("order.pdf");
 */
export async function readInput(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<{ path: string; bytes: Uint8Array }> {
  if (path === "-") return { path: "-", bytes: await readStream(stdin) };
  await checkFile(path);
  try {
    return { path, bytes: new Uint8Array(await readFile(path)) };
  } catch (err) {
    throw new CasefileError("input.unreadable", `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, EXIT.IO, 500);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_INPUT_BYTES) throw new CasefileError("input.too-large", `standard input exceeds ${MAX_INPUT_BYTES} bytes`, EXIT.DATA, 413);
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Fails with one clear line unless `path` is a readable regular file of sane size. */
export async function checkFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CasefileError("input.not-found", `no such file: ${path}`, EXIT.NO_INPUT, 404);
    if (code === "EACCES") throw new CasefileError("input.permission", `permission denied: ${path}`, EXIT.NO_INPUT, 403);
    throw new CasefileError("input.unreadable", `cannot read ${path}: ${code ?? String(err)}`, EXIT.IO, 500);
  }
  if (info.isDirectory()) throw new CasefileError("input.directory", `${path} is a directory, not a file (use \`casefile ingest\` for folders)`, EXIT.NO_INPUT, 400);
  if (!info.isFile()) throw new CasefileError("input.not-a-file", `${path} is not a regular file`, EXIT.NO_INPUT, 400);
  if (info.size > MAX_INPUT_BYTES) throw new CasefileError("input.too-large", `${path} is ${info.size} bytes; the limit is ${MAX_INPUT_BYTES}`, EXIT.DATA, 413);
}
