// The inbox: a mail client on the desk's monitor. Folders with their counts, the message list (a flood of the same
// sender and subject shows as a column of identical rows), the open message, and the wall clock, which still runs.
// The trainee's actions (reply, do not reply, consult the 係長, preserve, report) are the story's choices in the DOM.
import type * as Phaser from 'phaser';
import { CHANNEL_LABEL } from '../model/transcript';
import { foldersOf, inboxOf, mailTime } from '../state/inbox';
import type { GameState } from '../state/store';
import { scenarioStart } from '../model/scenarios';
import { EncounterScene, type Layout } from './EncounterScene';
import { FONT, W } from './theme';

// The canvas shows about 300 px above the dialogue panel (less when the choices are long): the client fits there.
const TOP = 44;
const ROW = 22;
const ROWS = 10;
const LIST = { x: 236, w: 520 };
const OPEN = { x: 772, w: 496 };
/** Characters a line in the open message (18 px): Japanese wraps anywhere. */
const BODY_CHARS = 26;
const BODY_LINES = 5;

/** Marks a Japanese line may not begin with (行頭禁則): they stay at the end of the line before, one past the width. */
const NO_LINE_START = /[。、，．」』）］！？!?ー…・]/;

function wrap(text: string, width: number, lines: number): string {
  const out: string[] = [];
  let i = 0;
  while (i < text.length && out.length < lines) {
    let end = i + width;
    while (end < text.length && end < i + width + 2 && NO_LINE_START.test(text[end]!)) end++;
    out.push(text.slice(i, end));
    i = end;
  }
  if (i < text.length) out[lines - 1] = out[lines - 1]!.slice(0, width - 1) + '…';
  return out.join('\n');
}

export class MailScene extends EncounterScene {
  protected layout: Layout = {
    mood: { x: OPEN.x + OPEN.w / 2, y: TOP + 2 },
    citizen: null,
    clock: { x: 112, y: 78, r: 34 },
    trainee: null,
    staff: { colleague: { x: 60, y: 330 }, manager: { x: 120, y: 330 }, police: { x: 180, y: 330 } },
  };
  private folders!: Phaser.GameObjects.Text;
  private header!: Phaser.GameObjects.Text;
  private rows!: Phaser.GameObjects.Text[];
  private open!: Phaser.GameObjects.Text;
  private body!: Phaser.GameObjects.Text;
  private highlight!: Phaser.GameObjects.Graphics;

  constructor() {
    super('mail');
  }

  protected drawBackground(g: Phaser.GameObjects.Graphics): void {
    g.fillStyle(0x56626e).fillRect(0, 0, W, 400); // the monitor's frame
    g.fillStyle(0xf4f6f8).fillRect(8, 8, W - 16, 384);
    g.fillStyle(0x2f5d8a).fillRect(8, 8, W - 16, 32); // title bar
    g.fillStyle(0xe3e8ee).fillRect(8, 40, 216, 352); // folder pane
    g.fillStyle(0xffffff).fillRect(LIST.x - 4, TOP, LIST.w + 8, 340);
    g.fillStyle(0xffffff).fillRect(OPEN.x - 4, TOP, OPEN.w + 4, 340);
    g.lineStyle(1, 0xb8c2cc).strokeRect(LIST.x - 4, TOP, LIST.w + 8, 340).strokeRect(OPEN.x - 4, TOP, OPEN.w + 4, 340);
    this.add.text(20, 14, `${CHANNEL_LABEL.mail}　受信トレイ ― 代表アドレス・「市民の声」フォーム`, { fontFamily: FONT, fontSize: '17px', color: '#ffffff' });
    this.highlight = this.add.graphics();
    this.folders = this.add.text(20, 226, '', { fontFamily: FONT, fontSize: '16px', color: '#1e2a36', lineSpacing: 3 });
    this.header = this.add.text(LIST.x, TOP + 4, '', { fontFamily: FONT, fontSize: '16px', color: '#1e2a36', fontStyle: 'bold' });
    this.rows = Array.from({ length: ROWS }, (_, i) => this.add.text(LIST.x, TOP + 30 + i * ROW, '', { fontFamily: FONT, fontSize: '15px', color: '#2b2b2b' }));
    this.open = this.add.text(OPEN.x, TOP + 44, '', { fontFamily: FONT, fontSize: '16px', color: '#1e2a36', lineSpacing: 2 });
    this.body = this.add.text(OPEN.x, TOP + 116, '', { fontFamily: FONT, fontSize: '16px', color: '#2b2b2b', lineSpacing: 3 });
  }

  protected drawExtra(s: GameState): void {
    const start = scenarioStart(s.scenarioId);
    const inbox = inboxOf(s.lines, start);
    const f = foldersOf(inbox.list, s.events, start);
    this.folders.setText([`▸ 受信トレイ（${f.inbox}）`, `　保存（証拠）（${f.saved}）`, `　送信済み（${f.sent}）`].join('\n'));
    const top = f.top && f.top.count > 1 ? `　うち ${f.top.from} から ${f.top.count}通` : '';
    this.header.setText(`受信 ${f.inbox}通${top}`);
    const g = this.highlight.clear();
    // The open message stays in view: an older one (the question among the flood) takes the last row.
    const shown = inbox.list.slice(0, ROWS);
    if (inbox.open && !shown.includes(inbox.open)) shown[ROWS - 1] = inbox.open;
    this.rows.forEach((row, i) => {
      const m = shown[i];
      if (!m) return row.setText('');
      const from = m.from.length > 7 ? `${m.from.slice(0, 6)}…` : m.from.padEnd(7, '　');
      const subject = m.subject.length > 17 ? `${m.subject.slice(0, 16)}…` : m.subject;
      const opened = m === inbox.open;
      if (opened) g.fillStyle(0xd6e6f5).fillRect(LIST.x - 2, TOP + 28 + i * ROW, LIST.w + 4, ROW);
      return row.setText(`${mailTime(m.minute)}　${from}　${subject}`).setColor(opened ? '#0d3a66' : '#2b2b2b');
    });
    const m = inbox.open;
    this.open.setText(m ? `差出人：${m.from}\n件名：${m.subject}\n受信：${mailTime(m.minute)}` : '（メールを開いていません）');
    this.body.setText(m?.body ? wrap(m.body, BODY_CHARS, BODY_LINES) : '');
  }
}
