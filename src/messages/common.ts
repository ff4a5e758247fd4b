// Messages shared by every command: errors, exit, labels of the diagnostic printer.

export const common = {
  prefix: 'ikusei',
  error: 'エラー',
  warning: '警告',
  hint: 'ヒント',
  internal: '内部エラーが発生しました（ikusei の不具合です）。それまでに保存した回答は残っています。',
  internalHint: '環境変数 IKUSEI_DEBUG=1 をつけて同じ操作をすると詳しい情報が出ます。担当者に連絡してください（ケースの内容は送らないでください）。',
  interrupted: '中断しました。',
  unknownProgram: (ref: string, suggestion?: string) => `プログラム「${ref}」が見つかりません。${suggestion ? `もしかして「${suggestion}」ですか？` : ''}`,
  /** Printed where a program number goes when the program is a draft (`draft: true`, no number). */
  draftNumber: '下書き',
  unknownProgramHint: (ids: string[]) => (ids.length ? `使えるプログラム: ${ids.join(', ')}（ikusei list で一覧を見られます）` : 'プログラムのフォルダにプログラムがありません。'),
  programsDirMissing: (dir: string) => `プログラムのフォルダが見つかりません: ${dir}`,
  programHasErrors: (file: string) => `プログラム ${file} に誤りがあるため開けません。`,
  programHasErrorsHint: (file: string) => `ikusei lint ${file} で詳しく確かめてください。`,
  noProgramsIn: (dir: string) => `フォルダ ${dir} には、プログラムのファイル（.yaml）がありません。`,
  lintPathsHint: 'ikusei lint に渡すのは、プログラムの YAML ファイルかフォルダです。',
  era: {
    outOfRange: (era: string) =>
      `${era}にその日はありません。${ERA_RANGES[era] ?? ''}の範囲で入力するか、西暦（例: 2010-04-15）で入力してください。`,
  },
  usage: {
    unknownOption: (opt: string, suggestion?: string) => `「${opt}」というオプションはありません。${suggestion ? `もしかして「${suggestion}」ですか？` : ''}`,
    unknownCommand: (cmd: string, suggestion?: string) => `「${cmd}」というコマンドはありません。${suggestion ? `もしかして「${suggestion}」ですか？` : ''}`,
    missingArgument: (arg: string) => `${arg} を指定してください。`,
    optionMissingArgument: (opt: string) => `オプション ${opt} には値が必要です。`,
    excessArguments: '引数が多すぎます。',
    invalidArgument: (detail: string) => `値が正しくありません: ${detail}`,
    other: (detail: string) => `コマンドの指定が正しくありません: ${detail}`,
    seeHelp: (cmd: string) => `使い方は ${cmd} --help で確かめてください。`,
    badDate: (v: string) => `--date には聞き取り日を YYYY-MM-DD の形で指定してください（指定された値: ${v}）。`,
    badDateHint: '例: --date 2026-12-05（実在する日付）',
  },
};

/** The days of each 元号 ikusei reads (the first and last day as offices write them). */
const ERA_RANGES: Record<string, string> = {
  昭和: '昭和元年12月25日〜昭和64年1月7日',
  平成: '平成元年1月8日〜平成31年4月30日',
  令和: '令和元年5月1日〜',
};
