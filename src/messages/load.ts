// Messages for reading YAML files (programs, catalogs, templates, answers) and their schema errors.
// Values quoted from a file appear only for program/catalog/template files, never for case data.

const yamlSyntax: Record<string, string> = {
  ALIAS_PROPS: 'エイリアス（*名前）にタグやアンカーはつけられません。',
  BAD_ALIAS: 'エイリアス（*名前）の書き方が正しくありません。',
  BAD_DIRECTIVE: '% で始まる指示は使えません。',
  BAD_DQ_ESCAPE: '"…" の中の \\ の使い方が正しくありません。\\ を使わないか、\'…\' で囲んでください。',
  BAD_INDENT: '字下げ（行頭の空白の数）がそろっていません。同じ階層の行は同じ数の半角スペースで始めてください。',
  BAD_PROP_ORDER: 'アンカーやタグの位置が正しくありません。',
  BAD_SCALAR_START: 'この文字で値を始めることはできません。値を "…" で囲んでください。',
  BLOCK_AS_IMPLICIT_KEY: '項目名（キー）のあとに「: 」が必要です。',
  BLOCK_IN_FLOW: '[ ] や { } の中では改行した書き方は使えません。',
  DUPLICATE_KEY: '同じ項目名（キー）が 2 回書かれています。',
  IMPOSSIBLE: 'YAML として読めませんでした。',
  KEY_OVER_1024_CHARS: '項目名（キー）が長すぎます。',
  MISSING_CHAR: '閉じる記号（" \' ] } など）が足りません。',
  MULTILINE_IMPLICIT_KEY: '項目名（キー）は 1 行で書いてください。「: 」の後ろの空白が抜けていないか確かめてください。',
  MULTIPLE_ANCHORS: 'アンカー（&名前）は 1 つの値に 1 つだけです。',
  MULTIPLE_DOCS: '1 つのファイルに 1 つの文書だけを書いてください（--- で区切らないでください）。',
  MULTIPLE_TAGS: 'タグは 1 つの値に 1 つだけです。',
  NON_STRING_KEY: '項目名（キー）には文字列だけを使えます。',
  RESOURCE_EXHAUSTION: 'エイリアス（*名前）の展開が多すぎます。',
  TAB_AS_INDENT: '字下げにタブ文字が使われています。半角スペースで字下げしてください。',
  TAG_RESOLVE_FAILED: '! で始まるタグは使えません。',
  UNEXPECTED_TOKEN: 'ここに予期しない記号があります。「: 」の後ろの空白や、" や \' の閉じ忘れがないか確かめてください。',
  BAD_COLLECTION_TYPE: 'リストと項目の書き方が混ざっています。',
};

/** yaml reports different mistakes under one code (MISSING_CHAR above all); its message tells them apart. */
const yamlSyntaxByMessage: [RegExp, string][] = [
  [/Sequence item without - indicator/, yamlSyntax.BAD_INDENT!],
  [/Implicit map keys need to be followed by map values/, yamlSyntax.BLOCK_AS_IMPLICIT_KEY!],
  [/Missing , (?:between|or :)/, '[ ] や { } の中の項目は「,」で区切ってください。'],
  [/Missing space after :/, '「:」のあとに半角スペースを入れてください。'],
  [/Comments must be separated/, '# で始まるコメントの前には半角スペースを入れてください。'],
  [/Tags and anchors must be separated/, '& や ! で始まる印のあとには半角スペースを入れてください。'],
  [/Unresolved alias/, 'エイリアス（*名前）に対応するアンカー（&名前）が、それより前にありません。'],
];

