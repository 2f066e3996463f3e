import type { RecordForm } from '../form';

const doc = '岡山市職員に対するカスタマー・ハラスメント対策基本方針';

/** 岡山市's policy prescribes no form; it names the responses (警告, 応対の中止, 退去命令, 警察, 弁護士) and follow-up a record must support. */
export const okayamaRecord: RecordForm = {
  id: 'okayama',
  title: 'カスタマー・ハラスメント対応記録（岡山市 基本方針に基づく）',
  trainingForm: '研修用様式（市の定める様式ではありません）',
  sources: [
    { doc, section: '3 対応', quote: '言動を止めるよう警告し、場合によっては応対を中止／庁舎からの退去命令／警察への相談、通報／弁護士と連携した法的措置' },
    { doc, section: '3 フォローアップ', quote: 'カスタマー・ハラスメントに対応した職員の心身の健康をサポートします。' },
  ],
  fields: [
    { key: 'datetime', label: '日時' },
    { key: 'method', label: '対応方法' },
    { key: 'present', label: '対応した職員' },
    { key: 'citizen', label: '相手の情報' },
    { key: 'statements', label: '相手の言動・要求' },
    { key: 'wording', label: '相手の言動（事実の書き方）' },
    { key: 'timeline', label: '対応の経過（警告・応対の中止・退去命令・通報）' },
    { key: 'future', label: '今後の対応・職員へのフォロー' },
    { key: 'other', label: 'その他' },
  ],
};
