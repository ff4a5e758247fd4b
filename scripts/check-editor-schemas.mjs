// Runs yaml-language-server (the engine of VS Code's YAML extension) over every shipped YAML file,
// as an editor would open them, with .vscode/settings.json, and prints what it reports. Exit 1 on
// any diagnostic, including "Unable to load schema". Not part of npm test: yaml-language-server 2
// needs Node 22.13+. Usage (README 開発):
//   npm install --prefix <dir> yaml-language-server@2
//   node scripts/check-editor-schemas.mjs <dir> [files…]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const [serverDir, ...given] = process.argv.slice(2);
if (!serverDir) throw new Error('usage: node scripts/check-editor-schemas.mjs <folder where yaml-language-server is installed> [files…]');
const shipped = ['programs', 'programs/catalogs', 'templates', 'examples'].flatMap((d) => fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.yaml')).map((f) => `${d}/${f}`));
const files = given.length ? given : shipped;
const settings = JSON.parse(fs.readFileSync(path.join(root, '.vscode/settings.json'), 'utf8'));
const yamlSettings = { validate: true, completion: true, hover: true, schemaStore: { enable: false }, schemas: {} };
for (const [k, v] of Object.entries(settings)) if (k.startsWith('yaml.')) yamlSettings[k.slice(5)] = v;
// Relative schema keys in .vscode/settings.json are resolved from the workspace root by the client.
yamlSettings.schemas = Object.fromEntries(Object.entries(yamlSettings.schemas).map(([k, v]) => [k.startsWith('./') ? pathToFileURL(path.join(root, k)).href : k, v]));

const server = spawn(process.execPath, [path.resolve(serverDir, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let id = 0;
const send = (msg) => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
};
const pending = new Map();
const request = (method, params) => new Promise((resolve) => { const i = ++id; pending.set(i, resolve); send({ id: i, method, params }); });
const diagnostics = new Map();
const logs = [];
let buf = Buffer.alloc(0);
server.stdout.on('data', (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const head = buf.indexOf('\r\n\r\n');
    if (head < 0) return;
    const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())[1]);
    if (buf.length < head + 4 + len) return;
    const msg = JSON.parse(buf.subarray(head + 4, head + 4 + len).toString());
    buf = buf.subarray(head + 4 + len);
    if (msg.id !== undefined && msg.method === undefined) pending.get(msg.id)?.(msg.result);
    else if (msg.method === 'workspace/configuration') send({ id: msg.id, result: msg.params.items.map((it) => (it.section === 'yaml' ? yamlSettings : it.section === 'editor' ? { tabSize: 2 } : null)) });
    else if (msg.id !== undefined) send({ id: msg.id, result: null });
    else if (msg.method === 'textDocument/publishDiagnostics') diagnostics.set(msg.params.uri, msg.params.diagnostics);
    else if (msg.method === 'window/logMessage' || msg.method === 'window/showMessage') logs.push(msg.params.message);
  }
});

await request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { workspace: { configuration: true } }, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'ikusei' }] });
send({ method: 'initialized', params: {} });
send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: yamlSettings } } });
for (const f of files) {
  const uri = pathToFileURL(path.resolve(root, f)).href;
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: fs.readFileSync(path.resolve(root, f), 'utf8') } } });
}
// Diagnostics arrive after validation; wait until every file has reported and nothing changes.
const deadline = Date.now() + 60_000;
let last = -1;
while (Date.now() < deadline) {
  await new Promise((r) => setTimeout(r, 2000));
  const n = [...diagnostics.values()].reduce((s, d) => s + d.length, 0) + diagnostics.size * 1000;
  if (diagnostics.size === files.length && n === last) break;
  last = n;
}
let problems = 0;
for (const f of files) {
  const d = diagnostics.get(pathToFileURL(path.resolve(root, f)).href);
  if (!d) { console.log(`${f}: no diagnostics reported`); problems++; continue; }
  console.log(`${f}: ${d.length} diagnostics`);
  for (const x of d) {
    const severity = ['', 'error', 'warning', 'information', 'hint'][x.severity ?? 1];
    console.log(`  ${x.range.start.line + 1}:${x.range.start.character + 1} ${severity}: ${x.message.split('\n')[0]}`);
    if (severity === 'error') problems++;
  }
}
for (const l of logs) if (/schema|error/i.test(l)) console.log('log:', l.slice(0, 300));
console.log(problems === 0 ? `${files.length} files: no errors` : `${problems} errors`);
server.kill();
process.exit(problems ? 1 : 0);
