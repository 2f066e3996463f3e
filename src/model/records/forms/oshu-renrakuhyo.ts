import type { RecordForm } from '../form';

const doc = '奥州市カスタマーハラスメント対応マニュアル（案）';

/** 奥州市's カスタマーハラスメント発生連絡票: the manual names it (第5 2) and says what a record holds (第3 1(2), 第4 3(2)). */
export const oshuRenrakuhyo: RecordForm = {
  id: 'oshu-renrakuhyo',
  title: 'カスタマーハラスメント発生連絡票',
  trainingForm: '研修用様式（市の定める様式ではありません）',
  sources: [
    { doc, section: '第5 2 事案の報告と共有', quote: 'カスハラ事案への対応後は、経過記録及び対応内容を整理してカスタマーハラスメント発生連絡票を作成し、相談窓口へ提出するものとします。' },
    { doc, section: '第3 1(2) 事実関係を正確に把握する', quote: '対応した日時、場所を含めて、相手の言動など事実関係を詳細に記録します。' },
    { doc, section: '第4 3(2) 状況説明の例', quote: '相手方は男性（女性）○名、当方は職員○名が対応中です。○○時○○分から退去を求めておりますが、聞き入れていただくことができません。' },
  ],
  fields: [
    { key: 'datetime', label: '発生日時' },
    { key: 'method', label: '発生場所・対応方法' },
    { key: 'present', label: '対応した職員' },
    { key: 'citizen', label: '相手方（性別・年代・特徴）' },
    { key: 'statements', label: '相手の言動（事実関係）' },
    { key: 'wording', label: '相手の言動（事実の書き方）' },
    { key: 'timeline', label: '経過記録及び対応内容' },
    { key: 'future', label: '今後の対応方針（案）' },
    { key: 'other', label: '備考' },
  ],
};
