// Renders docs/scenarios.md (Japanese, for training leads) from the scenario metadata: what each scenario teaches.
import { sourcesOf } from '../model/scenario-sources';
import { JUDGEMENT_LABELS, SCENARIOS } from '../model/scenarios';
import { CHANNEL_LABEL } from '../model/transcript';
import { PASS_MARK } from '../scoring/pass';
import type { EndingRow } from '../story/ending-figures';
import { PROFILES } from '../scoring/profiles';
import { RULES } from '../scoring/rules';

const NAMES = new Map(RULES.map((r) => [r.id as string, r.name]));

/** Per scenario id, the per-ending figures of walking every path (the story tests and `npm run docs` compute them). */
export type EndingFigures = ReadonlyMap<string, readonly EndingRow[]>;

export function renderScenarios(figures: EndingFigures): string {
  const out = [
    '# シナリオ一覧（研修担当者向け）',
    '',
    '<!-- このファイルは `npm run docs` が src/model/scenarios.ts と全ストーリーの全経路の採点から生成します。直接編集しないでください。 -->',
    '',
    `全${SCENARIOS.length}本。研修を作成するとき、実施しないシナリオを外せます。受講者ごとに相手の人物像や言い回し、要求の順序が変わるシナリオがあります（乱数の種は結果に記録され、同じ受験を再現できます）。`,
    '',
    '| # | シナリオ | 態様 | 場面 | 目安 | 難易度 | 自治体 | 内容の注意 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...SCENARIOS.map((s, i) => `| ${i + 1} | ${s.title} | ${s.type} | ${CHANNEL_LABEL[s.channel]} | ${s.minutes}分 | ${'★'.repeat(s.difficulty)} | ${PROFILES[s.profile].name} | ${s.contentNote ? 'あり' : ''} |`),
    '',
  ];
  SCENARIOS.forEach((s, i) => {
    out.push(`## ${i + 1}. ${s.title}（${s.type}・${CHANNEL_LABEL[s.channel]}）`, '', s.description, '');
    if (s.contentNote) out.push(`内容の注意：${s.contentNote}`, '');
    out.push(`練習する原則：${s.principles.map((p) => NAMES.get(p) ?? p).join('、')}`, '', `根拠：${sourcesOf(s.id).join('／')}`, '');
    const rows = figures.get(s.id) ?? [];
    const total = rows.reduce((n, r) => n + r.paths, 0);
    out.push(`結末と判定（選び方のすべて、${total.toLocaleString('ja-JP')}通りを採点。合格＝${PASS_MARK}点以上で重大な誤りなし）：`, '', '| 結末 | 判定 | 理由 | 経路 | 合格 | 最低 | 最高 |', '| --- | --- | --- | --: | --: | --: | --: |');
    for (const r of rows) {
      out.push(`| ${r.ending} | ${r.judgement ? JUDGEMENT_LABELS[r.judgement.judgement] : '（未判定）'} | ${r.judgement?.why ?? ''} | ${r.paths} | ${r.passes} | ${r.min} | ${r.max} |`);
    }
    out.push('');
  });
  return out.join('\n');
}
