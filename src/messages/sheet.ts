// Messages of the PDF commands (render, checklist, batch) and the standard labels of templates.
// Like every message, they name files, ids and characters, never answers, memos or case labels.

import { readFailure } from './case.js';
import { common } from './common.js';

const list = (xs: readonly string[]) => xs.join(', ');

export const sheetMsg = {
  creator: (version: string) => `ikusei ${version}`,

  font: {
    notFound: (file: string) => `フォントファイルが見つかりません: ${file}`,
    unreadable: (file: string, code: string | undefined) => `フォントファイルを読めません: ${file}（${readFailure(code)}）`,
    notAFont: (file: string) => `フォントとして読めません: ${file}`,
    notAFontHint: 'TrueType（.ttf）または OpenType（.otf）のフォントファイルを指定してください（.ttc のフォント集は使えません）。',
    hint: '--font で別のフォントを指定するか、$IKUSEI_HOME/config.json の font の設定を確かめてください。',
  },

  glyphs: {
    missing: (font: string, items: string[]) => `フォント ${font} にない文字があるため、PDF を作れません:\n${items.map((i) => `    ${i}`).join('\n')}`,
    item: (ch: string, where: string[]) =>
      `「${ch}」（U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）${where.length ? `— ${where.join('、')}` : ''}`,
    hint: 'その文字を別の書き方に直す（例: ☐ → □、✔ → ✓）か、--font でその文字を含むフォントを指定してください。',
  },

  where: { header: 'ページの見出し', footer: 'ページの下', memo: (section: string, id: string) => `${section}（${id} のメモ）`, answer: (section: string, id: string) => `${section}（${id}）` },

  frame: {
    programBasis: (number: string | undefined, title: string, basis: string | undefined) => `${number ?? common.draftNumber}　${title}${basis ? `｜${basis}` : ''}`,
    revised: (date: string) => `${date}改訂`,
    /** 「ケース A-123」; a project's record says 「事業名 …」 (its template's labels.case). */
    caseLabel: (label: string, word = 'ケース') => `${word} ${label}`,
    templateHash: '様式',
    form: (title: string, source: string | undefined) => (source ? `${title}（${source}）` : title),
  },

  meta: {
    sheetTitle: (template: string, program: string) => `${template}（${program}）`,
    keywords: (id: string, version: string, hash: string) => `ikusei, ${id}, ${version}, ${hash.slice(0, 8)}`,
    toolsTitle: (program: string) => `${program} 印刷用ツール`,
  },

  amount: (text: string, fiscalYear: string) => `${text}（${fiscalYear}）`,
  /** Between items of one list on the sheet (reasons, notes, the answers behind an item). */
  separator: '／',
  /** Between the values of a multiple choice printed on a form. */
  listJoin: '、',
  /** An ideographic space, between a label and its value on one line. */
  space: '　',
  numbered: (n: string, label: string) => `${n}　${label}`,
  because: (label: string, display: string) => `${label}＝${display}`,
  source: (label: string, title: string, url: string | undefined, checkedLabel: string, date: string) => `${label}: ${title}${url ? ` ${url}` : ''}（${checkedLabel} ${date}）`,
  paren: (s: string) => `（${s}）`,
  /** 「令和　　年　　月　　日」: a date to fill in by hand. */
  blankDate: (era: string) => `${era}　　年　　月　　日`,

  ownerJoin: '／',
  /** Page 1's note; `subject` is what the sheet is about (ケース, or a template's labels.case such as 事業). */
  pagesNote: (total: number, own: number, subject = 'ケース') => {
    const range = (a: number, b: number) => (a === b ? `${a}` : `${a}〜${b}`);
    return own < total
      ? `このシートは全 ${total} ページ。${range(1, own)} ページがこの${subject}の内容、${range(own + 1, total)} ページは付録（どの${subject}でも同じ参考資料）です。`
      : `このシートは全 ${total} ページで、すべてこの${subject}の内容です。`;
  },
  notice: {
    mark: '【注意】',
    programChanged: (recorded: string, current: string) =>
      `この聞き取りは、今とは内容の違うプログラム（版 ${recorded}）で記録されました。このシートは今のプログラム（版 ${current}）で作り直したものです。結果を確かめてください。`,
    ignored: (n: number) => `今のプログラムに合わない回答が ${n} 件あり、使っていません。`,
    incomplete: '聞き取りは途中です。結論に至っていないため、支援方針は確定していません。',
  },

  /** Standard wording of each section; a template's `labels` override them key by key. */
  labels: {
    common: { sameAs: '{item}と同じ', none: 'なし', header_hash: '版', page: '{page} / {pages}', because: '根拠', done: '済' },
    title: { date: '作成日' },
    answers: { question: '項目', answer: '回答', memo: 'メモ' },
    outcome: { incomplete: '（聞き取りが途中のため、まだありません）' },
    actions: { done: '済', action: 'やること', who: '担当', due: '期限', why: '理由', window: '期間', because: '根拠' },
    referrals: { done: '済', agency: '連携先', detail: '役割・伝える内容', role: '役割', reason: 'つなぐ理由', share: '伝える内容', contact: '連絡方法', owner: '担当・期限', because: '根拠' },
    resources: { done: '済', resource: '制度', detail: '内容', amount: '金額', apply: '申請', note: 'メモ', source: '出典', checked: '確認日', owner: '担当・期限', because: '根拠' },
    checklist: { because: '根拠' },
    unknowns: { memo: 'メモ' },
    flags: { because: '根拠' },
    review: { after: '{months}か月後', why: '早めに見直す理由', because: '根拠' },
    referral_details: { role: '役割', when: 'つなぐとき', contact: '連絡方法', source: '出典', checked: '確認日' },
    resource_details: { amount: '金額', apply: '申請', caution: '注意', source: '出典', checked: '確認日' },
  },

  template: {
    unknown: (ref: string) => `テンプレート「${ref}」が見つかりません。`,
    unknownHint: (ids: string[]) => (ids.length ? `使えるテンプレート: ${list(ids)}（ファイルのパスも指定できます）` : 'templates/ フォルダにテンプレートがありません。'),
    hasErrors: (file: string) => `テンプレート ${file} に誤りがあるため使えません。`,
    hasErrorsHint: (file: string) => `ikusei lint ${file} で詳しく確かめてください。`,
    idMismatch: (id: string, expected: string) => `id「${id}」がファイル名と違います。ファイル名に合わせて「${expected}」にしてください。`,
    sheetOnly: (type: string) => `「${type}」の欄は支援シート（kind: sheet）でだけ使えます。`,
    formOnly: (what: string) => `「${what}」は様式（kind: form）でだけ使えます。`,
    partsOrLines: 'parts（1 行）か lines（複数行）のどちらか一方を書いてください。',
    countWithoutEach: 'count は each と一緒に書きます。',
    onePartKind: (kinds: string[]) =>
      kinds.length === 0 ? '部品には text・value・date・choice・note のどれか 1 つを書いてください。' : `1 つの部品に ${kinds.join(' と ')} が書かれています。部品を分けてください。`,
    onlyWith: (key: string, owner: string) => `${key} は ${owner} の部品でだけ使えます。`,
    choiceNeedsOptions: 'choice には options（選択肢）が必要です。',
    duplicateOption: (v: string) => `選択肢の値「${v}」が 2 回あります。`,
    unknownSheetKey: (key: string, keys: readonly string[]) => `支援シートに「${key}」という値はありません。使える値: ${list(keys)}`,
  },

  form: {
    invalid: (file: string) => `回答ファイル ${file} の書き方に誤りがあります。`,
    problems: (file: string, n: number) => `${file} の回答に ${n} 件の問題があります。`,
    unknownTop: (key: string) => `「${key}」は書けません。書けるのは template と answers です。`,
    notMap: '「名前: 値」の形で書いてください。',
    notList: 'リスト（- で始まる行）で書いてください。',
    unknownName: (key: string, suggestion?: string) => `「${key}」はこの様式にない項目です。${suggestion ? `もしかして「${suggestion}」ですか？` : ''}`,
    badDate: '日付は YYYY-MM-DD の形で、実在する日を書いてください（例: 2026-11-22）。',
    oneChoice: (allowed: string[]) => `選べるのは 1 つだけです。選べる値: ${list(allowed)}`,
    badChoice: (allowed: string[]) => `選択肢にない値です。選べる値: ${list(allowed)}`,
    notText: '文字か数で書いてください。',
  },
};

