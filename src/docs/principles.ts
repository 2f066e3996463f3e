// Renders docs/principles.md (Japanese, for training leads) from the one list of rules and the profiles.
import { ACT_LABELS, ALL_ACTS, isHarassmentCue } from '../model/acts';
import { VERDICT_LABEL } from '../model/report';
import { CRITICAL_CAP, PASS_MARK } from '../scoring/pass';
import { PROFILES } from '../scoring/profiles';
import { RULES } from '../scoring/rules';
import { SUMMARIES } from '../scoring/rules/summaries';
import type { Profile } from '../scoring/types';

const MUNICIPAL = ['oshu', 'nanyo', 'yurihonjo', 'sendai', 'okayama'] as const;
const SEVERITY: Record<number, string> = { 25: '重大', 15: '中', 10: '軽', 5: '軽微' };

/** A passage as the page quotes it: inner 「」 become 『』, so every quotation on the page is balanced. */
export function quoted(text: string): string {
  return `「${text.replace(/「/g, '『').replace(/」/g, '』')}」`;
}

function timeLimit(p: Profile): string {
  if (p.timeLimitMinutes === null) return `${p.name}：数値の定めなし（対応時間の管理は判定しない）`;
  const from = { start: 'カスハラと判断された面談の開始から', judged: 'カスハラと判断してから（警告・上司への報告、または兆候の繰り返し）', first_cue: 'カスハラの兆候が現れた時点から' }[p.timeLimitFrom];
  const what = p.timeLimitRequires === 'begin_exit' ? 'までに退去・切電の手順に入る' : 'までに対応を終える';
  return `${p.name}：${from}${p.timeLimitMinutes}分${what}`;
}

export function renderPrinciples(): string {
  const cues = ALL_ACTS.filter(isHarassmentCue).map((a) => ACT_LABELS[a]);
  const out: string[] = [
    '# 評価する原則（研修担当者向け）',
    '',
    '<!-- このファイルは `npm run docs` が src/scoring/rules と src/scoring/profiles から生成します。直接編集しないでください。 -->',
    '',
    `窓口トレーニングは、受講者の選択を以下の原則に照らして${Object.values(VERDICT_LABEL).map((v) => `「${v}」`).join('')}で判定します。`,
    '各判定は、選んだ自治体（プロファイル）の文書の該当箇所を根拠として示します。文書に記載のない原則は、その自治体のプロファイルでは判定しません（合理的配慮だけは、障害者差別解消法がすべての自治体に課す義務なので、法律を根拠にすべてのプロファイルで判定します）。',
    '',
    '## 得点と合否の読み方',
    '',
    `- 得点は100点から始まり、違反した原則ごとにその減点（重大25点・中15点・軽10点・軽微5点）を引きます。同じ原則は何度違反しても一度だけ数えます。遵守しても加点はありません。`,
    `- 合格は${PASS_MARK}点以上で、かつ重大な誤りがないことです。重大な違反（25点）が一つあれば不合格、中程度（15点）の違反なら一つまでは合格の範囲です。`,
    `- 重大な誤りがあると、ほかがどれだけよくても得点は${CRITICAL_CAP}点までに制限されます。重大な誤りは次のものだけです：暴力・器物損壊の後に警察へ通報しない（奥州市・由利本荘市では脅迫の後も）、土下座や金銭の要求に応じる、正当なクレームに対して対応を打ち切る・電話を切る・退去を命じる・警察を呼ぶ・「カスハラ」と告げる。早すぎる警告は通常の違反です。`,
    '- 「遵守」と表示されるのは、その場面で実際に問われた原則だけです：シナリオがその原則を訓練する場合、または受講者が違反になる選択肢を選ばなかった場合。何も起きなかったから守れたにすぎない原則は「対象外」と表示され、研修担当者の画面の遵守率にも数えません。違反はいつでも数えます。',
    '',
    '## カスハラの兆候とは',
    '',
    `対応時間の数え始めや、警告・打ち切りが許される場面の判断に使う「兆候」は、次の言動です：${cues.join('、')}。`,
    '苦情・申し出、市の誤りへの正当な苦情、「責任者を出せ」という申し出、障がい等の特性、通常の申請・問い合わせは、それだけでは兆候ではありません。',
    '',
    '## 自治体ごとの適用',
    '',
    `| 原則 | ${MUNICIPAL.map((id) => PROFILES[id].name).join(' | ')} |`,
    `| --- | ${MUNICIPAL.map(() => ':-:').join(' | ')} |`,
    ...RULES.map((r) => `| ${r.name} | ${MUNICIPAL.map((id) => (PROFILES[id].citations[r.id] ? '○' : '—')).join(' | ')} |`),
    '',
    '対応時間の目安：',
    '',
    ...MUNICIPAL.map((id) => `- ${timeLimit(PROFILES[id])}`),
    '',
    '電話の打ち切り手順：南陽市は「警告 → 最終通告 → 切電 → 報告」の4段階、その他は警告の後に切電。いずれも、暴言のない兆候（繰り返し・特別な要求など）だけで打ち切るときは、先に説明・お断り・後日回答で要求に答えていることが必要です。',
    '',
    '「標準（奥州市マニュアル（案）準拠）」プロファイルは、自治体の文書がない場合のためのもので、5市のうち最も詳しい奥州市マニュアル（案）の設定と根拠に従います（対応時間はカスハラと判断してから30分、脅迫・つきまといの後は警察へ通報、「カスハラ」とは告げない、「責任者を出せ」にはまず担当者として応じる）。奥州市の案にない原則（相手に再度説明させない）だけは、定めのある文書から引きます。奥州市の文書は案であり、採用する自治体は自らの文書で確認してください。',
    '',
  ];
  for (const r of RULES) {
    out.push(`## ${r.name}（\`${r.id}\`、減点 ${r.weight}・${SEVERITY[r.weight] ?? ''}）`, '', SUMMARIES[r.id], '', `- 遵守のとき：${r.feedback.upheld}`, `- 違反のとき：${r.feedback.violated}`, '', '根拠：', '');
    const seen = new Set<unknown>();
    for (const id of MUNICIPAL) {
      for (const c of PROFILES[id].citations[r.id] ?? []) {
        if (seen.has(c)) continue; // a passage of national law, cited under every profile, is listed once
        seen.add(c);
        out.push(`- ${c.doc} ${c.section}：${quoted(c.quote.replace(/^「(.*)」$/s, (m, inner: string) => (/[「」]/.test(inner) ? m : inner)))}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}
