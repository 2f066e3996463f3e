// Renders docs/principles.md (Japanese, for training leads) from the one list of rules and the profiles.
import { VERDICT_LABEL } from '../model/report';
import { CRITICAL_CAP } from '../scoring/pass';
import { PROFILES } from '../scoring/profiles';
import { RULES } from '../scoring/rules';

const MUNICIPAL = ['oshu', 'nanyo', 'yurihonjo', 'sendai', 'okayama'] as const;

export function renderPrinciples(): string {
  const out: string[] = [
    '# 評価する原則（研修担当者向け）',
    '',
    '<!-- このファイルは `npm run docs` が src/scoring/rules と src/scoring/profiles から生成します。直接編集しないでください。 -->',
    '',
    `窓口トレーニングは、受講者の選択を以下の原則に照らして${Object.values(VERDICT_LABEL).map((v) => `「${v}」`).join('')}で判定します。`,
    '各判定は、選んだ自治体（プロファイル）の文書の該当箇所を根拠として示します。文書に記載のない原則は、その自治体のプロファイルでは判定しません。',
    '',
    '## 自治体ごとの適用',
    '',
    `| 原則 | ${MUNICIPAL.map((id) => PROFILES[id].name).join(' | ')} |`,
    `| --- | ${MUNICIPAL.map(() => ':-:').join(' | ')} |`,
    ...RULES.map((r) => `| ${r.name} | ${MUNICIPAL.map((id) => (PROFILES[id].citations[r.id] ? '○' : '—')).join(' | ')} |`),
    '',
    `対応時間の目安：${MUNICIPAL.map((id) => `${PROFILES[id].name} ${PROFILES[id].timeLimitMinutes}分`).join('、')}（カスハラの兆候が現れた時点から数えます）。`,
    `電話の打ち切り手順：南陽市は「警告 → 最終通告 → 切電 → 報告」の4段階、その他は警告の後に切電。`,
    '',
    `得点は、対象となった原則の重みのうち遵守した割合（0〜100点）です。重大な誤り（暴力の後に通報しない、土下座の要求に応じる、正当なクレームをカスハラとして扱う）があると、得点は${CRITICAL_CAP}点までに制限されます。`,
    '',
  ];
  for (const r of RULES) {
    out.push(`## ${r.name}（\`${r.id}\`、重み ${r.weight}）`, '', r.summary, '', `- 遵守のとき：${r.feedback.upheld}`, `- 違反のとき：${r.feedback.violated}`, '', '根拠：', '');
    for (const id of MUNICIPAL) {
      for (const c of PROFILES[id].citations[r.id] ?? []) out.push(`- ${c.doc} ${c.section}：「${c.quote.replace(/^「|」$/g, '')}」`);
    }
    out.push('');
  }
  return out.join('\n');
}
