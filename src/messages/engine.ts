// Words the engine puts into results and the messages for answers that do not fit a question.
// These messages never repeat the answer itself: answers are case data.

export const engine = {
  yes: 'はい',
  no: 'いいえ',
  unknown: 'わからない・未確認',
  none: '（なし）',
  ageLabel: '子どもの年齢',
  age: (n: number) => `${n}歳`,
  listSeparator: '、',

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
