// The trainer pages: plain DOM, no Phaser. One page, several views chosen by ?view=.
import './trainer.css';
import { h } from '../ui/dom';
import { api, NeedLogin } from './api';
import { renderAttempt } from './views/attempt';
import { renderDashboard } from './views/dashboard';
import { renderDiscuss } from './views/discuss';
import { renderLogin } from './views/login';
import { renderPrintSession, renderPrintTrainee } from './views/print';
import { renderPrintRecord } from './views/record';
import { renderScenarios } from './views/scenarios';
import { renderSession } from './views/session';
import { renderTrainee } from './views/trainee';

const VIEWS: Record<string, (root: HTMLElement, p: URLSearchParams) => Promise<unknown>> = {
  dashboard: renderDashboard,
  session: renderSession,
  trainee: renderTrainee,
  attempt: renderAttempt,
  scenarios: renderScenarios,
  discuss: renderDiscuss,
  'print-trainee': renderPrintTrainee,
  'print-session': renderPrintSession,
  'print-record': renderPrintRecord,
};

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  const params = new URLSearchParams(location.search);
  const view = params.get('view') ?? 'dashboard';
  document.body.classList.toggle('print-view', view.startsWith('print-'));
  const status = await api<{ hasPassword: boolean; loggedIn: boolean; canSetUp: boolean }>('/api/trainer/status');
  if (!status.loggedIn) return renderLogin(root, status, () => location.reload());
  document.getElementById('logout')?.removeAttribute('hidden');
  try {
    await (VIEWS[view] ?? renderDashboard)(root, params);
  } catch (e) {
    if (e instanceof NeedLogin) return renderLogin(root, { ...status, hasPassword: true }, () => location.reload());
    root.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, `読み込めませんでした：${(e as Error).message}`));
  }
}

document.getElementById('logout')?.addEventListener('click', () => void api('/api/trainer/logout', { method: 'POST', body: {} }).then(() => location.assign('/trainer')));
void start();