/** Help texts and output of `ikusei render`, `checklist`, `batch`. */
export const sheetCli = {
  render: {
    done: (file: string, pages: number) => `PDF を作りました: ${file}（${pages} ページ）`,
    needInput: '回答ファイルかセッション ID を指定してください。',
    needInputHint: '空欄で印刷できるのは様式テンプレート（kind: form）だけです。例: ikusei render --template oyako-kouryu -o 計画書.pdf',
  },
  checklist: {
    noTools: (program: string) => `プログラム「${program}」には印刷用ツールがありません。`,
    unknownTool: (tool: string, program: string) => `プログラム「${program}」に「${tool}」というツールはありません。`,
    toolsHint: (ids: string[]) => `使えるツール: ${ids.join(', ')}`,
    done: (file: string, pages: number, tools: number) => `PDF を作りました: ${file}（ツール ${tools} 件・${pages} ページ）`,
  },
  batch: {
    needOutput: '-o で書き出すフォルダを指定してください。',
    noInputs: 'PDF にするファイルがありません（.yaml .yml .json）。',
    badJobs: (v: string) => `--jobs には 1 以上の整数を指定してください（指定された値: ${v}）。`,
    duplicateName: (a: string, b: string) => `${a} と ${b} は同じ名前の PDF になります。どちらかのファイル名を変えてください。`,
    failed: (file: string, reason: string) => `${file}: ${reason}`,
    progress: (done: number, total: number, failed: number) => `${done}/${total} 件${failed ? `（失敗 ${failed} 件）` : ''}`,
    summary: (ok: number, total: number, failed: number, seconds: string) =>
      failed ? `${total} 件中 ${ok} 件の PDF を作りました。${failed} 件は失敗しました（${seconds} 秒）。` : `${total} 件の PDF を作りました（${seconds} 秒）。`,
    failuresHeading: '失敗したファイル:',
    internal: '内部エラーが発生しました（ikusei の不具合です）。',
    more: (n: number) => `（ほかに ${n} 件）`,
  },
  output: {
    exists: (file: string) => `${file} はすでにあります。上書きしません。`,
    existsHint: '上書きしてよいときは --force をつけてください。',
    isFolder: (file: string) => `${file} はフォルダです。PDF のファイル名を指定してください。`,
    needOutput: '-o で書き出す PDF ファイルを指定してください。',
  },
  programChanged: (file: string) =>
    `${file} は、今とは内容の違うプログラムで記録されています。今のプログラムで支援シートを作り、シートにそのことを書きました。`,
  programChangedTools: (file: string) => `${file} は、今とは内容の違うプログラムで記録されています。今のプログラムの条件でチェック欄に印をつけました。`,
  notASheetTemplate: (id: string) => `テンプレート「${id}」は様式（kind: form）なので、支援シートには使えません。`,
  notASheetTemplateHint: '支援シートには kind: sheet のテンプレートを指定してください（既定: sheet）。',
  warning: '注意',
  password: {
    prompt: 'PDF のパスワード',
    repeat: '確認のため、同じパスワードをもう一度入力してください',
    hidden: '（入力した文字は表示されません）',
    mismatch: '2 回の入力が一致しませんでした。もう一度はじめから入力してください。',
    empty: 'PDF のパスワードが空です。',
    needTty: '--password に値がないため、パスワードを聞こうとしましたが、入力が端末ではありません。',
    hint: 'パスワードは、端末で --password（値なし）をつけて入力するか、環境変数 IKUSEI_PDF_PASSWORD か --password-file <ファイル>（1 行目）で渡してください。',
    nonAscii: 'パスワードに英数字と記号以外の文字（かな・漢字など）が入っています。規格どおりに暗号化しますが、一部の PDF ビューア（Firefox など）では開けません。英数字と記号だけのパスワードをおすすめします。',
    onCommandLine: 'パスワードをコマンドラインに書くと、同じコンピューターのほかの人にも（ps などで）見え、履歴にも残ります。--password（値なし）で入力するか、IKUSEI_PDF_PASSWORD か --password-file を使ってください。この使い方は将来なくなります。',
  },
};

