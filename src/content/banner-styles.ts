// The in-page banner's stylesheet (lives inside its shadow root) and the host element's inline layout.
// Flexible layout only (no fixed heights, wraps at 200% zoom), a visible focus ring, and level colours that
// always come with a word and an icon. Never styles anything outside the banner.

/** Set on the host with !important so page styles cannot hide or move it. */
export const HOST_STYLE: Readonly<Record<string, string>> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  right: '0',
  'z-index': '2147483647',
  'pointer-events': 'none',
};

export const BANNER_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.banner{pointer-events:auto;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Thai","Noto Sans SC",Arial,sans-serif;
color:#161616;background:#fff;border:3px solid var(--accent);border-top:0;border-left-width:10px;border-radius:0 0 10px 10px;
box-shadow:0 6px 24px rgba(0,0,0,.35);max-width:60em;max-height:85vh;overflow:auto;margin:0 auto;padding:0 0 12px;
overflow-wrap:anywhere;text-align:start}
.level-danger{--accent:#a4001d;--tint:#fde8eb}
.level-warning{--accent:#8a4b00;--tint:#fff1d6}
.level-caution{--accent:#5c5200;--tint:#fbf6d0}
.level-none{--accent:#1f6a2b;--tint:#e4f4e5}
.head{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;padding:10px 14px;background:var(--tint);border-bottom:1px solid var(--accent)}
.level{display:inline-flex;align-items:center;gap:6px;font-weight:700;color:var(--accent);text-transform:uppercase;letter-spacing:.02em}
.level svg{width:1.6em;height:1.6em;flex:none}
.brand{font-size:.85em;color:#333}
h2{flex:1 1 16em;margin:0;font-size:1.15em;line-height:1.3;color:#161616}
h3{margin:12px 0 4px;font-size:1em}
.controls{display:flex;flex-wrap:wrap;gap:8px}
.body{padding:0 14px}
ul{margin:4px 0;padding-inline-start:1.3em}
li{margin:4px 0}
.sign-title{font-weight:600}
q{display:inline;font-style:italic;background:#ffe14d;color:#000;padding:0 .2em;border-radius:3px;margin-inline-start:.3em}
q:lang(zh),q:lang(ja),q:lang(ko){font-style:normal}
button{font:inherit;font-weight:600;min-height:2.5em;padding:.3em .9em;border:2px solid #161616;border-radius:6px;background:#fff;color:#161616;cursor:pointer}
button:hover{background:#f0f0f0}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff}
a{color:#0b4fb3}
button:focus-visible,a:focus-visible{outline:3px solid #0b4fb3;outline-offset:2px;box-shadow:0 0 0 5px #fff}
.note{margin:6px 0}
.status{flex:1 1 100%;margin:0;font-weight:600}
.status:empty{display:none}
.meta{font-size:.9em;color:#333}
.contact{font-weight:700;white-space:nowrap}
[hidden]{display:none!important}
@media (forced-colors:active){.banner,.head{border-color:CanvasText}q{background:Mark;color:MarkText}}
`;
