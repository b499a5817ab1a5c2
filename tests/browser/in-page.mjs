// Functions that run inside the page, shared by the Chromium tests (playwright-core's
// `evaluate`) and the cross-engine tests (WebDriver's `execute`, which sends their source).
// Each is self-contained: it uses nothing from this module's scope.

/** The chart as the reader sees it: its canvases composed (a data URL), then the HTML labels
 * laid over them (the marker's "Ihre Wahl: …"), each with its place. */
export function chartPicture(sel) {
  const frame = document.querySelector(sel);
  const layers = [...frame.querySelectorAll('canvas')];
  const out = document.createElement('canvas');
  out.width = layers[0].width; out.height = layers[0].height;
  const ctx = out.getContext('2d');
  // The marker's canvas is as large as the marker and placed over it: drawn where it is.
  const at = layers[0].getBoundingClientRect(), ratio = layers[0].width / at.width;
  for (const c of layers) {
    if (!c.width || !c.height) continue; // a chart without a marker: its canvas is empty
    const r = c.getBoundingClientRect();
    ctx.drawImage(c, Math.round((r.left - at.left) * ratio), Math.round((r.top - at.top) * ratio));
  }
  const labels = [...frame.querySelectorAll('.chart-labels span:not([hidden])')]
    .map((s) => `${s.textContent} @ ${s.style.left},${s.style.top} ${s.style.transform}`);
  return [out.toDataURL(), ...labels].join('\n');
}

/** Whether a chart frame's canvases hold a drawing (a card that opens draws on the next frame). */
export function chartDrawn(sel) {
  return [...document.querySelectorAll(`${sel} canvas`)].some((c) => {
    const empty = document.createElement('canvas');
    empty.width = c.width; empty.height = c.height;
    return c.width > 100 && c.toDataURL() !== empty.toDataURL();
  });
}

/** Numbers every control a reader can reach (`data-k`), a radio group as one Tab stop (arrows
 * move in it), from the top of the page with nothing focused; returns how many there are. */
export function numberControls() {
  document.activeElement?.blur();
  window.scrollTo(0, 0);
  const groups = new Set();
  let n = 0;
  for (const e of document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]')) {
    if (!e.checkVisibility() || e.disabled) continue;
    if (e.type === 'radio') {
      if (groups.has(e.name)) continue;
      groups.add(e.name);
      document.querySelectorAll(`input[name="${e.name}"]`).forEach((r) => { r.dataset.k = n; });
    } else {
      e.dataset.k = n;
    }
    n++;
  }
  return n;
}

/** The focused control's number and whether its focus is visible, or null. */
export function focusedControl() {
  const e = document.activeElement;
  if (!e || e === document.body || e.dataset.k === undefined) return null;
  const s = getComputedStyle(e);
  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  return { k: e.dataset.k, ring, what: e.id || e.className || e.tagName };
}

/** The numbered controls the Tab walk did not reach. */
export function missedControls(seen) {
  return [...document.querySelectorAll('[data-k]')]
    .filter((e) => !seen.includes(e.dataset.k)).map((e) => e.id || e.className || e.outerHTML.slice(0, 60));
}

/**
 * Whether each radio button's option shows exactly when it is chosen (a choice shown as its
 * value, on paper and without the app): true when every one does and there is at least one.
 */
export function choicesShowTheirValue() {
  const options = [...document.querySelectorAll('.choice-option')];
  return options.length > 0 && options.every((l) => l.querySelector('input').checked === l.checkVisibility());
}

/** An element's text, whitespace collapsed (undefined if there is no such element). */
export function textOf(sel) {
  return document.querySelector(sel)?.textContent.replace(/\s+/g, ' ').trim();
}

/**
 * Every claim mark of the article by id: its box relative to its paragraph's, and that
 * paragraph's size (rounded CSS pixels), so that two renderings' line breaks and marks compare.
 */
export function markBoxes() {
  const out = {};
  for (const m of document.querySelectorAll('.article-body .mark')) {
    const p = m.closest('p').getBoundingClientRect();
    const r = m.getBoundingClientRect();
    const n = Math.round;
    out[m.id] = `${n(r.left - p.left)},${n(r.top - p.top)} ${n(r.width)}x${n(r.height)} in ${n(p.width)}x${n(p.height)}`;
  }
  return out;
}
