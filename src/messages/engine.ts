// Words the engine puts into results and the messages for answers that do not fit a question.
// These messages never repeat the answer itself: answers are case data.

export const engine = {
  yes: 'はい',
  no: 'いいえ',
  unknown: 'わからない・未確認',
  none: '（なし）',
  ageLabel: '子どもの年齢',
  age: (n: number) => `${n}歳`,
  months: (n: number) => `${n}か月`,
  listSeparator: '、',

  due: {
    visit: '次回訪問',
    now: '直ちに',
    within: (i: { days?: number; weeks?: number; months?: number }) =>
      i.months !== undefined ? `${i.months}か月以内` : i.weeks !== undefined ? `${i.weeks}週間以内` : `${i.days ?? 0}日以内`,
  },
  plan: {
    caseworker: '担当CW',
    owner: (name: string) => `${name}（担当CW）`,
    by: (date: string, words: string) => `${date}まで（${words}）`,
    around: (date: string, words: string) => `${date}ごろまで（${words}）`,
    now: (date: string) => `直ちに（${date}）`,
    reference: '参考（いま連絡・手続きをする必要はありません）',
    windowOpen: (label: string, to: string) => `${label}: 受付中（${to}まで）`,
    windowUpcoming: (label: string, from: string, to: string) => `${label}: ${from}から${to}まで`,
    windowOn: (label: string, day: string) => `${label}: ${day}`,
    shortOpen: (to: string) => `受付中（${to}まで）`,
    shortUpcoming: (from: string) => `${from}から`,
    shortPassed: (to: string) => `期間終了（${to}）`,
    windowPassed: (label: string, to: string) => `${label}: 今年度の期間は${to}で終わりました。`,
    windowNext: (from: string) => `次は${from}からです。`,
    windowNextUnknown: '次の日程は要確認です。',
    amountOld: (fy: string, now: string) => `${fy}の額です。${now}の額は窓口で確認してください。`,
  },
  review: {
    interval: (i: { days?: number; weeks?: number; months?: number }) =>
      i.months !== undefined ? `${i.months}か月後` : i.weeks !== undefined ? `${i.weeks}週間後` : `${i.days ?? 0}日後`,
  },

  answer: {
    notOption: (allowed: string[]) => `選択肢にない値です。選べる値: ${allowed.join(', ')}`,
    notOptionList: (allowed: string[]) => `選択肢の値のリストで答えてください。選べる値: ${allowed.join(', ')}`,
    exclusive: (label: string) => `「${label}」は他の選択肢と一緒には選べません。`,
    duplicate: '同じ選択肢が 2 回選ばれています。',
    notNumber: '数で答えてください（半角数字）。',
    notInteger: '整数で答えてください。',
    tooSmall: (min: number, unit = '') => `${min}${unit} 以上で答えてください。`,
    tooLarge: (max: number, unit = '') => `${max}${unit} 以下で答えてください。`,
    badDate: '日付は YYYY-MM-DD の形で、実在する日を答えてください（例: 2026-11-22）。',
    notText: '文章で答えてください。',
    emptyText: '空のままでは進めません。わからないときは「わからない・未確認」を選んでください。',
    tooLong: (max: number) => `${max} 文字以内で答えてください。`,
    unknownNotAllowed: 'この質問では「わからない・未確認」は選べません。',
    notQuestion: 'このノードは質問ではないので、回答は要りません。',
  },
};
