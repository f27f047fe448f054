import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../source-blocks.rules.js';
import { htmlTitle, htmlToBody } from './html-import.rules.js';

const MEMORIAL_PAGE = `<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>Ликвидация «Мемориала» &mdash; хроника</title>
  <style>p { color: red } .secret::after { content: "СТИЛЬ" }</style>
  <script>document.cookie = "track=1"; alert("СКРИПТ")</script>
</head>
<body onload="steal()">
  <nav><a href="/">Главная</a></nav>
  <article class="post">
    <h1 style="color:red">Ликвидация &laquo;Мемориала&raquo;</h1>
    <p>28&nbsp;декабря 2021&nbsp;года Верховный суд <strong>ликвидировал</strong>
       <a href="https://www.memo.ru/ru-ru/" onclick="steal()" target="_blank">Международный «Мемориал»</a>.</p>
    <h2>Что произошло</h2>
    <ul>
      <li>Генпрокуратура подала иск <em>в ноябре</em>;</li>
      <li>суд <b><i>удовлетворил</i></b> его.</li>
    </ul>
    <h4>Подробнее</h4>
    <ol>
      <li><p>Апелляция отклонена.</p></li>
      <li>Архивы <a href="javascript:alert(1)">под угрозой</a>.</li>
    </ol>
    <blockquote><p>Мемориал — это люди.</p><p>Их нельзя ликвидировать.</p></blockquote>
    <img src="https://tracker.example/pixel.gif" alt="пиксель">
    <noscript><p>Включите JavaScript</p></noscript>
    <iframe src="https://evil.example/"><p>фрейм</p></iframe>
    <template><p>шаблон</p></template>
  </article>
</body>
</html>`;

describe('htmlToBody', () => {
  it('turns a page into Markdown-lite blocks without scripts, styles or attributes', () => {
    expect(parseBlocks(htmlToBody(MEMORIAL_PAGE))).toStrictEqual([
      { kind: 'paragraph', text: 'Главная' },
      { kind: 'heading', level: 1, text: 'Ликвидация «Мемориала»' },
      {
        kind: 'paragraph',
        text: '28 декабря 2021 года Верховный суд **ликвидировал** [Международный «Мемориал»](https://www.memo.ru/ru-ru/).',
      },
      { kind: 'heading', level: 2, text: 'Что произошло' },
      { kind: 'list-item', ordered: false, text: 'Генпрокуратура подала иск *в ноябре*;' },
      { kind: 'list-item', ordered: false, text: 'суд ***удовлетворил*** его.' },
      { kind: 'heading', level: 3, text: 'Подробнее' },
      { kind: 'list-item', ordered: true, number: 1, text: 'Апелляция отклонена.' },
      { kind: 'list-item', ordered: true, number: 2, text: 'Архивы под угрозой.' },
      { kind: 'quote', text: 'Мемориал — это люди.' },
      { kind: 'quote', text: 'Их нельзя ликвидировать.' },
    ]);
    const body = htmlToBody(MEMORIAL_PAGE);
    for (const leak of [
      'СКРИПТ',
      'СТИЛЬ',
      'steal',
      'javascript',
      'пиксель',
      'JavaScript',
      'фрейм',
      'шаблон',
      'track',
    ]) {
      expect(body).not.toContain(leak);
    }
  });

  it('makes paragraphs of divs and table cells and a space of <br>', () => {
    const html = `<div>«Эхо Москвы» закрыто.</div><div>Совет директоров<br>решил 1&nbsp;марта
      <div>ликвидировать радиостанцию</div>и сайт.</div><table><tr><td>2022</td><td>закрытие</td></tr></table>`;
    expect(htmlToBody(html)).toBe(
      '«Эхо Москвы» закрыто.\n\nСовет директоров решил 1 марта\n\nликвидировать радиостанцию\n\nи сайт.\n\n2022\n\nзакрытие',
    );
  });

  it('keeps only http(s) links and escapes text that looks like a marker', () => {
    const html = `<p>- 5 °C <a href="/ru/news">относительная</a> <a href="//cdn.example/x">без схемы</a>
      <a href="mailto:info@memo.ru">почта</a> <a href="HTTPS://echo.msk.ru/news/1.html">Эхо</a></p><p># не заголовок</p>`;
    const body = htmlToBody(html);
    expect(body).toBe(
      '\\- 5 °C относительная без схемы почта [Эхо](https://echo.msk.ru/news/1.html)\n\n\\# не заголовок',
    );
    expect(parseBlocks(body).map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('treats a DOCTYPE internal subset as junk and never expands its entities', () => {
    const html = `<!DOCTYPE html [
      <!ENTITY xxe SYSTEM "file:///etc/passwd">
      <!ENTITY boom "&boom;&boom;>]">
    ]><p>Текст &xxe; &boom; &amp; &laquo;цитата&raquo;</p>`;
    expect(htmlToBody(html)).toBe('Текст &xxe; &boom; & «цитата»');
  });

  it('survives 10,000 nested divs and huge attribute values', () => {
    const nested = `${'<div>'.repeat(10_000)}Мемориал${'</div>'.repeat(10_000)}`;
    expect(htmlToBody(nested)).toBe('Мемориал');
    const unclosed = `${'<blockquote><b>'.repeat(10_000)}x`;
    expect(htmlToBody(unclosed)).toBe('> **x**');
    const huge = `<p title="${'a'.repeat(2_000_000)}" onclick="${'b'.repeat(1_000_000)}">Эхо</p>`;
    expect(htmlToBody(huge)).toBe('Эхо');
  });

  it('returns an empty body for a page without text', () => {
    expect(
      htmlToBody('<html><head><script>x()</script></head><body><img src="a.png"></body></html>'),
    ).toBe('');
  });
});

describe('htmlTitle', () => {
  it('reads the page title with entities decoded', () => {
    expect(htmlTitle(MEMORIAL_PAGE)).toBe('Ликвидация «Мемориала» — хроника');
  });

  it('ignores icon titles inside SVG and empty titles', () => {
    expect(htmlTitle('<svg><title>иконка</title></svg><p>x</p>')).toBeNull();
    expect(htmlTitle('<title>  </title>')).toBeNull();
  });
});
