// Pages for the detection and dynamic-page tests: single-page navigation, an iframe, shadow roots,
// infinite scroll, and a hard negative (a web novel full of official vocabulary).
import { simplifiedText } from './pages.mjs';

const paragraphs = () =>
  simplifiedText()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function shell(title, body, script = '') {
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${title}</title>
<style>body{max-width:760px;margin:24px auto;font:18px/1.8 'Noto Sans CJK SC',sans-serif}</style></head>
<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** Report paragraphs as a JSON array the page scripts can use. */
const reportJson = () => JSON.stringify(paragraphs());

/** Paragraphs of the long page between the report and the last term; each names 专精特新 once. */
export const LONG_PAGE_FILLER = 600;

export const DYNAMIC_PAGES = {
  // A report followed by some sixty screens of paragraphs, each with 专精特新, and one last paragraph with
  // 六稳六保, which appears nowhere else: terms far down a long page, for the viewport window.
  '/long.html': () =>
    shell(
      '市领导带队观摩全市重大项目建设“三个一批”情况',
      paragraphs()
        .map((t) => `<p>${t}</p>`)
        .join('') +
        Array.from(
          { length: LONG_PAGE_FILLER },
          (_, i) => `<p>第${i + 1}段：各地持续推进专精特新企业培育，会议按计划进行，今天天气晴朗。</p>`,
        ).join('') +
        '<p id="last">最后一段：做好六稳六保工作。</p>',
    ),
  // Starts as a Chinese index page (not a report); a click navigates with pushState and renders the report.
  '/spa.html': () =>
    shell(
      '周口新闻网',
      `<nav><a id="go" href="/spa/report">查看全文</a></nav><main id="app"><p>栏目首页。今天天气晴朗，欢迎访问。</p></main>`,
      `const report = ${reportJson()};
       const app = document.getElementById('app');
       function render() {
         app.replaceChildren();
         if (location.pathname === '/spa/report') {
           document.title = '市领导带队观摩全市重大项目建设“三个一批”情况';
           for (const t of report) { const p = document.createElement('p'); p.textContent = t; app.append(p); }
         } else {
           document.title = '周口新闻网';
           const p = document.createElement('p'); p.textContent = '栏目首页。今天天气晴朗，欢迎访问。'; app.append(p);
         }
       }
       document.getElementById('go').addEventListener('click', (e) => { e.preventDefault(); history.pushState({}, '', '/spa/report'); render(); });
       addEventListener('popstate', render);`,
    ),
  // A same-origin iframe holding the report.
  '/frame.html': () =>
    shell(
      '框架页',
      `<p>This page embeds a report.</p><iframe id="f" src="/simplified.html" style="width:900px;height:600px"></iframe>`,
    ),
  // Report text inside open shadow roots, one nested in another.
  '/shadow.html': () =>
    shell(
      '市领导带队观摩全市重大项目建设“三个一批”情况',
      `<p>本报讯 以下正文由组件渲染。</p><report-body></report-body>`,
      `const report = ${reportJson()};
       customElements.define('report-body', class extends HTMLElement {
         connectedCallback() {
           const outer = this.attachShadow({ mode: 'open' });
           const half = Math.ceil(report.length / 2);
           for (const t of report.slice(0, half)) { const p = document.createElement('p'); p.textContent = t; outer.append(p); }
           const inner = document.createElement('div');
           outer.append(inner);
           const innerRoot = inner.attachShadow({ mode: 'open' });
           for (const t of report.slice(half)) { const p = document.createElement('p'); p.textContent = t; innerRoot.append(p); }
         }
       });`,
    ),
  // A report that loads more paragraphs when scrolled to the end.
  '/scroll.html': () =>
    shell(
      '市领导带队观摩全市重大项目建设“三个一批”情况',
      `<article id="feed">${paragraphs()
        .map((t) => `<p>${t}</p>`)
        .join('')}</article><div id="sentinel" style="height:40px"></div>`,
      `const more = ['国务院常务会议强调，要深化放管服改革，持续优化营商环境。', '会议要求做好六稳六保工作，扎实推进乡村振兴。'];
       let next = 0;
       new IntersectionObserver((entries) => {
         if (!entries[0].isIntersecting || next >= more.length) return;
         const p = document.createElement('p'); p.textContent = more[next++];
         document.getElementById('feed').append(p);
       }).observe(document.getElementById('sentinel'));`,
    ),
  // A hard negative: fiction about county officials, full of the vocabulary, on a novel site.
  // Commentary with no lede, no officials and no meeting: policy writing all the same (issue 11). Its menu
  // and footer are link lists that the reader-view filter leaves out.
  '/commentary.html': () =>
    shell(
      '坚持以高质量发展统领全局 - 评论',
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"OpinionNewsArticle","headline":"坚持以高质量发展统领全局"}</script>
       <nav><a href="/">首页</a> <a href="/a">时评</a> <a href="/b">理论</a> <a href="/c">专题</a></nav>
       <article>
         <h1>坚持以高质量发展统领全局</h1>
         <p>新时代新征程，推动高质量发展是全面建设社会主义现代化国家的首要任务。必须完整准确全面贯彻新发展理念，加快构建新发展格局，统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局。</p>
         <p>各地实践表明，只有把改革创新作为根本动力，才能培育壮大新质生产力。有的地方实施“六地四转”，即建设六个产业基地、推动四个方面的转变，走出了一条符合自身实际的路子。</p>
         <p>推进全面从严治党，必须一体推进不敢腐、不能腐、不想腐，持续深化体制机制改革，不断提高党的建设质量，为高质量发展提供坚强保障。</p>
       </article>
       <footer><a href="/about">关于我们</a> <a href="/contact">联系方式</a></footer>`,
    ),
  // An officialdom novel whose chapter heading sits only in its menu: its story (pronouns, dialogue,
  // named characters) keeps it out, though officials, bodies and formulas crowd its prose.
  '/officialdom.html': () =>
    shell(
      '青云路 - 在线阅读',
      `<nav><a href="/">书库</a> &gt; <a href="/q">青云路</a> &gt; 第三十六章</nav>
       <p>周志远推开县委办公室的门，她已经在沙发上坐了很久。“你终于来了，”她笑道，“书记让你明天去市委汇报高质量发展的事。”</p>
       <p>他没有说话，只是点了一根烟。项目为王、乡村振兴，这些话他在会上说过一百遍，可她知道他心里想的是另一件事。</p>
       <p>“县长那边怎么说？”他问道。她摇摇头：“他说专精特新的名单还没定，你别急。”周志远苦笑了一下，窗外的雨越下越大。</p>`,
    ),
  '/novel.html': () =>
    shell(
      '官路青云 第一百二十章 招商 - 小说阅读网',
      `<div class="nav">首页 &gt; 都市小说 &gt; 官路青云 &gt; 第一百二十章</div>
       <h1>第一百二十章 招商</h1>
       <p>李县长放下电话，点了一根烟。市委书记在会上又强调了项目为王，可县里那几家专精特新企业，哪一家不是他一家一家跑下来的？</p>
       <p>“乡村振兴的钱还没到位，”秘书小王小声说，“高质量发展的考核下个月就要开始了。”</p>
       <p>他没有回答，只是看着窗外的雨。那一夜，他想起了二十年前刚到乡里的自己。</p>
       <div class="pager">上一章 | 目录 | 下一章 | 加入书架</div>
       <p>作者：青云客 著 本章字数：2341 更新时间：2024-05-01</p>`,
    ),
};
