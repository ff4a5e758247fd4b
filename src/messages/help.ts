// Help texts of every command (descriptions, arguments, options, examples). They live apart
// from each area's messages so that `ikusei --help` loads this one small module, not all of them.

export const help = {
  walk: {
    start: 'プログラムに沿って質問に答え、支援の方針を作ります（対話）',
    startProgram: 'プログラムの ID・番号（I〜VI）・ファイルのパス（省くと一覧から選びます）',
    startAfter: `
例:
  ikusei start                 一覧（年齢・学校段階からのおすすめつき）から選んで始める
  ikusei start III             高校生支援を始める
回答は 1 問ごとに自動で保存されます。Ctrl-C で中断しても ikusei resume で続けられます。`,
    resume: '中断したセッションの続きを答えます',
    resumeId: 'セッション ID（ikusei sessions で表示される ID。先頭の数文字でも可。省くと一覧から選びます）',
    sessions: '保存されているセッション（聞き取りの記録）の一覧を表示します',
    sessionsJson: '結果を JSON で出力します',
    run: '回答ファイルからプログラムを実行し、結果を表示します（対話なし）',
    runProgram: 'プログラムの ID・番号（I〜VI）・ファイルのパス',
    runAnswers: '回答ファイル（YAML または JSON: 質問 ID → 回答）',
    runJson: '結果を JSON で出力します',
    runSave: '結果をセッションとして保存します（ikusei resume・render で使えます）',
    runAfter: `
例:
  ikusei run III --answers kaitou.yaml
  ikusei run koukousei --answers kaitou.yaml --json
  ikusei run koukousei --answers kaitou.yaml --save`,
    encrypt: 'セッションをパスフレーズで暗号化して保存します（パスフレーズを 2 回入力します）',
    encryptAfter: `
環境変数 IKUSEI_PASSPHRASE を設定していると、--encrypt なしでもそのパスフレーズで暗号化します。`,
  },
  purge: {
    description: '確定済みで、最後の変更から指定の期間が過ぎたセッションを削除します',
    olderThan: '期間: 90d（日）、12w（週）、3m（か月）。最後の変更がこれより前の、確定済みのセッションを削除します',
    yes: '確認せずに削除します（端末から実行しないときに必要です）',
    dryRun: '削除するセッションを表示するだけで、削除はしません',
    after: `
例:
  ikusei sessions purge --older-than 90d --dry-run   削除されるものを確かめる
  ikusei sessions purge --older-than 3m              確認してから削除する
  ikusei sessions purge --older-than 12w --yes       確認せずに削除する（定期実行など）
途中のセッション（確定していないもの）と、読み込めないファイルは削除しません。
暗号化されたセッションも、パスフレーズなしで対象にできます（状態と日時は暗号化していません）。
終了コード: 0 成功（削除なし・--dry-run・取りやめを含む） / 2 期間の指定の誤り、または端末でなく --yes もない / 3 削除できないファイルがあった / 130 中断`,
  },
  sheet: {
    options: {
      output: '書き出す PDF ファイル',
      program: 'プログラムの ID・番号・パス（回答ファイルに program: がないとき）',
      template: '様式テンプレートの ID またはパス（既定: sheet = 支援シート）',
      font: '使うフォント（TTF/OTF）。既定は同梱の BIZ UDPゴシック（config.json の font でも指定可）',
      fontBold: '見出しに使う太字のフォント（TTF/OTF）',
      password: 'PDF をパスワードで保護します（AES-256）。パスワードは端末で聞きます（環境変数 IKUSEI_PDF_PASSWORD でも可）',
      passwordFile: 'PDF のパスワードをこのファイルの 1 行目から読みます',
      deterministic: 'テスト用: 日付と ID を固定し、同じ入力から同じバイト列の PDF を作ります',
      noAppendix: '付録（連携先と制度の説明。どのケースでも同じ参考資料）を印刷しません',
      date: '聞き取り日（YYYY-MM-DD）。期限・申請期間・見直し日をこの日から数えます（省略するとファイルの date:、なければ今日）',
      force: '同じ名前の PDF があっても上書きします',
    },
    render: {
      description: '回答ファイルやセッションから支援シート（PDF）を作ります。様式テンプレートで別の書式も印刷できます',
      input: '回答ファイル（YAML/JSON）のパス、またはセッション ID（様式を空欄で印刷するときは省略）',
      after: `
例:
  ikusei render 回答.yaml -o 支援シート.pdf
  ikusei render 20261122-1144 -o 支援シート.pdf --password  （セッション ID は先頭だけでも可。パスワードは端末で聞きます）
  ikusei render --template oyako-kouryu -o 計画書.pdf        （空欄の様式）
  ikusei render --template oyako-kouryu 計画書.yaml -o 計画書.pdf`,
    },
    checklist: {
      description: 'プログラムの印刷用ツール（チェックシート・記入表・制度一覧など）を PDF にします',
      program: 'プログラムの ID・番号（I〜VI）・パス',
      tool: '印刷するツールの ID（省略するとすべて）',
      from: '回答ファイルまたはセッション ID: その回答でチェック欄に印をつけて印刷します',
      after: `
例:
  ikusei checklist koukousei -o ツール.pdf
  ikusei checklist III --tool chutai-boushi -o 中退防止チェックシート.pdf
  ikusei checklist III --tool chutai-boushi --from 20261122-1144 -o 記入済み.pdf`,
    },
    batch: {
      description: 'フォルダ内（または指定した）回答ファイル・セッションをまとめて PDF にします',
      inputs: '回答ファイル・セッションファイル、またはそれらの入ったフォルダ',
      output: 'PDF を書き出すフォルダ（なければ作ります）',
      jobs: '同時に処理する数（既定: CPU のコア数）',
      after: `
例:
  ikusei batch 回答/ -o シート/
  ikusei batch a.yaml b.yaml -o シート/ --force

1 件でも失敗すると終了コード 1 になります（他のファイルは作られます）。`,
    },
  },
  trainer: {
    test: {
      description: 'プログラムの事例シナリオ（tests:）を実行し、期待どおりの結果になるか・木をどこまで通ったか（網羅率）を確かめます',
      programs: 'プログラムの ID・番号・パス（省略するとすべて）',
      minCoverage: 'ノード網羅率がこの % に届かないプログラムがあれば失敗（終了コード 1）にします（例: 100）',
      format: '出力の形式: text（既定）または json（--json と同じ）',
      json: '結果を JSON で出力します（--format json と同じ）',
      after: `
例:
  ikusei test                          すべてのプログラムのシナリオを実行する
  ikusei test koukousei                1 本だけ
  ikusei test --min-coverage 100       すべてのノードを通っていなければ失敗にする（CI と同じ）
  ikusei test --json                   結果を JSON で（通っていない道もすべて）

網羅率: ノード＝シナリオが通ったノードの割合、選択肢＝選ばれた選択肢・はい／いいえ・わからないの割合。
終了コード: 0 すべて成功 / 1 失敗したシナリオ・誤りのあるプログラム・網羅率の不足 / 2 使い方の誤り`,
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
    },
    diff: {
      description: 'プログラムの 2 つの版を比べ、何が変わったか（ノード・文言・行き先・効果・ツール・シナリオ）を研修担当者の言葉で示します',
      old: '前の版の YAML ファイル',
      new: '新しい版の YAML ファイル',
      format: '出力の形式: text（既定）または json（--json と同じ）',
      json: '結果を JSON で出力します（--format json と同じ）',
      after: `
例:
  git show HEAD:programs/koukousei.yaml > /tmp/koukousei-old.yaml
  ikusei diff /tmp/koukousei-old.yaml programs/koukousei.yaml

ノード・選択肢・ツールは ID で、シナリオは名前で対応づけます（ファイル内で順番を入れ替えただけなら変更にはなりません）。
行番号は新しい版のものです（削除されたものは前の版の行番号を示します）。
終了コード: 0 比べられた（変更があっても 0） / 1 どちらかのファイルが読めない・書き方の誤り / 2 使い方の誤り`,
    },
    new: {
      description: '新しいプログラムの雛形（YAML）をプログラムのフォルダに作ります',
      id: '新しいプログラムの ID（ファイル名になります。半角の英小文字で始め、英小文字・数字・_・- で書きます）',
      number: 'プログラム番号 I〜VI（ほかのプログラムが使っていない番号。省略すると番号のない下書き draft: true になります）',
      title: 'プログラム名（省略すると仮の名前）',
      after: `
例:
  ikusei new kenshu --title 研修用プログラム          番号のない下書き（start の一覧に出ません）

（ ）の中を書き換えて仕上げます。書き換えていない（ ）は ikusei lint が示します（下書きでは警告、番号のあるプログラムではエラー）。
--number をつけるのは I〜VI のどれかを作り直すときだけです（同じ番号のプログラムがフォルダにあると作りません）。
終了コード: 0 作成した / 2 使い方の誤り（ID の形が違う、同じ名前のファイルがすでにある、など） / 3 書き込めない`,
    },
  },
};
