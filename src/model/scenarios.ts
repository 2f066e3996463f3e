// Scenario metadata, in one place: the select screen, the server and the trainer page read it.
import type { PrincipleId } from '../scoring/types';
import type { Channel, ProfileId } from './transcript';

export interface ScenarioMeta {
  id: string;
  /** ink source under stories/. */
  file: string;
  title: string;
  type: string;
  channel: Channel;
  profile: ProfileId;
  minutes: number;
  difficulty: 1 | 2 | 3;
  description: string;
  principles: PrincipleId[];
  sources: string[];
  contentNote?: string;
}

export const SCENARIOS: readonly ScenarioMeta[] = [
  {
    id: 'kosoku',
    file: 'kosoku.ink',
    title: '窓口に居座る市民',
    type: '長時間拘束型',
    channel: 'counter',
    profile: 'oshu',
    minutes: 8,
    difficulty: 1,
    description:
      '亡くなった母親名義の空き家の固定資産税を免除してほしいと、市がお応えできない要求を繰り返す市民への対応です。話を聴き、わかる言葉で説明し、時間を区切り、組織で対応します。',
    principles: [
      'listen_first', 'limited_apology', 'no_argument', 'no_vague_answer', 'refuse_undue_demand', 'multi_staff', 'manager_not_first',
      'time_limit', 'record', 'graduated_warning', 'exit_and_police', 'no_label', 'aftercare',
    ],
    sources: ['奥州市マニュアル（案） 第3、第4 1(1)、第4 2、第4 3、第5 2', '南陽市マニュアル 5、6、7', '由利本荘市基本方針 4(2)①'],
  },
];

export function scenarioById(id: string): ScenarioMeta | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
