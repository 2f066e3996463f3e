import type { Profile } from '../types';

const doc = '南陽市カスタマーハラスメント対策マニュアル';

export const nanyo: Profile = {
  id: 'nanyo',
  name: '南陽市',
  timeLimitMinutes: 30,
  phoneProcedure: 'nanyo_four_steps',
  citations: {
    limited_apology: [
      {
        doc,
        section: '6(1)④ 限定的な謝罪を行う',
        quote:
          '責任が不明確な初期段階では対象を限定した謝罪を有効に活用する。具体的には、「ご心配をおかけし（ご不快な思いをおかけし）申し訳ありません」と謝罪する。',
      },
    ],
    multi_staff: [
      {
        doc,
        section: '4 基本的な対応心得',
        quote: '複数名で対応する ※ただし、電話では原則として最初に受けた職員が対応',
      },
    ],
    manager_not_first: [
      {
        doc,
        section: '7(1)【対面の場合】①② 現場職員・所管課長の判断',
        quote:
          'カスタマーハラスメントの可能性があると判断した場合、所管課長に報告の上、対応の中止を含めた方針を相談する。現場職員からの報告を踏まえ、カスタマーハラスメントに該当すると判断した場合、所管課長が対応を代わる。',
      },
    ],
    time_limit: [
      {
        doc,
        section: '5 対応の目安時間',
        quote:
          '著しい迷惑行為が30分を超えたら、組織的な対応に移り、退去の方向に進める。（暴力等の犯罪行為があれば時間は関係なし）※30分はあくまでも目安であり、話が進展しない場合や暴行等の行為があった場合は時間を待たずに終了するなど、事案に応じた対応をします。',
      },
    ],
  },
};
