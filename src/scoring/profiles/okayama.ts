import type { Profile } from '../types';
import { REASONABLE_ACCOMMODATION } from './law';

const doc = '岡山市職員に対するカスタマー・ハラスメント対策基本方針';

export const okayama: Profile = {
  id: 'okayama',
  name: '岡山市',
  // The policy names no number of minutes, so time_limit is not scored under it (the HUD shows no limit either).
  timeLimitMinutes: null,
  timeLimitFrom: 'first_cue',
  timeLimitRequires: 'end',
  phoneProcedure: 'warn_then_hang_up',
  policeAfter: [],
  policeAtOnce: false,
  distanceFirst: false,
  vagueIsGivingIn: false,
  finalWarningBeforePolice: false,
  labelIsWarning: false,
  handOverAfterReport: false,
  handOverOnGrievance: false,
  endsRepeatedDemand: false,
  characteristicSigns: ['customer.disability_sign'],
  citations: {
    legit_complaint: [
      {
        doc,
        section: '1 基本姿勢 I',
        quote: '行政サービスの利用者等から寄せられる意見や要望は、行政サービスの向上にあたって貴重なものであると認識しており、これらに対しては真摯に耳を傾け、誠実かつ丁寧に対応してまいります。',
      },
    ],
    accommodation: [REASONABLE_ACCOMMODATION],
    listen_first: [{ doc, section: '1 基本姿勢 I', quote: '真摯に耳を傾け、誠実かつ丁寧に対応してまいります。' }],
    refuse_undue_demand: [{ doc, section: '2(2) カスタマー・ハラスメントに該当しうるもの', quote: '過度な金銭等の補償の要求／過度な謝罪の要求／職員個人への攻撃、要求' }],
    graduated_warning: [{ doc, section: '3 対応', quote: '言動を止めるよう警告し、場合によっては応対を中止' }],
    exit_and_police: [{ doc, section: '3 対応', quote: '庁舎からの退去命令／警察への相談、通報' }],
    safety_first: [{ doc, section: '2(2)／3 対応', quote: '身体的な攻撃（暴力、傷害等）／警察への相談、通報' }],
    staff_care: [{ doc, section: '3 フォローアップ', quote: 'カスタマー・ハラスメントに対応した職員の心身の健康をサポートします。・メンタルヘルス相談・職員相談等の窓口によるフォロー' }],
  },
};
