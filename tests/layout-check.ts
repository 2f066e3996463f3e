// Runs in the page: finds text that is cut off or overlaps other text, in the DOM layer and in Phaser's canvas.
// Kept as a string: test-runner transforms must not leak helpers into the page.
export const LAYOUT_CHECK = `(() => {
  const problems = [];
  const stage = document.getElementById('stage').getBoundingClientRect();
  const label = (el) => (el.textContent || '').trim().slice(0, 24);
  const hasText = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  const visible = (r) => r.width > 0 && r.height > 0;
  const inter = (a, b) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  // The part of an element its scrolling ancestors let you see.
  const clip = (el, r) => {
    let out = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    for (let p = el.parentElement; p; p = p.parentElement) {
      const cs = getComputedStyle(p);
      if (cs.overflowY !== 'visible' || cs.overflowX !== 'visible') {
        const pr = p.getBoundingClientRect();
        out = { left: Math.max(out.left, pr.left), top: Math.max(out.top, pr.top), right: Math.min(out.right, pr.right), bottom: Math.min(out.bottom, pr.bottom) };
      }
    }
    return out;
  };
  const layers = [...document.querySelectorAll('#ui, #settings-layer, .toolbar')].filter((l) => !l.hasAttribute('inert'));
  // Text for screen readers only (.sr-only) is clipped to a pixel on purpose.
  const texts = layers.flatMap((l) => [...l.querySelectorAll('*')]).filter((el) => hasText(el) && !el.closest('.sr-only') && visible(el.getBoundingClientRect()));
  for (const el of texts) {
    const cs = getComputedStyle(el);
    if (cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) problems.push('clipped sideways: ' + label(el));
    if (cs.overflowY === 'hidden' && el.scrollHeight > el.clientHeight + 1) problems.push('clipped below: ' + label(el));
    const r = el.getBoundingClientRect();
    if (r.right > stage.right + 1 || r.left < stage.left - 1) problems.push('outside the stage: ' + label(el));
  }
  // The text's own line boxes, not the element's box: a heading's block spans the panel's width,
  // and an inline element that wraps would otherwise seem to cover whole lines.
  const textRects = (el) => [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim()).flatMap((n) => {
    const range = document.createRange();
    range.selectNodeContents(n);
    return [...range.getClientRects()];
  });
  const boxes = texts.flatMap((el) => textRects(el).map((r) => ({ el, r: clip(el, r) }))).filter((b) => b.r.right - b.r.left > 1 && b.r.bottom - b.r.top > 1);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      if (inter(a.r, b.r) > 4) problems.push('overlap: "' + label(a.el) + '" / "' + label(b.el) + '"');
    }
  // Phaser's text, in CSS pixels, against each other and against the DOM panels over the canvas.
  const game = window.madoguchi && window.madoguchi.game;
  const canvas = document.querySelector('#stage canvas').getBoundingClientRect();
  const scale = canvas.width / 1280;
  const panels = [...document.querySelectorAll('#ui .panel, .toolbar button')].map((p) => p.getBoundingClientRect()).filter(visible);
  const phaserTexts = game ? game.scene.getScenes(true).flatMap((s) => s.children.list.filter((o) => o.type === 'Text' && o.visible && o.text)) : [];
  const pb = phaserTexts.map((t) => { const b = t.getBounds(); return { t, r: { left: canvas.left + b.x * scale, top: canvas.top + b.y * scale, right: canvas.left + (b.x + b.width) * scale, bottom: canvas.top + (b.y + b.height) * scale } }; });
  for (const { t, r } of pb) {
    if (r.left < canvas.left - 1 || r.right > canvas.right + 1 || r.top < canvas.top - 1 || r.bottom > canvas.bottom + 1) problems.push('canvas text cut off: ' + t.text.slice(0, 24));
    for (const p of panels) if (inter(r, p) > 4) problems.push('canvas text under a panel: ' + t.text.slice(0, 24));
  }
  for (let i = 0; i < pb.length; i++) for (let j = i + 1; j < pb.length; j++) if (inter(pb[i].r, pb[j].r) > 4) problems.push('canvas text overlap: ' + pb[i].t.text.slice(0, 20) + ' / ' + pb[j].t.text.slice(0, 20));
  return problems;
})()`;
