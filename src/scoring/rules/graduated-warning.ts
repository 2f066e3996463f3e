import { acts, ENDINGS, findBefore, findFrom, indexesOf } from '../context';
import { phoneProcedure } from '../profiles';
import type { Rule } from '../types';

const WARNINGS = acts('staff.warn', 'staff.final_warning');
// 奥州市 第3 2(1)オ: telling the citizen in advance how long we can talk is the notice for ending on time.
const NOTICE_FOR_END = acts('staff.warn', 'staff.final_warning', 'staff.set_time_limit');
const DANGER = acts('customer.violence', 'customer.property_damage');
const ABUSE = acts('customer.insult', 'customer.threat', 'customer.shout', 'customer.sexual', 'customer.discriminate');

export const graduatedWarning: Rule = {
  id: 'graduated_warning',
  name: '段階的な警告',
  summary:
    '対応終了・切電・退去命令の前に警告（時間で区切る場合は事前に対応時間を告げること）があれば遵守、いきなり打ち切れば違反。暴言や脅しが繰り返されても一度も警告しないのも違反（障がい等の特性がうかがえる場合、市に実際の誤りがあった場合を除く）。暴力・脅迫の後は例外（直ちに対応を中止できる）。南陽市の電話では警告と最終通告の両方を経てから切電する。',
  weight: 2,
  feedback: {
    upheld: '打ち切る前に、段階を踏んで警告できました。',
    violated:
      'いきなり打ち切らず、まず言動をやめるよう警告してください。例：「そのような発言をされるのなら、これ以上お話はできかねますので、そのような発言は止めてください。」電話なら「これ以上このようなお話が続くようでしたら、お電話を切らせていただくこととなります。」と最終通告してから切ります。',
  },
  evaluate(ctx) {
    const endings = indexesOf(ctx, ENDINGS);
    // 暴言は聞き流さず、発言のたびに警告する (奥州市 第4 1(3)①; 南陽市 7(3)). Not where a disability explains the conduct.
    const abuse = indexesOf(ctx, ABUSE);
    // Not either where the city really erred: there an apology, not a warning, answers the anger (南陽市 6(1)).
    const excused = findFrom(ctx, 'customer.disability_sign') >= 0 || findFrom(ctx, 'customer.valid_grievance') >= 0;
    if (abuse.length >= 2 && findFrom(ctx, WARNINGS) < 0 && !excused && findBefore(ctx, DANGER, abuse[1]!) < 0) {
      return { verdict: 'violated', events: abuse.slice(0, 2) };
    }
    if (!endings.length) return { verdict: 'not_applicable', events: [] };
    const nanyoPhone = phoneProcedure(ctx.profile, ctx.channel) === 'nanyo_four_steps';
    for (const e of endings) {
      if (findBefore(ctx, DANGER, e) >= 0 || findBefore(ctx, 'customer.threat', e) >= 0) continue;
      const act = ctx.acts[e];
      let warned: boolean;
      if (act === 'staff.hang_up' && nanyoPhone) {
        const final = findBefore(ctx, 'staff.final_warning', e);
        warned = final >= 0 && findBefore(ctx, 'staff.warn', final) >= 0; // ステップ1 警告 → ステップ2 最終通告 → ステップ3 切電
      } else {
        warned = findBefore(ctx, act === 'staff.order_leave' ? WARNINGS : NOTICE_FOR_END, e) >= 0;
      }
      if (!warned) return { verdict: 'violated', events: [e] };
    }
    return { verdict: 'upheld', events: indexesOf(ctx, NOTICE_FOR_END).filter((i) => i < endings.at(-1)!) };
  },
};
