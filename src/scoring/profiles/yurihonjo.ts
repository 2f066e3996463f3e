import type { Profile } from '../types';

const doc = '由利本荘市職員カスタマーハラスメント対策基本方針';

export const yurihonjo: Profile = {
  id: 'yurihonjo',
  name: '由利本荘市',
  timeLimitMinutes: 30,
  phoneProcedure: 'warn_then_hang_up',
  citations: {
    limited_apology: [
      {
        doc,
        section: '3(1) 反復・時間拘束型、3(4) 権威型',
        quote: '妥当性を欠く金銭補償や謝罪の要求／優位な立場を利用した暴言や土下座の要求',
      },
    ],
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
          '上司による対応を要求（権威型の具体例）／悪質な事案へと発展した場合は、上司が対応への同席や交代などのフォローを行う',
      },
    ],
    time_limit: [
      {
        doc,
        section: '4(2)① 長時間の拘束を繰り返す行為者に対する面談時間等について',
        quote: '面談等（電話も含む）の時間は、原則として３０分以内とし、内容にもよりますが、３０分を超過する場合は、対応を終了します。',
      },
    ],
  },
};