/** Words printed on the program's tools (チェックシート, 記入表, 一覧, フローチャート). */
export const toolMsg = {
  kinds: { checklist: 'チェックシート', grid: '記入表', resources: '制度一覧', agencies: '連携窓口一覧', flowchart: 'フローチャート' } as Record<string, string>,
  caseLabel: 'ケース',
  filledOn: '記入日',
  filledBy: '記入者',
  check: '確認',
  item: '項目',
  memo: 'メモ',
  /** Over a memo carried from the case into a checklist's メモ column, and where it repeats. */
  memoOf: (question: string) => `「${question}」のメモ`,
  memoAbove: (question: string) => `「${question}」のメモは上の項目に`,
  legend: '記入のしかた',
  bullet: (s: string) => `・${s}`,
  resource: '制度',
  agency: '窓口',
  /** Columns of a 連携窓口一覧 left blank to write the local window in by hand. */
  windowName: '窓口名・担当者',
  phone: '電話番号',
  detail: '内容',
  inCase: '対象',
  summary: '内容',
  whenToUse: '使うとき',
  amount: '金額',
  apply: '申請',
  caution: '注意',
  source: '出典',
  checked: '確認日',
  offers: 'できること',
  whenToRefer: 'つなぐとき',
  contact: '連絡方法',
  basis: '根拠',
  unknownEntry: (id: string) => `（カタログにない: ${id}）`,
  outline: {
    note: 'ノードの順に、答えごとの行き先を示します（図による表示は ikusei graph で作ります）。',
    types: { single: '質問', multi: '質問（複数選択）', yesno: '質問（はい・いいえ）', number: '質問（数）', date: '質問（日付）', text: '質問（記述）', info: '案内', outcome: '結論' } as Record<string, string>,
    goto: (number: number | undefined, target: string) => `→ ${number === undefined ? target : `〔${number}〕${target}`}`,
    number: (n: number) => `〔${n}〕`,
    answer: (label: string) => `「${label}」`,
    question: (title: string) => `「${title}」`,
    otherwise: '（それ以外）',
    unknown: 'わからない・未確認',
    condition: (c: string) => `［条件: ${c}］`,
    review: (months: number) => `見直し: ${months}か月後`,
  },
};

