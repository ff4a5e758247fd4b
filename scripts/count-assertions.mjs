// Developer metric for ARCHITECTURE.md (issue 11): node scripts/count-assertions.mjs src
// Counts, per file under the given roots, postfix non-null assertions and `as` casts.
// `!`: an identifier char, `)` or `]` directly followed by `!` that is not followed by `=`.
// `as`: ` as ` not followed by `const`, excluding lines starting with import/export (renames).
// Line and block comments and string literals are stripped roughly first.
import fs from 'node:fs'; import path from 'node:path';
const roots = process.argv.slice(2);
function walk(d, out) { for (const e of fs.readdirSync(d, {withFileTypes:true})) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p, out); else if (p.endsWith('.ts')) out.push(p); } return out; }
let tb = 0, ta = 0; const rows = [];
for (const r of roots) for (const f of walk(r, [])) {
  let src = fs.readFileSync(f, 'utf8');
  src = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''").replace(/\/\/.*$/gm, '');
  let b = 0, a = 0;
  for (const line of src.split('\n')) {
    b += (line.match(/[\w)\]]!(?!=)/g) || []).length;
    if (/^\s*(import|export)\b.*\bfrom\b/.test(line) || /^\s*(import|export)\s*\{/.test(line)) continue;
    a += (line.match(/\sas\s+(?!const\b)/g) || []).length;
  }
  tb += b; ta += a; if (b || a) rows.push([f, b, a]);
}
if (process.env.V) for (const r of rows.sort((x,y)=>(y[1]+y[2])-(x[1]+x[2]))) console.log(r.join('\t'));
console.log(`non-null ! : ${tb}\nas casts   : ${ta}`);
