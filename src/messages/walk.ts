// Messages of the walk: start, resume, sessions, run, the prompts and the printed result.
// Error messages name question ids and files, never answers, memos or case labels.

export const walkMsg = {
  spec: {
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
  },

  needTty: '対話で答えるには端末（ターミナル）から実行してください。入力が端末ではありません。',
  needTtyHint: '回答をファイルに書いて ikusei run <プログラム> --answers <ファイル> で実行できます。',
  interrupted: (resume: string) => `中断しました。ここまでの回答は保存されています。続けるには: ${resume}`,
  resumeCommand: (id: string, programs?: string) => `ikusei resume ${id}${programs ? ` --programs ${programs}` : ''}`,
  stuck: (node: string) => `プログラムの途中（ノード ${node}）で先に進めなくなりました。プログラムの誤りです。`,
  stuckHint: 'ikusei lint でプログラムを確かめてください。ここまでの回答は保存されています。',

  welcome: (title: string) => `「${title}」を始めます。回答は 1 問ごとに自動で保存されます。`,
  keysHint: '↑↓ で選び Enter で決定。Ctrl-C で中断しても、あとで ikusei resume で続けられます。',

  intake: {
    heading: '受付（最初に 3 つだけ確認します）',
    labelHelp: '氏名は入れないでください。ケース記録と照らし合わせられる番号かイニシャルにします。',
    label: 'ケース番号かイニシャル（例: R7-012、K.T.）',
    labelRequired: 'ケース番号かイニシャルを入力してください。',
    labelTooLong: (max: number) => `${max} 文字以内で入力してください。`,
    looksLikeName: '氏名のように見えます。個人情報を守るため、ケース番号かイニシャルにしてください。',
    keepLabel: 'このまま使いますか？',
    ageHelp: '年齢なら 16、生年月日なら 2010-04-15 や 平成22年4月15日。わからなければ空のまま Enter。',
    age: '子どもの年齢または生年月日',
    badAge: '年齢は 0〜30 の数字、生年月日は 2010-04-15 や 平成22年4月15日 の形で入力してください。',
    futureBirth: '生年月日が今日より後になっています。',
    ageOutOfRange: '年齢が 0〜30 歳の範囲にありません。年齢か生年月日を確かめてください。',
    ageFromBirth: (age: number, today: string) => `→ ${age}歳（${today}現在）`,
    ageUnknown: '年齢は未入力のまま進みます（年齢で分かれる質問は「年齢不明」として進みます）。',
    caseworker: '担当ケースワーカーの名前（次回からは Enter だけで同じ名前が入ります）',
    caseworkerRequired: '担当者の名前を入力してください。',
  },

  chooser: {
    heading: 'どのプログラムを使いますか？',
    message: 'プログラムを選んでください',
    triage: '迷ったら: 子どもの年齢・学校段階からおすすめを見る',
    none: 'プログラムのフォルダにプログラムがありません。',
    missing: '（このフォルダにはありません）',
    stageMessage: '子どもは今どの段階ですか？',
    ageNote: (age: number) => `（受付で入力した年齢: ${age}歳）`,
    fitsMessage: 'おすすめのプログラム（選ぶと始まります）',
    back: '← 一覧にもどる',
    forCaseworker: 'ケースワーカー自身の取り組み',
  },

  question: {
    progress: (current: number, estimate: number) => `質問 ${current} / 約 ${estimate}`,
    info: '案内',
    memoLine: (memo: string) => `メモ: ${memo}`,
    programChanged: 'プログラムが変わったため、この質問にはもう一度答えてください。',
    help: '？ ヘルプを読む',
    memo: '✎ メモを書く',
    editMemo: '✎ メモを直す',
    back: '← 戻る（前の質問へ）',
    none: 'あてはまるものはない',
    next: '次へ進む',
    infoPrompt: '読んだら Enter で次へ',
    menuShown: '（メニュー）',
    inputHint: {
      number: (unit?: string) => `数字で入力${unit ? `（単位: ${unit}）` : ''}`,
      date: () => '日付で入力（例: 2026-12-01、令和8年12月1日）',
      text: () => '文章で入力',
    } as Record<string, (unit?: string) => string>,
    menuHint: '「?」で ヘルプ・わからない・メモ・戻る',
    menuMessage: 'どうしますか？',
    retype: '入力にもどる',
    checkboxEmpty: 'スペースキーで選んでから Enter を押してください。',
    checkboxMixed: 'ヘルプ・メモ・戻るは、選択肢とは別に選んでください。',
    helpHeading: (title: string) => `【ヘルプ】${title}`,
    optionHelp: (label: string, help: string) => `  ・${label}: ${help}`,
    memoPrompt: (max: number) => `短いメモ（${max} 文字まで。空のまま Enter で書かずにもどる）`,
    memoPromptEdit: (max: number) => `メモを直す（${max} 文字まで。Enter でそのまま、「-」だけを入力すると消します）`,
    memoTooLong: (max: number) => `${max} 文字以内で書いてください。`,
    keys: { navigate: '移動', select: '決定', submit: '決定', all: 'すべて', invert: '反転' } as Record<string, string>,
    /** The checkbox calls space 'select' too; here it only ticks. */
    spaceKey: '選ぶ・外す',
    keyNames: { space: 'スペース', '⏎': 'Enter' } as Record<string, string>,
  },

  review: {
    heading: '回答の確認',
    intro: '直したい回答を選ぶと、その質問にもどります。あとの回答で使えるものは残ります。',
    confirm: '✔ この内容で確定する',
    entry: (n: number, label: string, answer: string) => `${n}. ${label}: ${answer}`,
    withMemo: '（メモあり）',
    message: '確定するか、直す回答を選んでください',
    changed: (label: string) => `「${label}」を変えました。`,
  },

  result: {
    heading: (title: string) => `結果: ${title}`,
    count: (n: number) => `${n} 件`,
    review: (months: number, date: string) => `見直しの目安: ${months}か月後（${date}ごろ）`,
    actions: 'やること（支援方針）',
    referrals: '連携先',
    resources: '活用できる制度',
    checklist: 'チェックリスト',
    flags: '気をつけること（目印）',
    unknowns: '要確認（わからない・未確認の項目）',
    nothing: 'なし',
    who: '担当',
    due: '時期',
    why: 'なぜ',
    because: '根拠',
    share: '共有する情報',
    memo: 'メモ',
    pair: (label: string, answer: string) => `${label}「${answer}」`,
    joiner: '、',
    unknownAgency: (id: string) => `${id}（カタログにない連携先）`,
    unknownResource: (id: string) => `${id}（カタログにない制度）`,
  },

  finish: {
    saved: (id: string) => `セッション ID: ${id}（保存しました）`,
    renderLater: (id: string) => `あとで PDF にするには: ikusei render ${id} -o 支援シート.pdf`,
    offerPdf: '支援シートの PDF をいま作りますか？',
    pdfPath: 'PDF の保存先（ファイル名）',
    pdfPathRequired: 'ファイル名を入力してください。',
    overwrite: (file: string) => `${file} はすでにあります。上書きしますか？`,
    pdfWritten: (file: string, pages: number) => `支援シートを書き出しました: ${file}（${pages} ページ）`,
    pdfUnavailable: (file: string) => `この ikusei ではまだ PDF を作れません。結果はセッションに保存されています: ${file}`,
    defaultPdfName: (id: string) => `支援シート-${id}.pdf`,
  },

  resume: {
    none: '保存されているセッションはありません。',
    noneHint: 'ikusei start で新しく始めてください。',
    pick: '続けるセッションを選んでください（新しい順）',
    notSession: (file: string) => `${file} はセッションファイルではありません（回答ファイルは ikusei run で使います）。`,
    continuing: (label: string, title: string) => `「${label}」の「${title}」を続けます。`,
    completed: 'このセッションは確定済みです。回答の確認画面から始めます。',
    programChanged: (from: string, to: string) =>
      `このセッションを始めたあとで、プログラムが変わりました（${from} → ${to}）。今までの回答を当てはめ直し、合わなくなった質問だけをもう一度聞きます。`,
    dropped: (labels: string[]) => `新しいプログラムでは使われなくなった回答: ${labels.join('、')}`,
  },

  sessions: {
    headers: ['ID', 'ラベル', 'プログラム', '進み具合', '最終更新'],
    none: '保存されているセッションはありません（ikusei start で始められます）。',
    broken: (n: number) => `（読み込めないセッションファイルが ${n} 件あります）`,
    progress: (current: number, estimate: number) => `質問 ${current} / 約 ${estimate}`,
    answered: (n: number) => `回答 ${n} 件`,
    toReview: '確認待ち',
    completed: '確定済み',
    noLabel: '（ラベルなし）',
    where: (dir: string) => `保存先: ${dir}`,
  },

  run: {
    missing: (ids: string[]) => `回答が足りないため、結論まで進めませんでした。次の質問の回答が必要です: ${ids.join(', ')}`,
    missingHint: '回答ファイルにこの質問 ID の回答を書き足してください（わからない場合は unknown、選べる質問のみ）。',
    savedPartial: (id: string) => `途中までをセッション ${id} に保存しました。ikusei resume ${id} で続きを答えられます。`,
    savedDone: (id: string) => `セッション ${id} に保存しました。PDF にするには: ikusei render ${id} -o 支援シート.pdf`,
    ignored: (ids: string[]) => `使われなかった回答（この回答の道筋にない質問）: ${ids.join(', ')}`,
  },
};

