// Parses Mermaid text (stdin) with the real mermaid parser, under linkedom as the DOM (mermaid
// is ESM-only and expects a browser's globals). Prints the diagram type, or the parse error and exits 1.
import { parseHTML } from 'linkedom';

const { window, document } = parseHTML('<!doctype html><html><body></body></html>');
globalThis.window = window;
globalThis.document = document;
const { default: mermaid } = await import('mermaid');
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
try {
  mermaid.initialize({ startOnLoad: false });
  const result = await mermaid.parse(Buffer.concat(chunks).toString('utf8'));
  process.stdout.write(`${result.diagramType}\n`);
} catch (error) {
  process.stderr.write(`${error.message ?? error}\n`);
  process.exit(1);
}
