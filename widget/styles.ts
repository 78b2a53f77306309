// Styles live in the shadow root. The host page themes the widget through custom properties, and inherited
// font and colour, so its own CSS wins over our defaults.
export const css = `
:host{display:block;font:inherit;color:inherit;--cc-accent:var(--cocreate-accent,#1d5fa8);--cc-muted:var(--cocreate-muted,#5b6573);--cc-border:var(--cocreate-border,#d5dbe3);--cc-bg:var(--cocreate-surface,#fff);--cc-warn:var(--cocreate-warning,#8a4b00)}
*{box-sizing:border-box}
.cc{border:1px solid var(--cc-border);border-radius:12px;background:var(--cc-bg);padding:1rem;line-height:1.5}
h2{font-size:1.25rem;margin:0}
h3{font-size:1.05rem;margin:.75rem 0 .25rem}
p{margin:.4rem 0}
.muted{color:var(--cc-muted);font-size:.875rem}
.kind{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--cc-muted)}
.isi{border-left:4px solid var(--cc-warn);background:#fff8ef;padding:.5rem .75rem;margin:.75rem 0;border-radius:4px}
.isi.closed .more{display:none}
button,.btn{font:inherit;cursor:pointer;border-radius:8px;border:1px solid var(--cc-accent);background:var(--cc-accent);color:#fff;padding:.4rem .9rem}
button.link{background:none;border:none;color:var(--cc-accent);padding:0;text-decoration:underline}
button.ghost{background:none;color:var(--cc-accent)}
button:disabled{opacity:.6;cursor:default}
button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid var(--cc-accent);outline-offset:2px}
a{color:var(--cc-accent)}
label{display:block;margin:.5rem 0 .2rem;font-weight:600}
label.check{font-weight:400;display:flex;gap:.5rem;align-items:flex-start}
input[type=text],input[type=email],input[type=search],textarea,select{font:inherit;width:100%;padding:.45rem;border:1px solid var(--cc-border);border-radius:6px;background:#fff;color:#111}
.err{color:#a40000;font-size:.875rem;margin:.2rem 0}
.row{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.between{justify-content:space-between}
.tabs{display:flex;gap:.25rem;border-bottom:1px solid var(--cc-border);margin:1rem 0 .75rem}
.tabs button{background:none;color:inherit;border:none;border-bottom:3px solid transparent;border-radius:0;padding:.4rem .75rem}
.tabs button[aria-selected=true]{border-bottom-color:var(--cc-accent);font-weight:600}
.badge{display:inline-block;font-size:.75rem;border:1px solid var(--cc-border);border-radius:999px;padding:0 .5rem;margin:0 .25rem .25rem 0;color:var(--cc-muted)}
.card{border:1px solid var(--cc-border);border-radius:8px;padding:.75rem;margin:.5rem 0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`
