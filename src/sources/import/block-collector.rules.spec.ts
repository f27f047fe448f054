import { describe, expect, it } from 'vitest';
import { BlockCollector } from './block-collector.rules.js';

describe('BlockCollector', () => {
  it('gives a block the kind of the innermost heading, list item or quote', () => {
    const blocks = new BlockCollector();
    blocks.openQuote();
    blocks.text('Цитата');
    blocks.boundary();
    blocks.openList(true, 3);
    blocks.openItem();
    blocks.text('пункт в цитате');
    blocks.close();
    blocks.close();
    blocks.text('снова цитата');
    blocks.close();
    blocks.openHeading(5);
    blocks.text('Глубокий заголовок');
    blocks.close();
    expect(blocks.finish()).toStrictEqual([
      { kind: 'quote', text: 'Цитата' },
      { kind: 'list-item', ordered: true, number: 3, text: 'пункт в цитате' },
      { kind: 'quote', text: 'снова цитата' },
      { kind: 'heading', level: 3, text: 'Глубокий заголовок' },
    ]);
  });

  it('numbers items of a list and flattens nested lists without repeating a number', () => {
    const blocks = new BlockCollector();
    blocks.openList(true);
    blocks.openItem();
    blocks.text('Отменить решение');
    blocks.openList(false);
    blocks.openItem();
    blocks.text('вложенный');
    blocks.close();
    blocks.close();
    blocks.text('хвост пункта');
    blocks.close();
    blocks.openItem(7);
    blocks.text('седьмой');
    blocks.close();
    blocks.openItem();
    blocks.text('восьмой');
    expect(blocks.finish()).toStrictEqual([
      { kind: 'list-item', ordered: true, number: 1, text: 'Отменить решение' },
      { kind: 'list-item', ordered: false, text: 'вложенный' },
      { kind: 'paragraph', text: 'хвост пункта' },
      { kind: 'list-item', ordered: true, number: 7, text: 'седьмой' },
      { kind: 'list-item', ordered: true, number: 8, text: 'восьмой' },
    ]);
  });

  it('wraps inline markup, even when a block ends inside it', () => {
    const blocks = new BlockCollector();
    blocks.text('Суд ');
    blocks.openInline('strong');
    blocks.text('ликвидировал ');
    blocks.openInline('link', 'https://memo.ru/');
    blocks.text('Мемориал');
    blocks.boundary();
    blocks.text('и архив');
    blocks.closeInline('link');
    blocks.closeInline('strong');
    expect(blocks.finish().map((block) => block.text)).toEqual([
      'Суд **ликвидировал [Мемориал](https://memo.ru/)**',
      '**[и архив](https://memo.ru/)**',
    ]);
  });

  it('adds no markup for emphasis inside the same emphasis or an empty span', () => {
    const blocks = new BlockCollector();
    blocks.openInline('em');
    blocks.text('очень ');
    blocks.openInline('em');
    blocks.text('важно');
    blocks.closeInline('em');
    blocks.closeInline('em');
    blocks.openInline('strong');
    blocks.text(' ');
    blocks.closeInline('strong');
    blocks.text('!');
    expect(blocks.finish()).toStrictEqual([{ kind: 'paragraph', text: '*очень важно* !' }]);
  });

  it('closes inlines left open inside the one being closed', () => {
    const blocks = new BlockCollector();
    blocks.openInline('strong');
    blocks.openInline('em');
    blocks.text('Эхо');
    blocks.closeInline('strong');
    blocks.text(' Москвы');
    blocks.closeInline('em');
    expect(blocks.finish()).toStrictEqual([{ kind: 'paragraph', text: '***Эхо*** Москвы' }]);
  });

  it('keeps embedded blocks as they are at top level and gives them the container kind inside one', () => {
    const blocks = new BlockCollector();
    blocks.embed([{ kind: 'heading', level: 2, text: 'Хроника' }]);
    blocks.openQuote();
    blocks.embed([
      { kind: 'heading', level: 1, text: 'первый' },
      { kind: 'paragraph', text: 'второй' },
    ]);
    expect(blocks.finish()).toStrictEqual([
      { kind: 'heading', level: 2, text: 'Хроника' },
      { kind: 'quote', text: 'первый' },
      { kind: 'quote', text: 'второй' },
    ]);
  });

  it('survives 10,000 nested quotes and unbalanced closes', () => {
    const blocks = new BlockCollector();
    for (let i = 0; i < 10_000; i += 1) {
      blocks.openQuote();
      blocks.text('x');
    }
    for (let i = 0; i < 10_001; i += 1) blocks.close();
    blocks.closeInline('em');
    expect(blocks.finish()).toHaveLength(10_000);
  });
});
