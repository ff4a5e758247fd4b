// Messages of the semantic checks (ikusei lint). They name ids from program files, never case data.

const maybe = (s?: string) => (s ? `もしかして「${s}」ですか？` : '');

export const lint = {
  idMismatch: (id: string, expected: string) =>
    `id「${id}」がファイル名と違います。プログラムの id はファイル名（.yaml を除く）と同じ「${expected}」にしてください。`,
  duplicateNode: (id: string, line: number) => `ノード ID「${id}」は ${line} 行目でも使われています。ID はプログラムの中で 1 つだけにしてください。`,
  duplicateOption: (value: string) => `選択肢の value「${value}」が同じ質問の中で重複しています。`,
  duplicateItem: (kind: string, id: string) => `${kind}の ID「${id}」が別の内容で 2 回定義されています。同じ ID なら同じ内容に、違う内容なら別の ID にしてください。`,
  duplicateCatalog: (kind: string, id: string, where: string) => `${kind}の ID「${id}」は ${where} でも定義されています。`,
  duplicateScenario: (name: string) => `シナリオ名「${name}」が重複しています。`,
  duplicateProgramId: (id: string, where: string) => `プログラムの id「${id}」は ${where} でも使われています。id はフォルダの中で 1 つだけにしてください。`,
  duplicateProgramNumber: (number: string, where: string) =>
    `番号 ${number} は ${where} でも使われています。ikusei start ${number} や ikusei show ${number} がどちらを開くか決まりません。研修用・作成中のプログラムなら number の代わりに draft: true と書きます。`,
  placeholder: (found: string, draft: boolean) =>
    `雛形の（ ）の文「${found}」が書き換えられていません。一覧や印刷に出る文なので、このプログラムの内容に書き換えてください。${draft ? '（下書きなので警告です。draft: true を消すとエラーになります）' : ''}`,
  unknownStart: (id: string, s?: string) => `start「${id}」というノードはありません。${maybe(s)}`,
  unknownNext: (id: string, s?: string) => `行き先「${id}」というノードはありません。${maybe(s)}`,
  missingNextOption: (value: string) =>
    `選択肢「${value}」を選んだときの行き先がありません。選択肢に next を書くか、質問に next を書いてください。`,
  missingNextBranch: (branch: string) => `「${branch}」のときの行き先がありません。${branch === 'はい' ? 'yes' : 'no'}: に next を書くか、質問に next を書いてください。`,
  missingNext: '次に進むノードがありません。next を書いてください（route だけでは、どの条件にも当てはまらないときに止まってしまいます）。',
  missingUnknownNext: '「わからない・未確認」を選んだときの行き先がありません。unknown_next か、質問の next を書いてください。',
  unreachable: (id: string) => `ノード「${id}」には最初のノードからたどり着けません。どこかの next でこのノードを指すか、不要なら消してください。`,
  noOutcome: (id: string) => `ノード「${id}」から先は、どの結論（outcome）にもたどり着けません。`,
  cycle: (ids: string[]) => `ノードが輪になっています: ${[...ids, ids[0]].join(' → ')}。決定木は先へ進むだけにしてください（戻る操作は ikusei が用意します）。`,
  unknownAgency: (id: string, s?: string) => `関係機関「${id}」はカタログにありません。${maybe(s)}`,
  unknownResource: (id: string, s?: string) => `制度「${id}」はカタログにありません。${maybe(s)}`,
  unknownFlag: (id: string, s?: string) => `目印（フラグ）「${id}」は flags で定義されていません。${maybe(s)}`,
  unknownNode: (id: string, s?: string) => `ノード「${id}」はありません。${maybe(s)}`,
  noCatalog: (dir: string) => `関係機関・制度のカタログ（${dir}）が見つかりません。`,
  cond: {
    mixed: '条件の中で all / any / not と比較（answer など）を同じ段に混ぜないでください。別の段に分けてください。',
    noSubject: '比較する相手がありません。answer（質問の ID）か intake: age を書いてください。',
    noComparison: '比較（is, in, includes, gte, gt, lte, lt, answered, unknown のどれか）がありません。',
    twoSubjects: 'answer・intake・flag は 1 つの条件に 1 つだけ書いてください。',
    flagWithComparison: 'flag の条件には比較（is など）は書けません。',
    unknownQuestion: (id: string, s?: string) => `条件の「${id}」という質問はありません。${maybe(s)}`,
    notQuestion: (id: string) => `「${id}」は質問ではないので、条件に使えません。`,
    notBefore: (id: string, node: string) =>
      `条件の質問「${id}」は、ノード「${node}」より前に聞かれることがないので、この条件はいつも「未回答」として扱われます。`,
    badValue: (id: string, value: string, allowed: string[], s?: string) =>
      `質問「${id}」に「${value}」という選択肢はありません。${maybe(s)}選べる値: ${allowed.join(', ')}`,
    wrongOperator: (op: string, type: string) => `${op} は「${type}」の質問には使えません。`,
    unknownNotAllowed: (id: string) => `質問「${id}」では「わからない・未確認」を選べないので、unknown の条件は当てはまりません。`,
    outOfRange: (id: string, op: string, value: number) => `質問「${id}」の答えの範囲では、${op}: ${value} は決して当てはまりません（または常に当てはまります）。`,
    ageOperator: (op: string) => `intake: age には ${op} は使えません（is, in, gte, gt, lte, lt を使います）。`,
  },
  emptyText: '文章が空白だけです。',
  controlChar: (shown: string) =>
    `制御文字（${shown}）が入っています。端末の表示を書き換えたり、文字の並びを逆に見せたりできるため使えません。エディタで消してください（"\\e" や "\\u202e" のようなエスケープも同じです）。`,
  foldedSpace: '複数行に分けた文章の継ぎ目に半角スペースが入ります（> や、| のない複数行の書き方では改行がスペースになります）。日本語の文章は | で始めるか、1 行に書いてください。',
  badRange: (min: number, max: number) => `min（${min}）が max（${max}）より大きくなっています。`,
  scenario: {
    unknownQuestion: (id: string, s?: string) => `シナリオの回答「${id}」という質問はありません。${maybe(s)}`,
    badValue: (id: string, problem: string) => `シナリオの質問「${id}」への回答が合いません: ${problem}`,
    notOutcome: (id: string) => `「${id}」は結論（outcome）ノードではありません。`,
    unknownAction: (id: string) => `action「${id}」はこのプログラムのどこにも定義されていません。`,
    unknownCheck: (id: string) => `チェック項目「${id}」はこのプログラムのどこにも定義されていません。`,
  },
  catalogStale: (checked: string, months: number) =>
    `確認日 ${checked} から ${months} か月以上たっています。出典を開いて内容を確かめ、checked を更新してください（プログラムは毎年見直します）。`,
  catalogUnused: (kind: string, id: string) => `${kind}「${id}」はどのプログラムからも使われていません。`,
  agency: '関係機関',
  resource: '制度',
  action: 'やること（action）',
  check: 'チェック項目',
  tool: 'ツール',
  flag: '目印（フラグ）',
  // dates, owners and evidence
  noBasis: 'basis（このプログラムが何をもとに作られたかの 1 行）がありません。支援シートの各ページの上に出ます。',
  badDue: 'due は days・weeks・months・visit・window のどれか 1 つで書きます（text は添えてもかまいません）。',
  badInterval: '間隔は days・weeks・months のどれか 1 つで書きます。',
  dueAndReference: 'due（期限）と reference: true（参考のみ）は一緒に書けません。どちらかにしてください。',
  noDue: (kind: string) => `この${kind}には、誰がいつまでに動くか（due）も、参考のみ（reference: true）も書かれていません。シートで期限のない行になります。`,
  noVisitInterval: 'due: { visit: true } を使うには、プログラムの最上位に visit_interval（例: { months: 1 }）を書きます。',
  unknownWindow: (id: string) => `期間「${id}」はこのプログラムの windows にもカタログにもありません。`,
  duplicateWindow: (id: string) => `期間の ID「${id}」はすでに使われています（プログラムとカタログを通して重ならないようにします）。`,
  badWindowDate: (d: string) => `「${d}」は実在しない日付です。'MM-DD'（毎年）か 'YYYY-MM-DD'（その年だけ）で書きます。`,
  windowMixed: 'from が毎年の日付（MM-DD）なら、to も MM-DD で書きます。',
  windowBackwards: 'to（終わり）が from（始まり）より前です。',
  sourceKind: '出典に kind（primary: 法令・国・県・市町村・実施機関 ／ secondary: 報道・ブログ・他の自治体など）がありません。kind のない出典は印刷されません。',
  badFiscalYear: 'fiscal_year は「令和7年度」の形で書きます。確かめられないときは「要確認（最後に確認できたのは令和5年度）」のように書きます。',
  secondaryOnly: '金額が二次資料（secondary）だけにもとづいています。一次資料（primary）を出典に加えるか、金額を「要確認」にしてください。',
  authorNote: (found: string) => `印刷される文に、作成者向けのメモ（「${found}」）があります。研修担当者向けのことは出典の note か YAML のコメントに書いてください。`,

};
