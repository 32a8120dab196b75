/**
 * The reader's one stylesheet (served as /reader.css: the pages' policy allows no inline style).
 * Chinese typography: CJK fonts first, 1.8 line height for Han text, `line-break: strict` so that no line
 * starts with ，。）」 and none ends with （「; long Latin runs (ids, file names) may break anywhere.
 */
export const readerCss = `
:root { --ink: #1f1f1f; --muted: #6b6b6b; --faint: #9a9a9a; --line: #e4e0d8; --paper: #fbfaf6; --accent: #9b1c1c; --mark: #fde68a;
  --h0: #f1eee7; --h1: #f6d5c3; --h2: #ee9f80; --h3: #d9603b; --h4: #9b1c1c; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif;
  font-size: 16px; line-height: 1.8; color: var(--ink); background: var(--paper); -webkit-text-size-adjust: 100%; }
body { margin: 0; line-break: strict; word-break: normal; overflow-wrap: break-word; }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
header.top { border-bottom: 1px solid var(--line); background: #fff; }
header.top .bar { max-width: 52rem; margin: 0 auto; padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
header.top .brand { font-weight: 700; font-size: 1.15rem; color: var(--ink); }
header.top nav { display: flex; gap: .8rem; flex-wrap: wrap; }
form.search { display: flex; gap: .3rem; flex: 1 1 14rem; }
form.search input { flex: 1; min-width: 0; font: inherit; padding: .2rem .5rem; border: 1px solid var(--line); border-radius: .3rem; }
form.search button { font: inherit; padding: .2rem .7rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: .3rem; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.4; margin: .6rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; color: var(--accent); }
p { margin: .4rem 0 .8rem; }
.muted { color: var(--muted); }
.small { font-size: .88rem; }
.pinyin { color: var(--muted); font-style: italic; }
.kind { display: inline-block; font-size: .8rem; line-height: 1.5; padding: 0 .4rem; border: 1px solid var(--line); border-radius: .2rem; color: var(--muted); white-space: nowrap; }
ul.events { list-style: none; padding: 0; margin: 0; }
ul.events li { padding: .45rem 0; border-bottom: 1px dashed var(--line); }
ul.events .date { color: var(--muted); margin-right: .4rem; white-space: nowrap; }
.entry { margin: .6rem 0 1.2rem; }
.entry .title { font-weight: 700; }
.entry ul.meta { margin: .2rem 0; padding-left: 1.2rem; color: var(--muted); font-size: .93rem; }
sup.ref a { font-size: .75rem; margin-left: .1rem; }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.scroll { overflow-x: auto; }
.downloads { display: flex; flex-wrap: wrap; gap: .5rem; margin: .6rem 0; }
.downloads a { border: 1px solid var(--accent); border-radius: .3rem; padding: 0 .6rem; }
.cal { border-collapse: separate; border-spacing: 3px; width: auto; }
.cal th { font-weight: 400; color: var(--muted); font-size: .8rem; text-align: center; border: 0; padding: 0; }
.cal td { width: 2.6rem; height: 2.4rem; border: 0; padding: .1rem .25rem; border-radius: .25rem; font-size: .78rem; line-height: 1.2; vertical-align: top; }
.cal td a, .cal td span { display: block; color: inherit; }
.cal td .n { font-weight: 700; font-size: .9rem; }
.year { border-collapse: separate; border-spacing: 2px; width: auto; }
.year th { font-weight: 400; font-size: .8rem; color: var(--muted); border: 0; padding: 0 .4rem 0 0; white-space: nowrap; text-align: right; }
.year td { width: .8rem; height: .8rem; padding: 0; border: 0; border-radius: 2px; }
.h0 { background: var(--h0); } .h1 { background: var(--h1); } .h2 { background: var(--h2); } .h3 { background: var(--h3); color: #fff; } .h4 { background: var(--h4); color: #fff; }
.none { background: transparent; }
.months { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: .4rem; padding: 0; list-style: none; }
.months li a { display: flex; justify-content: space-between; border: 1px solid var(--line); border-radius: .3rem; padding: .2rem .6rem; background: #fff; }
.source { border-left: 3px solid var(--line); padding: .2rem 0 .2rem .8rem; margin: .8rem 0 1.2rem; }
.source .where { font-size: .88rem; color: var(--muted); }
.context { margin: .3rem 0; }
.context .around { color: var(--faint); }
mark { background: var(--mark); color: inherit; padding: 0 .1rem; }
code { font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; font-size: .88em; background: #f1eee7; padding: 0 .25rem; border-radius: .2rem; word-break: break-all; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .6rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.pager { margin: 1rem 0; }
footer { max-width: 52rem; margin: 0 auto; padding: 1rem; color: var(--faint); font-size: .85rem; border-top: 1px solid var(--line); }
@media (max-width: 30rem) {
  html { font-size: 15px; }
  h1 { font-size: 1.35rem; }
  .cal td { width: 2.2rem; height: 2.2rem; padding: .05rem .15rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dt { margin-top: .4rem; }
}
`
