// Messages of the trainer tools: ikusei test (and later graph, new, diff).

export const trainer = {
  test: {
    description: 'プログラムの事例シナリオ（tests:）を実行して、期待どおりの結果になるか確かめます',
    programs: 'プログラムの ID・番号・パス（省略するとすべて）',
    pass: (name: string) => `✓ ${name}`,
    fail: (name: string) => `✗ ${name}`,
    keys: {
      outcome: '結論',
      actions: 'やること',
      referrals: '連携先',
      resources: '制度',
      checklist: 'チェック項目',
      flags: '目印',
      unknown: '要確認',
    } as Record<string, string>,
    missing: '足りない',
    unexpected: '余分',
    expected: '期待',
    actual: '実際',
    notDone: (status: string, node: string) => `（結論に着きませんでした: ${status} — ノード ${node} で止まりました）`,
    ignored: (ids: string[]) => `使われなかった回答: ${ids.join(', ')}`,
    summary: (programs: number, passed: number, failed: number) =>
      `${programs} プログラム・シナリオ ${passed + failed} 件: 成功 ${passed} 件、失敗 ${failed} 件`,
    noScenarios: (id: string) => `${id}: シナリオがありません`,
  },
};