/** Program numbers I–VI: the school stages they fit, for the chooser's triage. */
export const triageMsg = {
  stages: {
    preschool: '乳幼児（小学校に入る前）',
    elementary: '小学生',
    junior: '中学生',
    high: '高校生（高校・高専・定時制・通信制などに在学）',
    leaver: '中学卒業後、高校に行っていない・中退した・進路が決まっていない',
    caseworker: '子ども個人ではなく、関係機関との連携や学習支援・居場所づくりを考えたい',
  } as Record<string, string>,
  /** The prefecture's names of the six programs, for the chooser when a file is missing. */
  titles: {
    I: '子どもの育ち支援',
    II: '高校進学等支援',
    III: '高校生支援',
    IV: '中学卒業後の社会生活支援',
    V: '関係機関との連携構築',
    VI: '学習支援等居場所づくり企画',
  } as Record<string, string>,
  reasons: {
    I: '0〜18歳のすべての子どもの育ちを見守る基本のプログラム',
    II: '中学生の高校進学に向けた支援',
    III: '高校生の在学の継続と卒業後の進路の支援',
    IV: '中学卒業後に進路が決まっていない・中退した子どもの社会生活の支援',
    V: 'ケースワーカーが関係機関との連携をつくるためのプログラム',
    VI: '学習支援や居場所づくりの企画のためのプログラム',
  } as Record<string, string>,
};
