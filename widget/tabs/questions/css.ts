// The Questions tab's own styles, added to the shadow root as a constructed stylesheet (see use-styles.ts).
export const css = `
.qa ul.plain{list-style:none;padding:0;margin:0}
.qa mark{background:#fff3b0;color:inherit;padding:0 .1em;border-radius:2px}
.qa .filters{margin:.5rem 0}
.qa .filters select{width:auto}
.qa .item{display:block;width:100%;text-align:left;background:none;color:inherit;border:1px solid var(--cc-border);border-radius:8px;padding:.6rem .75rem;margin:.4rem 0}
.qa .item:hover{border-color:var(--cc-accent)}
.qa .item strong{display:block}
.qa .state{font-size:.75rem;border-radius:999px;padding:0 .5rem;border:1px solid var(--cc-border)}
.qa .state.official{border-color:#1d7a3a;color:#1d7a3a}
.qa .state.unanswered{color:var(--cc-muted)}
.qa .state.medical_information{border-color:var(--cc-warn);color:var(--cc-warn)}
.qa .official-answer{border:2px solid #1d7a3a;background:#f3fbf5}
.qa .official-label{font-weight:600;color:#1d5f34;margin:0}
.qa .route-note{border-left:4px solid var(--cc-warn);background:#fff8ef;padding:.5rem .75rem;border-radius:4px}
.qa .accepted{color:#1d7a3a;font-weight:600}
.qa .similar{border:1px dashed var(--cc-border);border-radius:8px;padding:.4rem .75rem;margin:.4rem 0}
.qa textarea{min-height:6rem}
.qa fieldset{border:none;padding:0;margin:.5rem 0}
.qa legend{font-weight:600;padding:0}
`
