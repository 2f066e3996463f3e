// The trainer page: plain DOM, no Phaser. Lists attempts as the server scored them.
import './trainer.css';
import { scenarioById } from '../model/scenarios';
import type { AttemptSummary } from '../model/attempt';
import { h } from '../ui/dom';

const VERDICT = { upheld: '○ 遵守', violated: '× 違反', not_applicable: '− 対象外' } as const;

async function load(): Promise<void> {
  const status = document.getElementById('status')!;
  const table = document.getElementById('attempts') as HTMLTableElement;
  try {
    const res = await fetch('/api/attempts');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const attempts = (await res.json()) as AttemptSummary[];
    status.textContent = attempts.length ? `${attempts.length}件` : 'まだ結果はありません。';
    table.hidden = attempts.length === 0;
    table.tBodies[0]!.replaceChildren(
      ...attempts.map((a) =>
        h(
          'tr',
          { 'data-attempt': a.id },
          h('td', {}, new Date(a.createdAt).toLocaleString('ja-JP')),
          h('td', {}, a.trainee),
          h('td', {}, a.department ?? ''),
          h('td', {}, scenarioById(a.scenario ?? '')?.title ?? a.scenario ?? ''),
          h('td', { class: 'score' }, String(a.score)),
          h('td', {}, h('ul', { class: 'verdicts' }, ...a.principles.map((p) => h('li', { class: p.verdict }, `${VERDICT[p.verdict]} ${p.name}`)))),
        ),
      ),
    );
  } catch (e) {
    status.textContent = `結果を読み込めませんでした：${(e as Error).message}`;
  }
}

void load();
setInterval(() => void load(), 10_000);
