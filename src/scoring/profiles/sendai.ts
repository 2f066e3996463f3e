import type { Profile } from '../types';

const doc = '仙台市職員カスタマーハラスメント対策基本方針';

export const sendai: Profile = {
  id: 'sendai',
  name: '仙台市',
  // 仙台市's policy names no number of minutes; 30 is the figure the other documents share.
  timeLimitMinutes: 30,
  phoneProcedure: 'warn_then_hang_up',
  citations: {
    limited_apology: [
      { doc, section: '対象行為の例 (3) 不当・過剰な要求', quote: '妥当性を欠く金銭的補償や特別扱い、謝罪の強要' },
    ],
    multi_staff: [
      {
        doc,
        section: 'カスタマーハラスメントへの対応原則',
        quote: '職員を守るために、複数職員での対応や、事案の組織内共有、職員からの相談体制の整備など、組織的な対応を行います。',
      },
    ],
    time_limit: [
      {
        doc,
        section: '対象行為の例 (1) 長時間に及ぶ拘束・執拗な要望等／対応中止の例',
        quote:
          '窓口等に長時間居座る、電話を長時間切らない／同一の趣旨の質問に対し、丁寧かつ合理的な説明を繰り返しても、理解や納得が得られない場合 これ以上対応できない旨を説明したうえで、退去を求める、または電話を切る等、対応を終了します。（時間の目安は本方針に数値がないため、他の4市に共通する30分を用いる）',
      },
    ],
  },
};
