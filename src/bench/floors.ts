// The floors ikusei's figures are compared with, each run as its own process by the benchmark:
//   lint <programsDir>   parse every program and catalog with yaml and validate it with ajv
//   parse <file>         parse one YAML file with yaml
//   render <out.pdf>     load pdfkit and write one Japanese line with the bundled font
// Nothing else: whatever ikusei does beyond these is its own cost.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [what, target] = process.argv.slice(2);
const require = createRequire(import.meta.url);

if (what === 'lint' || what === 'parse') {
  const { parse } = await import('yaml');
  if (what === 'parse') parse(fs.readFileSync(target!, 'utf8'), { maxAliasCount: 100 });
  else {
    const { validators } = await import('../io/schema/validators.js');
    const v = validators();
    const yamls = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).map((n) => path.join(dir, n)) : []);
    for (const f of yamls(target!)) v.program(parse(fs.readFileSync(f, 'utf8')));
    for (const f of yamls(path.join(target!, 'catalogs'))) v.catalog(parse(fs.readFileSync(f, 'utf8')));
  }
} else if (what === 'render') {
  const PDFDocument = (await import('pdfkit')).default;
  const doc = new PDFDocument({ font: null as unknown as string });
  doc.registerFont('regular', require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'));
  const out = fs.createWriteStream(target!);
  doc.pipe(out);
  doc.font('regular').fontSize(10.5).text('子どもの健全育成プログラム　支援シート', 50, 50);
  doc.end();
  await new Promise<void>((resolve) => out.on('finish', () => resolve()));
} else {
  throw new Error(`usage: floors.js lint|parse|render <path>`);
}
