import type { RecordForm } from '../form';

const doc = '由利本荘市職員カスタマーハラスメント対策基本方針';

/** 由利本荘市's policy prescribes no form; this one asks what its 4(2) has staff keep: the meeting's time, who met, what was said. */
export const yurihonjoRecord: RecordForm = {
  id: 'yurihonjo',
  title: 'カスタマーハラスメント対応記録（由利本荘市 基本方針4(2)に基づく）',
  trainingForm: '研修用様式（市の定める様式ではありません）',
  sources: [
    { doc, section: '4(2)①', quote: '面談等（電話も含む）の時間は、原則として３０分以内とし、内容にもよりますが、３０分を超過する場合は、対応を終了します。' },
    { doc, section: '4(2)②', quote: '面談は複数の職員で対応し、面談の開始から終了までを録音させて頂きます。' },
  ],
  fields: [
    { key: 'datetime', label: '面談の開始・終了時刻' },
    { key: 'method', label: '面談の方法' },
    { key: 'present', label: '対応した職員' },
    { key: 'citizen', label: '行為者の情報' },
    { key: 'statements', label: '行為者の言動' },
    { key: 'wording', label: '行為者の言動（事実の書き方）' },
    { key: 'timeline', label: '対応の経過' },
    { key: 'future', label: '今後の対応' },
    { key: 'other', label: 'その他（録音の有無など）' },
  ],
};