/** `npm run bench`: progress lines and the report of the PDF benchmark. */
export const benchMsg = {
  choosing: '3 ページになる支援シートの回答を選んでいます…',
  single: 'ikusei render を 1 回ずつ起動して時間を測っています…',
  batch: (sheets: number, jobs: number) => `ikusei batch で ${sheets} 枚を ${jobs} 並列で作っています…`,
  chromium: 'Chromium があれば、同じ内容の HTML を印刷して比べます…',
  caseworker: '山田 花子',
  box: '□',
  html: { outcome: '見立て', actions: '支援方針・やること', referrals: '連携先', resources: '活用できる制度', checklist: 'チェックリスト', answers: '確認した内容' },
  rows: {
    single: (pages: number) => `ikusei render 1 回（${pages} ページの支援シート、起動込み）`,
    singleValue: (warm: string, cold: string) => `${warm} ms（プログラムのキャッシュあり。初回 ${cold} ms）`,
    batch: (sheets: number, jobs: number) => `ikusei batch ${sheets} 枚（${jobs} 並列）`,
    rate: (perSecond: string, seconds: string) => `${perSecond} 枚/秒（${seconds} 秒）`,
    rateTarget: (target: number) => `≥ ${target} 枚/秒`,
    bytes: '支援シート 1 枚の大きさ',
    memory: 'batch のメモリ（最大、推移）',
    memoryValue: (peak: string, samples: string) => `${peak} MB（${samples}）`,
    chromium: 'Chromium で同じ内容の HTML を印刷',
    chromiumValue: (seconds: string, ratio: string) => `${seconds} 秒（render の ${ratio} 倍）`,
    noChromium: 'Chromium なし（比較せず）',
  },
  report: {
    heading: 'PDF（支援シート）のベンチマーク',
    machine: (cpus: number, model: string, load: string, node: string) => `マシン: ${cpus} コア（${model}）、負荷 ${load}、Node ${node}`,
    sheet: (program: string, scenario: string, pages: number, kb: string) => `シート: ${program}「${scenario}」${pages} ページ、${kb} KB`,
    single: (median: string, all: string, target: string) => `render 1 回（起動込み）: 中央値 ${median} 秒（${all}）目標 ≤ ${target} 秒`,
    batch: (n: number, jobs: number, seconds: string, rate: string, target: number) => `batch ${n} 枚・${jobs} 並列: ${seconds} 秒 = ${rate} 枚/秒（目標 ≥ ${target} 枚/秒）`,
    cpu: (cpu: string, perSheet: string, idle: string, cpus: number) => `  CPU 時間 ${cpu} 秒（1 枚 ${perSheet} ms）→ ほかに何も動いていなければ ${cpus} コアで約 ${idle} 枚/秒`,
    bytes: (kb: string, target: string) => `1 枚あたり: ${kb} KB（目標 ≤ ${target} KB）`,
    memory: (peak: string, samples: string) => `メモリ: 最大 ${peak} MB、推移 ${samples}`,
    noMemory: 'メモリ: 測れませんでした（/proc のない OS）',
    chromium: (seconds: string, ratio: string) => `Chromium で HTML を印刷: ${seconds} 秒（ikusei render の ${ratio} 倍）`,
    noChromium: 'Chromium: インストールされていないため比較していません',
    met: '達成',
    missed: '未達',
  },
};
