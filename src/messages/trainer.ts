// Messages of the trainer tools: ikusei test, graph, new, diff and lint --watch.

export const trainer = {
  test: {
    description: 'プログラムの事例シナリオ（tests:）を実行し、期待どおりの結果になるか・木をどこまで通ったか（網羅率）を確かめます',
    programs: 'プログラムの ID・番号・パス（省略するとすべて）',
    minCoverage: 'ノード網羅率がこの % に届かないプログラムがあれば失敗（終了コード 1）にします（例: 100）',
    format: '出力の形式: text（既定）または json',
    after: `
例:
  ikusei test                          すべてのプログラムのシナリオを実行する
  ikusei test koukousei                1 本だけ
  ikusei test --min-coverage 100       すべてのノードを通っていなければ失敗にする（CI と同じ）
  ikusei test --format json            結果を JSON で（通っていない道もすべて）

網羅率: ノード＝シナリオが通ったノードの割合、選択肢＝選ばれた選択肢・はい／いいえ・わからないの割合。
終了コード: 0 すべて成功 / 1 失敗したシナリオ・誤りのあるプログラム・網羅率の不足 / 2 使い方の誤り`,
    pass: (name: string) => `✓ ${name}`,
    fail: (name: string) => `✗ ${name}`,
    keys: {
      outcome: '結論',
      actions: 'やること',
      referrals: '連携先',
      resources: '制度',
      checklist: 'チェック項目',
      flags: '目印',
      unknown: '要確認',
    } as Record<string, string>,
    missing: '足りない',
    unexpected: '余分',
    expected: '期待',
    actual: '実際',
    notDone: (status: string, node: string) => `（結論に着きませんでした: ${status} — ノード ${node} で止まりました）`,
    ignored: (ids: string[]) => `使われなかった回答: ${ids.join(', ')}`,
    summary: (programs: number, passed: number, failed: number) =>
      `${programs} プログラム・シナリオ ${passed + failed} 件: 成功 ${passed} 件、失敗 ${failed} 件`,
    noScenarios: (id: string) => `${id}: シナリオがありません`,
    broken: (file: string) => `✗ ${file}: 上の誤りがあるため、シナリオを実行できませんでした（ikusei lint ${file} で確かめてください）`,
    brokenSummary: (n: number) => `誤りがあって実行できなかったプログラム: ${n} 本`,
    ratio: (covered: number, total: number, pct: number) => `${covered}/${total}（${pct}%）`,
    coverage: (id: string, nodes: string, options: string) => `網羅率 ${id}: ノード ${nodes}・選択肢 ${options}`,
    unvisited: (ids: string[]) => `どのシナリオも通らないノード: ${ids.join(', ')}`,
    pathsHeading: (n: number) => `シナリオが通らない分岐 ${n} 件（その分岐を通る道の例。シナリオに加えると網羅できます）:`,
    branch: (node: string, branch: string) => `${node} の「${branch}」`,
    morePaths: (n: number) => `ほか ${n} 件（すべて見るには --format json）`,
    plainNext: '次へ',
    belowMinimum: (min: number, ids: string[]) => `ノード網羅率が ${min}% に届かないプログラムがあります: ${ids.join(', ')}`,
    minimumMet: (min: number) => `すべてのプログラムのノード網羅率が ${min}% 以上です。`,
    badFormat: (f: string) => `--format には text か json を指定してください（指定された値: ${f}）。`,
    badMinimum: (v: string) => `--min-coverage には 0〜100 の数を指定してください（指定された値: ${v}）。`,
    noPrograms: (dir: string) => `プログラムがありません: ${dir}`,
  },

  graph: {
    description: 'プログラムの決定木をフローチャートにします（Mermaid・DOT・印刷用 PDF）',
    program: 'プログラムの ID・番号（I〜VI）・ファイルのパス',
    format: '出力の形式: mermaid（既定）・dot・pdf',
    output: '書き出すファイル（mermaid と dot は省くと画面に。pdf は省くと <ID>-flowchart.pdf、--tool のときは <ID>-<ツールID>.pdf）',
    start: 'このノードから先だけを描きます（部分木）',
    tool: 'プログラムのフローチャート用ツール（kind: flowchart）の ID。その start から先を、その題で描きます',
    paper: 'PDF の用紙: A4（既定）または A3',
    orientation: 'PDF の向き: auto（既定。ページ数が少ないほう）・portrait（縦）・landscape（横）',
    force: '書き出すファイルがすでにあれば上書きします',
    after: `
例:
  ikusei graph koukousei                              Mermaid で画面に出す（Markdown に貼れます）
  ikusei graph koukousei --format dot -o k.dot        Graphviz の DOT をファイルに
  ikusei graph koukousei --format pdf                 印刷用の PDF（koukousei-flowchart.pdf）
  ikusei graph III --tool shinro-flow --format pdf --paper A3
                                                      卒業後進路フローチャートを A3 で

PDF では、大きな木はページに分けて描き、ページをまたぐ矢印は「→ p.3」「p.1 から」の印でつなぎます。
終了コード: 0 成功 / 1 プログラムに誤りがある / 2 使い方の誤り（ファイルがすでにある、など） / 3 書き込めない`,
    badFormat: (f: string) => `--format には mermaid・dot・pdf のどれかを指定してください（指定された値: ${f}）。`,
    badPaper: (p: string) => `--paper には A4 か A3 を指定してください（指定された値: ${p}）。`,
    badOrientation: (o: string) => `--orientation には auto・portrait・landscape のどれかを指定してください（指定された値: ${o}）。`,
    paperOnlyPdf: '--paper と --orientation は --format pdf のときだけ使えます。',
    startAndTool: '--start と --tool は一緒には使えません。',
    unknownStart: (id: string, suggestion?: string) => `ノード「${id}」はありません。${suggestion ? `もしかして「${suggestion}」ですか？` : ''}`,
    unknownTool: (id: string, tools: string[]) => `フローチャートのツール「${id}」はありません。${tools.length ? `使えるツール: ${tools.join(', ')}` : 'このプログラムにはフローチャートのツールがありません。'}`,
    exists: (file: string) => `${file} はすでにあります。上書きしてよければ --force をつけてください。`,
    wrote: (file: string, pages: number, paper: string, landscape: boolean, scale: number) =>
      `${file} に書き出しました（${paper}${landscape ? '横' : '縦'}・${pages} ページ・縮尺 ${Math.round(scale * 100)}%）。`,
    wroteText: (file: string) => `${file} に書き出しました。`,
    subtitle: (number: string, title: string, version: string, revised: string) => `${number} ${title}　${version}（${revised} 改訂）　ikusei graph`,
    pageNumber: (page: number, pages: number) => `${page} / ${pages} ページ`,
    toPage: (page: number) => `→ p.${page} へ`,
    fromPages: (pages: number[]) => `p.${pages.join('・p.')} から`,
    startTag: '開始',
    legend: {
      question: '質問（選ぶ）',
      typed: '質問（数・日付・記述）',
      info: '案内',
      outcome: '結論',
      connector: '他のページへ・から',
    },
    yes: 'はい',
    no: 'いいえ',
    unknown: 'わからない',
    otherwise: 'それ以外',
    kinds: {
      single: '質問（ひとつ選ぶ）',
      multi: '質問（いくつでも）',
      yesno: '質問（はい／いいえ）',
      number: '質問（数）',
      date: '質問（日付）',
      text: '質問（自由記述）',
      info: '案内',
      outcome: '結論',
    } as Record<string, string>,
  },

  diff: {
    description: 'プログラムの 2 つの版を比べ、何が変わったか（ノード・文言・行き先・効果・ツール・シナリオ）を研修担当者の言葉で示します',
    old: '前の版の YAML ファイル',
    new: '新しい版の YAML ファイル',
    format: '出力の形式: text（既定）または json',
    after: `
例:
  git show HEAD:programs/koukousei.yaml > /tmp/koukousei-old.yaml
  ikusei diff /tmp/koukousei-old.yaml programs/koukousei.yaml

ノード・選択肢・ツールは ID で、シナリオは名前で対応づけます（ファイル内で順番を入れ替えただけなら変更にはなりません）。
行番号は新しい版のものです（削除されたものは前の版の行番号を示します）。
終了コード: 0 比べられた（変更があっても 0） / 1 どちらかのファイルが読めない・書き方の誤り / 2 使い方の誤り`,
    badFormat: (f: string) => `--format には text か json を指定してください（指定された値: ${f}）。`,
    notFound: (file: string) => `ファイルが見つかりません: ${file}`,
    unreadable: (file: string) => `${file} をプログラムとして読めないため、比べられません。`,
    unreadableHint: (file: string) => `ikusei lint ${file} で確かめてください。`,
    heading: (a: string, b: string, n: number) => `${a} → ${b}: 変更 ${n} 件`,
    none: '変更はありません。',
    group: (name: string, n: number) => `■ ${name}（${n} 件）`,
    groups: {
      metadata: 'メタデータ・出典・目印',
      nodes: 'ノードの追加・削除',
      wording: '文言',
      options: '選択肢・質問の形',
      routing: '行き先',
      effects: '効果（やること・連携先・制度・チェック・目印）',
      tools: 'ツール',
      scenarios: 'シナリオ',
    } as Record<string, string>,
    kinds: { added: '追加', removed: '削除', changed: '変更' },
    oldPlace: (place: string) => `（前の版 ${place}）`,
    beforeLabel: '前',
    afterLabel: '後',
    nothing: '（なし）',
    listAdded: '加わった',
    listRemoved: 'なくなった',
    words: {
      type: '質問の種類',
      yes: 'はい',
      no: 'いいえ',
      branchLabel: (b: string) => `「${b}」の表示（label）`,
      branchNext: (b: string) => `「${b}」の行き先`,
      branchWhere: (b: string) => `「${b}」で `,
      route: (i: number) => `条件つきの分岐 ${i}`,
      option: (v: string) => `選択肢 ${v}`,
      optionLabel: (v: string) => `選択肢 ${v} の表示（label）`,
      optionNext: (label: string) => `選択肢「${label}」の行き先`,
      optionWhere: (label: string) => `選択肢「${label}」で `,
      optionOrder: '選択肢の順番',
      source: (title: string) => `出典「${title}」`,
      flag: (id: string) => `目印 ${id}`,
      tool: (id: string) => `ツール ${id}`,
      scenario: (name: string) => `シナリオ「${name}」`,
      answer: (q: string) => `回答 ${q}`,
      expect: (key: string) => `期待する${key}`,
      intakeAge: '年齢（intake）',
      effects: {
        actions: 'やること',
        referrals: '連携先',
        resources: '制度',
        checklist: 'チェック項目',
        flags: '目印',
      } as Record<string, string>,
      fields: {
        id: 'ID',
        number: '番号（number）',
        title: '見出し（title）',
        subtitle: '副題（subtitle）',
        version: '版（version）',
        revised: '改訂日（revised）',
        audience: '対象（audience）',
        summary: '概要（summary）',
        start: '最初のノード（start）',
        review_months: '見直しの目安（review_months）',
        text: '本文（text）',
        help: '説明（help）',
        unit: '単位（unit）',
        unknown: '「わからない・未確認」を選べるか（unknown）',
        min: '最小値（min）',
        max: '最大値（max）',
        integer: '整数のみか（integer）',
        max_length: '最大文字数（max_length）',
        next: '行き先（next）',
        unknown_next: '「わからない」の行き先（unknown_next）',
        exclusive: '単独選択（exclusive）',
        who: '担当（who）',
        due: '期限（due）',
        why: '理由（why）',
        when: '条件（when）',
        reason: '理由（reason）',
        share: '共有する情報（share）',
        note: '補足（note）',
        description: '説明（description）',
        kind: '種類（kind）',
        sections: '項目（sections）',
        rows: '行（rows）',
        columns: '列（columns）',
        legend: '凡例（legend）',
        resources: '制度（resources）',
        agencies: '連携先（agencies）',
      } as Record<string, string>,
    },
  },

  watch: {
    option: '保存するたびに検査し直します（Ctrl-C で終了）',
    waiting: '保存を待っています…（Ctrl-C で終了）',
    changed: (at: Date) =>
      `変更を検知しました（${at.toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}）`,
    stopped: '監視を終了しました。',
  },

  new: {
    description: '新しいプログラムの雛形（YAML）をプログラムのフォルダに作ります',
    id: '新しいプログラムの ID（ファイル名になります。半角の英小文字で始め、英小文字・数字・_・- で書きます）',
    number: 'プログラム番号 I〜VI（省略すると、フォルダでまだ使われていない番号）',
    title: 'プログラム名（省略すると仮の名前）',
    after: `
例:
  ikusei new ibasho --number VI --title 学習支援等居場所づくり企画支援プログラム

作ったファイルは、そのままで ikusei lint と ikusei test が通ります。（ ）の中を書き換えて仕上げます。
終了コード: 0 作成した / 2 使い方の誤り（ID の形が違う、同じ名前のファイルがすでにある、など） / 3 書き込めない`,
    badId: (id: string) => `「${id}」はプログラムの ID に使えません。`,
    badIdHint: 'ID は半角の英小文字で始め、英小文字・数字・_・- だけで書いてください（例: ibasho、koukousei-2026）。',
    exists: (file: string) => `${file} はすでにあります。上書きはしません。`,
    existsHint: '別の ID を指定するか、今のファイルを別の名前に変えてから作り直してください。',
    badNumber: (v: string) => `--number には I〜VI（または 1〜6）を指定してください（指定された値: ${v}）。`,
    defaultTitle: (id: string) => `新しいプログラム（${id}）`,
    created: (file: string, id: string) =>
      `${file} を作りました。\n次に: （ ）の中を書き換え、ikusei lint ${file} → ikusei test ${id} で確かめます（ikusei lint --watch なら保存するたびに検査します）。`,
  },
};
