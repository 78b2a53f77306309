// The Learn tab's own styles, added to the shadow root as a constructed stylesheet (see use-styles.ts).
export const css = `
.learn ul.plain{list-style:none;padding:0;margin:0}
.learn .item{display:block;width:100%;text-align:left;background:none;color:inherit;border:1px solid var(--cc-border);border-radius:8px;padding:.6rem .75rem;margin:.4rem 0}
.learn .item:hover{border-color:var(--cc-accent)}
.learn .item strong{display:block}
.learn mark{background:#fff3b0;color:inherit;padding:0 .1em;border-radius:2px}
.learn article h1{font-size:1.2rem;margin:.5rem 0}
.learn article h2{font-size:1.05rem}
.learn article h3,.learn article h4{font-size:1rem}
.learn blockquote{border-left:3px solid var(--cc-border);margin:.5rem 0;padding:.1rem .75rem;color:var(--cc-muted)}
.learn .helped{border:none;border-top:1px solid var(--cc-border);margin:1rem 0 0;padding:.5rem 0 0}
.learn .helped legend{float:left;margin-right:.5rem;padding:0}
`
