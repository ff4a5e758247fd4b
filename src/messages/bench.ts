// `npm run bench`: the lines and the table it prints (developer-facing, Japanese like the README
// table it regenerates).

export const bench = {
  step: (what: string) => `計測中: ${what}…`,
  heading: (date: string, cpu: string, cores: number, mem: number, node: string) =>
    `ikusei ベンチマーク ${date} — ${cpu}、${cores} コア、${mem} GiB、Node ${node}`,
  load: (before: string, after: string, spread: string) =>
    `機械の負荷: loadavg（1・5・15 分）開始時 ${before}、終了時 ${after}。基準 node -e 0 のばらつき（四分位範囲 ÷ 中央値）${spread}。`,
  noisy: '負荷が高すぎるため（1 分 loadavg がコア数の 0.7 倍を超えた、または基準のばらつきが 15 % を超えた）、判定は出しません。静かなときに測り直してください。',
  quiet: '負荷は判定を出せる範囲でした。',
  method: (rounds: number) =>
    `比べるものどうしは同じ回に交互に（A B A B …）${rounds} 回ずつ測り、最初の 1 回は捨てています。値は中央値（最小–最大）。「初回」は毎回新しい IKUSEI_HOME を作った別プロセスです。`,
  table: '| 測るもの | 比べる基準 | 基準 | ikusei | 比 | 目標 | 判定 |\n|---|---|---|---|---|---|---|',
  met: '○',
  missed: '×',
  noVerdict: '—',
  noChromium: (path: string) => `${path} がないため、Chromium との比較は飛ばしました（Debian では apt-get install chromium）。`,
  noNpx: '`npx ikusei` がこの場所で使えないため、npx の行は飛ばしました（IKUSEI_BENCH_NPX_CWD で clone の場所を指定できます）。',
  rows: {
    help: 'ikusei --help',
    helpNoCache: 'ikusei --help（コンパイルキャッシュなし）',
    npx: 'npx ikusei --help',
    linked: 'ikusei --help（npm link・全体インストール: bin を直接実行）',
    lintWarm: 'ikusei lint（全プログラム、キャッシュあり）',
    lintWarmNoCache: 'ikusei lint（キャッシュあり、コンパイルキャッシュなし）',
    show: 'ikusei show III',
    lintCold: 'ikusei lint（全プログラム、初回）',
    render: (pages: number) => `ikusei render（${pages} ページの支援シート）`,
    renderNoCache: 'ikusei render（コンパイルキャッシュなし）',
    batch: (sheets: number, jobs: number) => `ikusei batch --jobs ${jobs}、${sheets} 枚`,
    bytes: '支援シート 1 枚の大きさ（うちフォント / フォント以外）',
    lint10kCold: '10,000 ノードの lint（初回）',
    lint10kWarm: '10,000 ノードの lint（キャッシュあり）',
    lintRouted: '8,000 ノード、全質問が最初の回答で分岐: lint（初回）',
  },
  floors: {
    bare: 'node -e 0',
    lint: 'yaml で解析し ajv で検証するだけのスクリプト',
    render: 'pdfkit を読み込み同じフォントで 1 行書くだけのスクリプト',
    chromium: (jobs: number) => `温めた Chromium、${jobs} タブ、同じ HTML とフォント`,
    parse: '同じファイルを yaml で解析するだけ',
    none: '—',
  },
  rate: (perSecond: string, min: string, max: string) => `${perSecond} 枚/秒（${min}–${max}）`,
  times: (x: string) => `${x}×`,
  kb: (total: string, font: string, rest: string) => `${total} KB（${font} / ${rest}）`,
};
