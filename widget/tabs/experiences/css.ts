// The Experiences tab's own styles, added to the shadow root as a constructed stylesheet (see use-styles.ts).
export const css = `
.xp section{margin:.75rem 0}
.xp h3{margin:.5rem 0}
.xp .stars{color:#b7791f;letter-spacing:.1em;font-size:1.1rem}
.xp .big{font-size:1.6rem;font-weight:700;margin-right:.5rem}
.xp .bars{list-style:none;padding:0;margin:.25rem 0}
.xp .bars li{display:grid;grid-template-columns:8.5rem 1fr 4.5rem;gap:.5rem;align-items:center;font-size:.875rem;margin:.15rem 0}
.xp .bar{height:.6rem;background:var(--cc-border);border-radius:4px;overflow:hidden}
.xp .bar span{display:block;height:100%;background:var(--cc-accent)}
.xp .filters{display:flex;gap:.5rem;flex-wrap:wrap;align-items:flex-end}
.xp .filters label{margin:0;font-weight:400;font-size:.875rem}
.xp .filters select{width:auto}
.xp .report header{display:flex;justify-content:space-between;gap:.5rem;flex-wrap:wrap}
.xp .report h4{margin:.3rem 0;font-size:1rem}
.xp .report dl{display:grid;grid-template-columns:minmax(8rem,40%) 1fr;gap:.15rem .75rem;font-size:.875rem;margin:.4rem 0}
.xp .report dt{color:var(--cc-muted)}
.xp .report dd{margin:0}
.xp .story{white-space:pre-wrap}
.xp fieldset{border:none;padding:0;margin:.5rem 0}
.xp legend{font-weight:600;margin-bottom:.3rem}
.xp .choices{display:flex;flex-wrap:wrap;gap:.35rem}
.xp .choices label{display:inline-flex;gap:.3rem;align-items:center;font-weight:400;margin:0;border:1px solid var(--cc-border);border-radius:6px;padding:.25rem .5rem}
.xp .choices.col{flex-direction:column;align-items:flex-start}
.xp .sub{margin:.2rem 0 .4rem 1.6rem}
.xp input[type=number]{font:inherit;width:6rem;padding:.4rem;border:1px solid var(--cc-border);border-radius:6px}
.xp .progress{height:.35rem;background:var(--cc-border);border-radius:3px;overflow:hidden;margin:.25rem 0 .75rem}
.xp .progress span{display:block;height:100%;background:var(--cc-accent)}
.xp .status{font-weight:600}
`
