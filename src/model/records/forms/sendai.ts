import type { RecordForm } from '../form';

const doc = '仙台市職員カスタマーハラスメント対策基本方針';

/** 仙台市's policy prescribes no form; it asks for the case to be recorded and shared within the organisation. */
export const sendaiRecord: RecordForm = {
  id: 'sendai',
  title: 'カスタマーハラスメント事案記録（仙台市 基本方針に基づく）',
  trainingForm: '研修用様式（市の定める様式ではありません）',
  sources: [
    { doc, section: '基本的な対策', quote: '対応時の録音等による事案の記録' },
    { doc, section: 'カスタマーハラスメントへの対応原則', quote: '複数職員での対応や、事案の組織内共有、職員からの相談体制の整備など、組織的な対応を行います。' },
  ],
  fields: [
    { key: 'datetime', label: '日時' },
    { key: 'method', label: '対応方法' },
    { key: 'present', label: '対応した職員' },
    { key: 'citizen', label: '相手の情報' },
    { key: 'statements', label: '相手の言動・要求' },
    { key: 'wording', label: '相手の言動（事実の書き方）' },
    { key: 'timeline', label: '対応の経過' },
    { key: 'future', label: '組織内で共有すること・今後の対応' },
    { key: 'other', label: 'その他' },
  ],
};
