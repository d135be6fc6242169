import { describe, expect, it } from 'vitest';
import { isMainBlock, mainText, type BlockStats } from '../../src/core/main-text';

const prose = (text: string): BlockStats => ({ text, linkChars: 0, chrome: false });
const paragraph = '会议强调,要坚持稳中求进工作总基调,扎实推进乡村振兴,加快建设现代化产业体系。'.repeat(3);

describe('mainText', () => {
  it('leaves out menus, link lists and page chrome, keeping prose', () => {
    const blocks: BlockStats[] = [
      { text: '首页 小说 书架 排行榜 免费阅读', linkChars: 16, chrome: false },
      { text: '网站导航 登录 注册', linkChars: 0, chrome: true },
      prose(paragraph),
      { text: '上一章 下一章 目录', linkChars: 9, chrome: false },
      prose(paragraph),
    ];
    const text = mainText(blocks, 5000);
    expect(text).toBe(`${paragraph}\n${paragraph}\n`);
    expect(text).not.toMatch(/小说|上一章|导航/);
  });

  it('keeps a paragraph with a few links in it', () => {
    expect(isMainBlock({ text: paragraph, linkChars: 10, chrome: false })).toBe(true);
    expect(isMainBlock({ text: '更多新闻', linkChars: 4, chrome: false })).toBe(false);
  });

  it('falls back to all the text when too little prose is left', () => {
    const blocks: BlockStats[] = [{ text: '新闻一 新闻二 新闻三', linkChars: 11, chrome: false }, prose('短文')];
    expect(mainText(blocks, 5000)).toBe('新闻一 新闻二 新闻三\n短文\n');
  });

  it('stops at the limit', () => {
    expect(mainText([prose(paragraph), prose(paragraph)], 50)).toHaveLength(51);
  });
});
