// Messages of encryption at rest, failed saves and `sessions purge`. Like every message they name
// files, session ids and times, never labels, answers, memos or names: those are case data.

export const privacyMsg = {

  envelope: {
    locked: (file: string) => `${file} は暗号化されています。開くにはパスフレーズが必要です。`,
    lockedHint: '環境変数 IKUSEI_PASSPHRASE にパスフレーズを設定するか、端末から実行してください（端末ではパスフレーズを聞きます）。',
    wrong: (file: string) => `パスフレーズが違うため、${file} を開けません（または、ファイルが書き換えられています）。`,
    wrongHint: 'ファイルには何も変更していません。正しいパスフレーズでもう一度実行してください。パスフレーズを忘れた場合、このセッションはだれにも開けません。',
    malformed: (file: string) => `暗号化されたセッションファイル ${file} が壊れているか、形式が正しくありません。`,
    malformedHint: '同じフォルダの他のセッションは影響を受けません。',
    unsupported: (file: string) => `${file} は、この ikusei が対応していない暗号化の形式で保存されています。`,
    unsupportedHint: 'ikusei を新しい版に更新してください。',
  },

  prompt: {
    hidden: '（入力した文字は表示されません）',
    passphrase: 'パスフレーズ（暗号化されたセッションを開きます）',
    passphraseRequired: 'パスフレーズを入力してください。',
    tryAgain: (left: number) => `パスフレーズが違います。もう一度入力してください（あと ${left} 回）。`,
    newPassphrase: (min: number) => `このセッションを暗号化するパスフレーズ（${min} 文字以上）`,
    repeat: '確認のため、同じパスフレーズをもう一度入力してください',
    tooShort: (min: number) => `${min} 文字以上にしてください。`,
    mismatch: '2 回の入力が一致しませんでした。もう一度はじめから入力してください。',
    encrypting: 'このセッションは暗号化して保存します。パスフレーズを忘れると、だれにも（ikusei の担当者にも）開けなくなります。',
    encryptingWithEnv: 'このセッションは IKUSEI_PASSPHRASE のパスフレーズで暗号化して保存します。',
    gaveUp: 'パスフレーズが 3 回違ったため、中止しました。ファイルには何も変更していません。',
  },

  save: {
    keptResume: (resume: string) => `前に保存した内容はそのまま残っています（いまの操作は保存されていません）。空き容量や書き込みの権限を確かめてから、続けるには: ${resume}`,
    kept: '前に保存した内容はそのまま残っています（いまの操作は保存されていません）。空き容量や書き込みの権限を確かめてください。',
    notYet: 'このセッションはまだ保存されていません。空き容量や書き込みの権限を確かめてから、もう一度やり直してください。',
  },

  home: {
    foreignOwner: (dir: string, uid: number) => `${dir} は、ほかのユーザー（uid ${uid}）のものです。ほかの人が中身を書き換えられるため、使いません。`,
    chownHint: (dir: string) => `自分のフォルダにするには: sudo chown -R "$(id -un)" ${dir}（または、環境変数 IKUSEI_HOME で自分のフォルダを指定してください）`,
    openToOthers: (dir: string) => `${dir} は、ほかのユーザーも書き込めるようになっています。中身を書き換えられるおそれがあるため、使いません。`,
    chmodHint: (dir: string) => `ほかのユーザーが書き込めないようにするには: chmod go-w ${dir}（中身に覚えのないファイルがないかも確かめてください）`,
  },

  lock: {
    inUse: (id: string, owner: { pid: number; host: string; since: string } | undefined) =>
      owner
        ? `セッション ${id} は、いま別の画面で開かれています（${owner.host} のプロセス ${owner.pid}、${owner.since} から）。同時に開くと回答が失われるため、開きません。`
        : `セッション ${id} は、いま別の画面で開かれています。同時に開くと回答が失われるため、開きません。`,
    inUseHint: (lockFile: string) => `ファイルには何も変更していません。別の画面を閉じてから、もう一度実行してください。その画面がもう無いのにこの表示が続く場合は、次のファイルを削除してください: ${lockFile}`,
    changed: (id: string) => `セッション ${id} は、読み込んだあとに別の画面かプログラムで書き換えられていたため、上書きしませんでした。`,
    changedHint: (resume: string) => `いまの操作は保存されていません（書き換えた側の内容がそのまま残っています）。内容を確かめてから続けるには: ${resume}`,
  },

  sessions: {
    encrypted: '［暗号化］',
    inProgress: '途中',
    none: '—',
    locked: (n: number) => `（暗号化されたセッションが ${n} 件あります。ラベルと進み具合を見るには、環境変数 IKUSEI_PASSPHRASE にパスフレーズを設定してください）`,
    wrong: (n: number) => `（暗号化されたセッションのうち ${n} 件は、いまのパスフレーズでは開けません）`,
  },

  purge: {
    needOlderThan: '--older-than で期間を指定してください（例: --older-than 90d）。',
    badAge: (value: string) => `期間「${value}」が読めません。90d（日）、12w（週）、3m（か月）のように、数と単位で指定してください。`,
    needYes: '確認ができないため、削除しません。端末から実行するか、--yes をつけてください。',
    needYesHint: '削除されるものは --dry-run で確かめられます。',
    heading: (n: number, cutoff: string) => `確定済みで、最後の変更が ${cutoff} より前のセッション ${n} 件:`,
    nothing: (cutoff: string) => `削除するセッションはありません（確定済みで、最後の変更が ${cutoff} より前のものはありません）。`,
    keptInProgress: (n: number) => `途中のセッション ${n} 件は削除しません。`,
    keptBroken: (n: number) => `読み込めないセッションファイル ${n} 件は削除しません。`,
    confirm: (n: number) => `${n} 件のセッションを削除しますか？（元に戻せません）`,
    declined: '削除しませんでした。',
    dryRunDone: '--dry-run のため、削除していません。',
    changed: (id: string) => `${id} は確認のあいだに変更されたため、削除しませんでした。`,
    deleted: (n: number) => `${n} 件のセッションを削除しました。`,
    deleteFailed: (file: string, code: string | undefined) => `削除できませんでした: ${file}（${deleteReason(code)}）`,
    someFailed: (n: number) => `${n} 件のセッションを削除できませんでした。`,
  },
};

function deleteReason(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '削除の権限がありません';
    case 'EROFS':
      return '読み取り専用の場所です';
    case 'EBUSY':
      return 'ほかのプログラムが使っています';
    default:
      return code ?? '原因不明';
  }
}