export const load = {
  fileNotFound: (file: string) => `ファイルが見つかりません: ${file}`,
  fileUnreadable: (file: string, reason: string) => `ファイルを読めません: ${file}（${reason}）`,
  tooManyItems: (limit: number) =>
    `行や項目が多すぎます（上限 ${limit.toLocaleString('ja-JP')}）。プログラムや回答のファイルとしては大きすぎるので、ファイルを確かめてください。`,
  fileTooLarge: (mb: number) => `ファイルが大きすぎます（上限 ${mb} MB）。プログラムや回答のファイルとしては大きすぎるので、ファイルを確かめてください。`,
  utf16: 'ファイルが UTF-16 で保存されています。UTF-8 で保存し直してください。',
  notUtf8: 'ファイルが UTF-8 ではありません（Shift_JIS など別の文字コードの可能性があります）。',
  notUtf8Hint: 'エディタで文字コードに「UTF-8」を選んで保存し直してください。',
  binary: 'テキストファイルではないようです（NUL 文字が含まれています）。',
  yamlSyntax: (code: string, original: string) =>
    yamlSyntaxByMessage.find(([pattern]) => pattern.test(original))?.[1] ?? yamlSyntax[code] ?? `YAML の書き方に誤りがあります（${original}）。`,
  unclosedFlow: (open: string, close: string) => `${open} で始めた部分が ${close} で閉じられていません。${close} を書き足すか、${open} と ${close} の対応を確かめてください。`,
  unclosedQuote: (q: string) => `${q} で始めた文字列が閉じられていません。同じ行の終わりに ${q} を書いてください。`,
  tabIndent: '字下げにタブ文字が使われています。半角スペースで字下げしてください。',
  fullwidthIndent: '字下げに全角スペースが使われています。半角スペースで字下げしてください。',
  duplicateKey: (key: string) => `項目名「${key}」が同じ場所に 2 回書かれています。どちらか一方にまとめてください。`,
  aliasLimit: (limit: number) =>
    `エイリアス（*名前）が多すぎます（上限 ${limit} 個）。ファイルを大きく膨らませる書き方は使えません。`,
  forbiddenKey: (key: string) => `項目名「${key}」は安全のため使えません。`,
  // Case files (answers, sessions): their keys are case data, so the place alone names the key.
  forbiddenKeyHidden: 'この項目名は安全のため使えません。',
  duplicateKeyHidden: '同じ項目名が同じ場所に 2 回書かれています。どちらか一方にまとめてください。',
  yamlSyntaxHidden: (code: string, original: string) =>
    yamlSyntaxByMessage.find(([pattern]) => pattern.test(original))?.[1] ?? yamlSyntax[code] ?? 'YAML の書き方に誤りがあります。',
  tooDeep: (max: number) => `入れ子が深すぎます（上限 ${max} 段）。`,
  empty: 'ファイルが空です。',
  notAMapping: 'ファイルの一番外側は「項目名: 値」の形で書いてください。',
  unknownKind: 'プログラム（nodes）・カタログ（agencies / resources）・様式（sections）のどれでもありません。',

  // A case file where a program, catalog or template was expected: named, never shown.
  answersFileHere: (file: string) => `${file} は回答ファイルです（ケースの情報が入っているため、中身は表示しません）。ここにはプログラム・カタログ・様式を指定します。`,
  sessionFileHere: (file: string) => `${file} はセッションファイルです（ケースの情報が入っているため、中身は表示しません）。ここにはプログラム・カタログ・様式を指定します。`,
  caseFileHereHint: '引数の順番を確かめてください（例: ikusei run <プログラム> --answers <回答ファイル>）。',
  config: {
    invalid: (file: string) => `設定ファイル ${file} の書き方に誤りがあります。`,
    hint: '直すか、ファイルを消してください（消すと、覚えていた担当者名とフォントの設定がなくなります）。',
    // Keys are the schema's own (unknown keys are ignored), so naming them prints no case data.
    badValue: (key: string, expected: string) => `設定の「${key}」: ${expected}`,
    notAnObject: '設定ファイルは { "caseworker": "…", "font": "…" } のような JSON の形で書いてください。',
  },
  schema: {
    required: (prop: string) => `「${prop}」がありません。`,
    requiredHelp: '質問には help（新任ケースワーカー向けの説明: なぜ聞くのか、何を見ればよいか）が必要です。',
    additional: (prop: string, allowed: string[], suggestion?: string) =>
      `「${prop}」はここでは使えない項目名です。` +
      (suggestion ? `もしかして「${suggestion}」ですか？` : allowed.length ? `使える項目名: ${allowed.join(', ')}` : ''),
    additionalHidden: (allowed: string[]) => `この項目名はここでは使えません。${allowed.length ? `使える項目名: ${allowed.join(', ')}` : ''}`,
    type: (expected: string) => `${typeName(expected)}で書いてください。`,
    enum: (allowed: unknown[], suggestion?: string) =>
      `使えない値です。${suggestion ? `もしかして「${suggestion}」ですか？ ` : ''}選べる値: ${allowed.join(', ')}`,
    constValue: (value: unknown) => `ここは「${String(value)}」です。`,
    minLength: '空にはできません。',
    minItems: (n: number) => `${n} 個以上書いてください。`,
    minProperties: '中身が空です。',
    maxProperties: (n: number) => `項目は ${n} 個までです。`,
    minimum: (n: number) => `${n} 以上の数にしてください。`,
    maximum: (n: number) => `${n} 以下の数にしてください。`,
    pattern: (pattern: string) => `書き方が正しくありません（${pattern}）。`,
    format: (format: string) => `${format} の形になっていません。`,
    reservedValue: '「unknown」は「わからない・未確認」のための予約語なので、選択肢の value には使えません。',
    badDiscriminator: (prop: string, value: string, allowed: string[], suggestion?: string) =>
      `${prop}「${value}」は使えません。${suggestion ? `もしかして「${suggestion}」ですか？ ` : ''}選べる値: ${allowed.join(', ')}`,
    other: (keyword: string) => `書き方が正しくありません（${keyword}）。`,
  },
};

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: '文字列',
    number: '数',
    integer: '整数',
    boolean: 'true か false',
    array: 'リスト（- で始まる行）',
    object: '「項目名: 値」の形',
    null: '空の値',
  };
  return t
    .split(',')
    .map((x) => names[x] ?? x)
    .join(' または ');
}
