import type { Profile } from '../types';

const doc = '岡山市職員に対するカスタマー・ハラスメント対策基本方針';

export const okayama: Profile = {
  id: 'okayama',
  name: '岡山市',
  // 岡山市's policy names no number of minutes; 30 is the figure the other documents share.
  timeLimitMinutes: 30,
  phoneProcedure: 'warn_then_hang_up',
  citations: {
    limited_apology: [{ doc, section: '2(2) カスタマー・ハラスメントに該当しうるもの', quote: '過度な謝罪の要求' }],
    multi_staff: [
      { doc, section: '1 基本姿勢 III', quote: 'カスタマー・ハラスメントには、毅然として組織的に対応します' },
    ],
    time_limit: [
      {
        doc,
        section: '2(2)／3 対応',
        quote:
          '必要以上の長時間にわたる拘束や執拗な言動（電話を含む）／言動を止めるよう警告し、場合によっては応対を中止（時間の目安は本方針に数値がないため、他の4市に共通する30分を用いる）',
      },
    ],
  },
};
