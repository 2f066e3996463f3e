// Passages of national law that bind every municipality alike, cited beside each document's own.
import type { Citation } from '../types';

/** 障害者差別解消法 第7条第2項: reasonable accommodation is a legal duty of every public body, whatever its harassment policy says. */
export const REASONABLE_ACCOMMODATION: Citation = {
  doc: '障害を理由とする差別の解消の推進に関する法律',
  section: '第7条第2項',
  quote:
    '行政機関等は、その事務又は事業を行うに当たり、障害者から現に社会的障壁の除去を必要としている旨の意思の表明があった場合において、その実施に伴う負担が過重でないときは、障害者の権利利益を侵害することとならないよう、当該障害者の性別、年齢及び障害の状態に応じて、社会的障壁の除去の実施について必要かつ合理的な配慮をしなければならない。',
};
