import type { Profile } from '../types';
import { REASONABLE_ACCOMMODATION } from './law';

const doc = '仙台市職員カスタマーハラスメント対策基本方針';

export const sendai: Profile = {
  id: 'sendai',
  name: '仙台市',
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
  endsRepeatedDemand: true,
  characteristicSigns: ['customer.disability_sign'],
  citations: {
    multi_staff: [
      {
        doc,
        section: 'カスタマーハラスメントへの対応原則',
        quote: '職員を守るために、複数職員での対応や、事案の組織内共有、職員からの相談体制の整備など、組織的な対応を行います。',
      },
    ],
    legit_complaint: [
      {
        doc,
        section: '基本的な考え方',
        quote: '本市への意見や要望は、行政サービスの改善に資するものであることから、引き続き誠実に受け止め、十分な説明を尽くすなど真摯に対応してまいります。',
      },
    ],
    listen_first: [
      { doc, section: 'カスタマーハラスメントへの対応原則', quote: '市民の意見や要望には、引き続き真摯に耳を傾け、相手の立場や事情を踏まえた上で、行政としての説明責任を十分に尽くすなど、適切な対応に努めます。' },
    ],
    refuse_undue_demand: [
      { doc, section: '対象行為の例 (3) 不当・過剰な要求', quote: '妥当性を欠く金銭的補償や特別扱い、謝罪の強要／職員の処分や異動の執拗な要求' },
    ],
    record: [{ doc, section: '基本的な対策', quote: '対応時の録音等による事案の記録' }],
    graduated_warning: [
      { doc, section: '対応中止の例', quote: '言動をやめるよう説明しても応じない場合は、職員の安全確保のため即時に対応を終了する' },
      {
        doc,
        section: '対応中止の例',
        quote: '同一の趣旨の質問に対し、丁寧かつ合理的な説明を繰り返しても、理解や納得が得られない場合 これ以上対応できない旨を説明したうえで、退去を求める、または電話を切る等、対応を終了します。',
      },
    ],
    accommodation: [REASONABLE_ACCOMMODATION],
    exit_and_police: [
      {
        doc,
        section: 'カスタマーハラスメントへの対応原則',
        quote: '状況に応じて、警告を行う、対応を中止する、退去を要求するなど毅然と対応するとともに、悪質と判断される場合には、警察などの関係機関と連携し、必要な対応を行います。',
      },
    ],
    safety_first: [
      { doc, section: '対応中止の例', quote: '暴行、暴言、威嚇、差別的言動などがあった場合 言動をやめるよう説明しても応じない場合は、職員の安全確保のため即時に対応を終了するほか、悪質さの程度に応じ警察等と連携し対応します。' },
    ],
    record_sheet: [{ doc, section: '基本的な対策', quote: '対応時の録音等による事案の記録' }],
    aftercare: [{ doc, section: 'カスタマーハラスメントへの対応原則', quote: '複数職員での対応や、事案の組織内共有、職員からの相談体制の整備など、組織的な対応を行います。' }],
    staff_care: [
      { doc, section: 'カスタマーハラスメントへの対応原則', quote: '職員を守るために、複数職員での対応や、事案の組織内共有、職員からの相談体制の整備など、組織的な対応を行います。' },
      { doc, section: '基本的な対策', quote: '職員のための相談対応体制の整備' },
    ],
    report_upward: [
      { doc, section: 'カスタマーハラスメントへの対応原則', quote: '職員を守るために、複数職員での対応や、事案の組織内共有、職員からの相談体制の整備など、組織的な対応を行います。' },
      { doc, section: 'カスタマーハラスメントへの対応原則', quote: '悪質と判断される場合には、警察などの関係機関と連携し、必要な対応を行います。' },
    ],
  },
};
