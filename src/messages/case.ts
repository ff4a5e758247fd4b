// Messages about case files (answers files and sessions). They name files, positions and
// question ids, never answers, memos or labels: those are case data.

export const caseMsg = {
  notFound: (ref: string) => `回答ファイルまたはセッション「${ref}」が見つかりません。`,
  notFoundHint: 'ファイルのパスか、ikusei sessions で表示されるセッション ID を指定してください。',
  invalidAnswers: (file: string) => `回答ファイル ${file} の書き方に誤りがあります。`,
  invalidSession: (file: string) => `セッションファイル ${file} が壊れているか、形式が正しくありません。`,
  invalidSessionHint: '自動保存の途中で壊れた可能性があります。同じフォルダの他のセッションは影響を受けません。',
  futureVersion: (file: string, version: number, supported: number) =>
    `セッションファイル ${file} は新しい形式（第 ${version} 版）で保存されています。この ikusei が読めるのは第 ${supported} 版までです。`,
  futureVersionHint: 'ikusei を新しい版に更新してください。',
  wrongProgram: (file: string, inFile: string, asked: string) =>
    `${file} はプログラム「${inFile}」の回答ですが、「${asked}」が指定されました。`,
  noProgram: (file: string) => `${file} にはプログラムの指定（program:）がありません。コマンドでプログラムを指定してください。`,
  // A key that is no question of the program may be anything the caseworker typed: never printed.
  unknownQuestion: (_id: string) => 'この質問（項目名）はこのプログラムにありません。',
  badAnswer: (id: string, problem: string) => `質問「${id}」の回答が合いません: ${problem}`,
  misnamed: (file: string, id: string | undefined) =>
    id === undefined
      ? `セッションファイル ${file} の中身は、ファイル名の ID と合いません。開きません。`
      : `セッションファイル ${file} の中身は別のセッション（${id}）です。ファイル名と ID が合わないため、開きません。`,
  misnamedHint: 'ファイルを入れ替えたり、名前を変えたりしていないか確かめてください。どちらのファイルも変更していません。',
  copyOfStored: (file: string, id: string) => `${file} は、保存されているセッション ${id} のコピーです。コピーから再開すると、保存されているセッションを上書きしてしまうため、再開しません。`,
  copyOfStoredHint: (id: string) => `保存されているセッションを続けるには: ikusei resume ${id}`,
  answersProblems: (file: string, n: number) => `${file} の回答に ${n} 件の問題があります。`,
};

/** File-system failures in words a caseworker can act on. */
export const fsMsg = {
  writeFailed: (file: string, code: string | undefined) => `保存できませんでした: ${file}（${fsReason(code)}）`,
  readFailed: (file: string, code: string | undefined) => `読み込めませんでした: ${file}（${readFailure(code)}）`,
  mkdirFailed: (dir: string, code: string | undefined) => `フォルダを作れませんでした: ${dir}（${fsReason(code)}）`,
  keptPrevious: '前に保存した内容はそのまま残っています。',
};

/** Why a file could not be read, in words (never a raw errno). */
export function readFailure(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '読み込みの権限がありません';
    case 'ENOTREG':
      return '通常のファイルではありません。デバイスや名前付きパイプ（FIFO）は読みません';
    case 'EFBIG':
      return 'ファイルが大きすぎます';
    default:
      return fsReason(code);
  }
}

function fsReason(code: string | undefined): string {
  switch (code) {
    case 'ENAMETOOLONG':
      return 'ファイル名が長すぎます。もっと短い名前にしてください';
    case 'ELOOP':
      return 'シンボリックリンクが循環しています';
    case 'EIO':
      return 'ディスクの読み書きに失敗しました';
    case 'ENOSPC':
      return 'ディスクの空き容量が足りません';
    case 'EACCES':
    case 'EPERM':
      return '書き込みの権限がありません';
    case 'EROFS':
      return '読み取り専用の場所です';
    case 'ENOENT':
      return 'フォルダがありません';
    case 'ENOTDIR':
      return 'フォルダではありません';
    case 'EISDIR':
      return 'フォルダです（ファイル名を指定してください）';
    case 'EDQUOT':
      return '使える容量の上限に達しました';
    default:
      return code === undefined ? '原因不明' : `原因不明（${code}）`;
  }
}
