// Help texts and the output of the foundation commands (list, show, lint).

export const cli = {
  description: '神奈川県「子どもの健全育成プログラム」を、ケースワーカーと一緒に歩くためのツールです。',
  helpTitles: {
    'Usage:': '使い方:',
    'Options:': 'オプション:',
    'Commands:': 'コマンド:',
    'Arguments:': '引数:',
    'Global Options:': '共通オプション:',
  } as Record<string, string>,
  /** The words commander puts in usage lines. */
  usageWords: { '[options]': '[オプション]', '[command]': '[コマンド]' } as Record<string, string>,
  versionOption: 'バージョンを表示します',
  helpOption: 'ヘルプを表示します',
  helpCommand: 'コマンドのヘルプを表示します',
  programsOption: 'プログラムのフォルダ（既定: ikusei に同梱の programs/。環境変数 IKUSEI_PROGRAMS でも指定可）',
  noColorOption: '色をつけずに表示します（環境変数 NO_COLOR でも同じ）',
  /** An option with a fixed set of values (`--format`) was given another one; the same on every command. */
  badChoice: (option: string, value: string, choices: readonly string[]) =>
    `${option} には ${choices.length === 2 ? `${choices[0]} か ${choices[1]} ` : `${choices.join('・')} のどれか`}を指定してください（指定された値: ${value}）。`,
  rootAfter: `
例:
  ikusei list                        プログラムの一覧
  ikusei show koukousei              プログラムの中身を見る
  ikusei lint                        すべてのプログラムを検査する

終了コード:
  0    成功（lint の警告だけのときも 0）
  1    入力に問題がある（lint のエラー、シナリオの失敗、回答の誤り）
  2    使い方の誤り
  3    ファイルを読み書きできない
  70   ikusei の不具合（入力済みの回答は保存されています）
  129  端末を閉じた（SIGHUP。回答は保存されています）
  130  中断（Ctrl-C・SIGTERM）
色: 端末に出すときだけ色をつけます。NO_COLOR か --no-color で色なし、FORCE_COLOR でパイプでも色つき。
データの保存先: 環境変数 IKUSEI_HOME（既定 ~/.ikusei）`,

  list: {
    description: 'プログラムの一覧を表示します',
    json: '結果を JSON で出力します',
    headers: ['ID', '番号', 'プログラム名', '版', 'ノード数'],
    broken: (n: number) => `（読み込めないプログラムが ${n} 件あります。ikusei lint で確かめてください）`,
  },
  show: {
    description: 'プログラムの中身（質問・分岐・結論）を一覧で表示します',
    argument: 'プログラムの ID・番号（I〜VI）・ファイルのパス',
    json: 'プログラムを JSON で出力します',
    audience: '対象',
    summary: '概要',
    version: '版',
    revised: '改訂日',
    hash: '内容ハッシュ',
    sources: '出典',
    nodesHeading: (total: number, q: number, i: number, o: number) => `ノード ${total} 個（質問 ${q}・案内 ${i}・結論 ${o}）`,
    toolsHeading: (n: number) => `ツール ${n} 個`,
    testsHeading: (n: number) => `シナリオ ${n} 件`,
    types: {
      single: 'ひとつ選ぶ',
      multi: 'いくつでも',
      yesno: 'はい/いいえ',
      number: '数',
      date: '日付',
      text: '自由記述',
      info: '案内',
      outcome: '結論',
    } as Record<string, string>,
    toolKinds: {
      checklist: 'チェックシート',
      grid: '記入表',
      resources: '制度一覧',
      agencies: '連携窓口一覧',
      flowchart: 'フローチャート',
    } as Record<string, string>,
    unknownOption: 'わからない・未確認',
    condition: '条件',
    otherwise: 'それ以外',
    end: '（終わり）',
  },
  lint: {
    description: 'プログラムとカタログを検査します（パスを省くと programs/ のすべて）',
    paths: 'プログラムの YAML ファイルまたはフォルダ',
    format: '出力の形式: text（既定）または json（--json と同じ）',
    json: '結果を JSON で出力します（--format json と同じ）',
    watch: '保存するたびに検査し直します（Ctrl-C で終了）',
    summary: (files: number, errors: number, warnings: number) =>
      `${files} ファイルを検査しました: エラー ${errors} 件、警告 ${warnings} 件`,
    clean: (files: number) => `${files} ファイルを検査しました: 問題はありません。`,
  },
};

/** Conditions read aloud, for `show`, flowcharts and diffs. */
export const condWords = {
  and: ' かつ ',
  or: ' または ',
  not: (s: string) => `「${s}」ではない`,
  age: '年齢',
  flag: (id: string) => `目印「${id}」あり`,
  is: (q: string, v: string) => `${q} = ${v}`,
  in: (q: string, vs: string[]) => `${q} が ${vs.join('/')} のどれか`,
  includes: (q: string, v: string) => `${q} に ${v} を含む`,
  gte: (q: string, v: number) => `${q} ≥ ${v}`,
  gt: (q: string, v: number) => `${q} > ${v}`,
  lte: (q: string, v: number) => `${q} ≤ ${v}`,
  lt: (q: string, v: number) => `${q} < ${v}`,
  answered: (q: string, yes: boolean) => (yes ? `${q} に回答あり` : `${q} が未回答`),
  unknown: (q: string, yes: boolean) => (yes ? `${q} が わからない・未確認` : `${q} が わからない・未確認 ではない`),
  unknownAnswer: 'わからない・未確認',
};

/**
 * Conditions in plain Japanese for caseworkers and print (outline tools, flowcharts, show): names are
 * question titles, option labels and flag labels in 「」, never ids, and `unknown` reads 「わからない」.
 */
export const plainCondWords = {
  and: '、かつ',
  or: '、または',
  quote: (s: string) => `「${s}」`,
  age: '年齢',
  ageUnit: '歳',
  unknown: 'わからない',
  flag: (label: string, yes: boolean) => (yes ? `${label}の目印がある` : `${label}の目印がない`),
  is: (q: string, v: string, yes: boolean) => (yes ? `${q}が${v}` : `${q}が${v}ではない`),
  more: (n: number) => `ほか${n}つ`,
  moreConditions: (n: number) => `ほか${n}つの条件`,
  in: (q: string, vs: string[], yes: boolean) => `${q}が${vs.length > 2 ? `${vs.join('')}のどれか` : vs.join('か')}${yes ? '' : 'ではない'}`,
  includes: (q: string, v: string, yes: boolean) => (yes ? `${q}で${v}を選んだ` : `${q}で${v}を選んでいない`),
  includesAny: (q: string, vs: string[]) => `${q ? `${q}で` : ''}${vs.join('')}のどれかを選んだ`,
  gte: (q: string, v: string) => `${q}が${v}以上`,
  gt: (q: string, v: string) => `${q}が${v}より多い`,
  lte: (q: string, v: string) => `${q}が${v}以下`,
  lt: (q: string, v: string) => `${q}が${v}未満`,
  answered: (q: string, yes: boolean) => (yes ? `${q}に答えた` : `${q}にまだ答えていない`),
  isUnknown: (q: string, yes: boolean) => (yes ? `${q}が「わからない」` : `${q}が「わからない」ではない`),
  not: (s: string) => `次に当てはまらない（${s}）`,
  group: (s: string) => `（${s}）`,
};
