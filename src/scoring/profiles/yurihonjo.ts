import type { Profile } from '../types';
import { REASONABLE_ACCOMMODATION } from './law';

const doc = '由利本荘市職員カスタマーハラスメント対策基本方針';

export const yurihonjo: Profile = {
  id: 'yurihonjo',
  name: '由利本荘市',
  timeLimitMinutes: 30,
  timeLimitFrom: 'start',
  timeLimitRequires: 'end',
  phoneProcedure: 'warn_then_hang_up',
  policeAfter: ['customer.threat', 'customer.sns_post'],
  policeAtOnce: true,
  distanceFirst: true,
  vagueIsGivingIn: false,
  finalWarningBeforePolice: false,
  labelIsWarning: true,
  handOverAfterReport: false,
  handOverOnGrievance: false,
  endsRepeatedDemand: false,
  characteristicSigns: ['customer.disability_sign'],
  citations: {
    multi_staff: [
      {
        doc,
        section: '4(2)② 威圧的な言動・過度な要求をする者に対する面談場所の指定、録音の実施等',
        quote: '面談は複数の職員で対応し、面談の開始から終了までを録音させて頂きます。',
      },
    ],
    manager_not_first: [
      {
        doc,
        section: '3(4) 権威型、4(2)',
        quote:
          '上司による対応を要求／悪質な事案へと発展した場合は、上司が対応への同席や交代などのフォローを行う',
      },
    ],
    time_limit: [
      {
        doc,
        section: '4(2)① 長時間の拘束を繰り返す行為者に対する面談時間等について',
        quote: '面談等（電話も含む）の時間は、原則として３０分以内とし、内容にもよりますが、３０分を超過する場合は、対応を終了します。',
      },
    ],
    legit_complaint: [
      {
        doc,
        section: '1 基本的な考え方',
        quote: '行政サービスに対する市民からの要望や意見は、多様化・高度化する市民のニーズの迅速な把握やサービスの向上にもつながる極めて有益なものであることから、丁寧に対応するとともに、必要に応じ市民に対し説明責任を果たしていくことも必要であります。',
      },
    ],
    accommodation: [REASONABLE_ACCOMMODATION],
    org_decision: [
      {
        doc,
        section: '4(2) カスタマーハラスメントへの対応',
        quote: '悪質な事案へと発展した場合は、上司が対応への同席や交代などのフォローを行うとともに、カスタマーハラスメントと認められる場合には、カスタマーハラスメントに該当する行為であることの警告を行うほか、対応を終了することもできることとし、その際、必要に応じ、退去を求めるものとします。',
      },
    ],
    listen_first: [
      {
        doc,
        section: '4(1) 市民対応の基本姿勢の徹底',
        quote: 'その内容を十分聞き取りながら、必要に応じ当該事項に対する市の考え方を丁寧に説明を行うものとし、特に初期段階の苦情、クレームについては、丁寧かつ真摯に伺うとともに説明を尽くすよう努めるものとします。',
      },
    ],
    refuse_undue_demand: [
      { doc, section: '3(1) 反復・時間拘束型／3(4) 権威型', quote: '妥当性を欠く金銭補償や謝罪の要求／職員の異動要求／特別扱いの要求／優位な立場を利用した暴言や土下座の要求' },
    ],
    record: [{ doc, section: '4(2)②', quote: '面談は複数の職員で対応し、面談の開始から終了までを録音させて頂きます。' }],
    record_sheet: [{ doc, section: '4(2)②', quote: '面談は複数の職員で対応し、面談の開始から終了までを録音させて頂きます。' }],
    graduated_warning: [
      {
        doc,
        section: '4(2) カスタマーハラスメントへの対応',
        quote: 'カスタマーハラスメントと認められる場合には、カスタマーハラスメントに該当する行為であることの警告を行うほか、対応を終了することもできることとし、その際、必要に応じ、退去を求めるものとします。',
      },
    ],
    exit_and_police: [
      { doc, section: '4(2) カスタマーハラスメントへの対応', quote: '対応を終了することもできることとし、その際、必要に応じ、退去を求めるものとします。' },
    ],
    safety_first: [
      {
        doc,
        section: '4(2)④ 職員の安全確保について',
        quote: '行為者から危害が加えられることのないように一定の距離を保つなど、対応職員の安全確保を優先します。脅迫を受けたりや危害が加えられる恐れがある場合は、直ちに警察に通報します。',
      },
    ],
    filming_response: [
      {
        doc,
        section: '4(2)③ ＳＮＳへの投稿や嫌がらせと認められる録音や撮影などについて',
        quote: '庁舎における撮影、録音、録画、放送、配信その他これに類する行為は、原則として禁止します。職員を誹謗中傷するＳＮＳへの投稿等、嫌がらせと認められる投稿があった場合には警察に通報します。',
      },
    ],
    offsite_rules: [{ doc, section: '4(2)②／3(4) 権威型', quote: '面談は、原則として庁舎等で行います。／自宅等への職員の呼びつけ' }],
  },
};
