import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainTerm } from '../../src/core/explain';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { byId, patternsOf } from '../../src/core/glossary-index';
import { Matcher } from '../../src/core/matcher';
import { normalize } from '../../src/core/normalize';
import { GLOSSARY } from '../../src/glossary';

const entries = byId(GLOSSARY);
const entryFor = (term: string): GlossaryEntry => GLOSSARY.find((e) => e.term === term)!;

/** Explains `term` as the content script would: the text around it, and the page's text. */
function senseIn(term: string, near: string, page = near, year?: number) {
  const context = { near: normalize(near).text, page: normalize(page).text, year };
  return explainTerm(entryFor(term), (id) => entries.get(id), context);
}

const reference = readFileSync(new URL('../fixtures/reference-report.txt', import.meta.url), 'utf8');

describe('the sense of 四保', () => {
  it('is the 2022 enterprise whitelist in the reference report, with its four items', () => {
    const sentence = reference.split('\n').find((p) => p.includes('四保'))!;
    const near = sentence.slice(sentence.indexOf('四保') - 80, sentence.indexOf('四保') + 80);
    const explained = senseIn('四保', near, reference);
    expect(explained.sense?.label).toMatch(/whitelist/);
    expect(explained.expansion?.map((x) => x.zh)).toEqual(['保生产经营', '保物流畅通', '保政策助力', '保防疫安全']);
    expect(explained.scope?.place).toBe('河南');
  });

  it('is the Linjiang campaign in a Party-history article', () => {
    const text = '1946年冬至1947年春,东北民主联军"三下江南、四保临江",扭转了东北战局。';
    const explained = senseIn('四保', text);
    expect(explained.sense?.label).toMatch(/Linjiang/);
    expect(explained.expansion).toBeUndefined();
  });
});

/** One sentence in which `term` carries the sense `id`; `year` is the page's date, when it matters. */
interface SenseCase {
  id: string;
  text: string;
  year?: number;
}

/**
 * For every entry with senses, one sentence per sense, worded as official news would word it.
 * Sentences in traditional characters check that cues survive normalisation.
 */
const CASES: Record<string, SenseCase[]> = {
  四保: [
    {
      id: 'henan-whitelist-2022',
      text: '郑州市印发通知，对纳入“四保”白名单的企业和重点项目实行闭环生产，在疫情期间优先保障原材料和产品运输。',
      year: 2022,
    },
    {
      id: 'linjiang-campaign',
      text: '在“四保”作战中，东北民主联军南满部队依托长白山区坚守根据地，有力配合了北满部队的行动。',
      year: 2022,
    },
  ],
  主题教育: [
    {
      id: 'xi-thought-2023',
      text: '市委召开主题教育总结会议，强调要把学思想、强党性、重实践、建新功的总要求落实到推动高质量发展的具体行动中。',
      year: 2024,
    },
    {
      id: 'original-aspiration-2019',
      text: '全省「不忘初心、牢記使命」主題教育工作會議召開，要求各級黨組織對照守初心、擔使命，找差距、抓落實的總要求，確保取得實效。',
      year: 2019,
    },
    {
      id: 'general-themed',
      text: '开学第一周，市实验小学组织学生开展防溺水安全主题教育，民警走进校园为孩子们讲解自护知识。',
      year: 2023,
    },
  ],
  四史: [
    {
      id: 'party-four-histories',
      text: '市直机关党工委组织党员干部深入开展“四史”学习教育，引导大家从党的百年奋斗历程中汲取智慧和力量。',
      year: 2021,
    },
    {
      id: 'classical-histories',
      text: '中华书局推出点校本“四史”修订版，学界认为这为研读秦汉三国历史提供了更可靠的文本。',
    },
  ],
  一岗双责: [
    {
      id: 'clean-governance',
      text: '县纪委监委开展专项督查，督促各级领导干部认真履行“一岗双责”，把党风廉政建设与业务工作同部署、同检查。',
    },
    {
      id: 'work-safety',
      text: '汛期将至，县应急管理局要求各行业主管部门落实一岗双责，压实防汛和地质灾害防范责任。',
    },
  ],
  自我革命: [
    {
      id: 'party-self-reform',
      text: '自我革命是我们党跳出治乱兴衰历史周期率的第二个答案，全面从严治党永远在路上。',
      year: 2022,
    },
    {
      id: 'government-self-reform',
      text: '简政放权是政府的自我革命，今年要再取消和下放一批行政审批事项，为企业松绑减负。',
      year: 2015,
    },
  ],
  两个大局: [
    {
      id: 'domestic-international',
      text: '我们要统筹国内国际两个大局，办好发展和安全两件大事，推动经济实现质的有效提升。',
      year: 2020,
    },
    {
      id: 'rejuvenation-and-world-change',
      text: '广大党员干部要胸怀两个大局，心怀“国之大者”，在危机中育先机、于变局中开新局。',
      year: 2021,
    },
    {
      id: 'deng-coastal-inland',
      text: '实施西部大开发战略，是邓小平同志关于“两个大局”战略思想的重要组成部分。',
      year: 2000,
    },
  ],
  双创: [
    {
      id: 'mass-entrepreneurship',
      text: '全国大众创业万众创新活动周在合肥开幕，一批双创示范基地集中展示了孵化成果。',
      year: 2023,
    },
    {
      id: 'civilized-hygienic-city',
      text: '区里开展“双创”集中整治行动，清理占道经营、乱堆乱放，背街小巷环境卫生明显改善。',
    },
  ],
  自贸区: [
    {
      id: 'pilot-zone',
      text: '上海自贸区挂牌十年来，累计向全国复制推广了一批制度创新成果。',
      year: 2023,
    },
    {
      id: 'free-trade-area',
      text: '中國—東盟自貿區3.0版談判全面完成，雙方將推動儘早簽署升級議定書。',
      year: 2024,
    },
  ],
  负面清单: [
    {
      id: 'general',
      text: '我省将全面清理市场准入壁垒，严格落实“全国一张清单”管理模式，负面清单以外的领域，各类经营主体皆可依法平等进入。',
    },
    {
      id: 'foreign-investment',
      text: '国家发展改革委有关负责人表示，新版负面清单将制造业领域外资准入限制措施全部取消，清单之外按照内外资一致原则实施管理。',
    },
  ],
  卡脖子: [
    {
      id: 'technology',
      text: '要加快突破一批“卡脖子”关键核心技术，提升产业链供应链自主可控水平。',
    },
    {
      id: 'road-bottleneck',
      text: '大桥建成通车后，将彻底解决两岸群众过江难的“卡脖子”问题。',
    },
  ],
  闭环管理: [
    {
      id: 'covid-bubble',
      text: '北京冬奥会期间，所有涉奥人员实行闭环管理，与社会面完全隔离。',
      year: 2022,
    },
    {
      id: 'management-cycle',
      text: '市12345政务服务便民热线对群众反映的诉求实行闭环管理，做到件件有回音、事事有着落。',
      year: 2021,
    },
  ],
  联防联控: [
    {
      id: 'covid-mechanism',
      text: '国务院联防联控机制召开新闻发布会，介绍近期疫情防控工作有关情况。',
      year: 2022,
    },
    {
      id: 'air-pollution',
      text: '京津冀及周边地区持续深化大气污染联防联控，秋冬季重污染天数明显减少。',
      year: 2021,
    },
  ],
  功能区: [
    {
      id: 'development-zone',
      text: '全市各县（市、区）和功能区主要负责同志参加了项目建设观摩活动。',
    },
    {
      id: 'planning-zone',
      text: '该县被列入国家重点生态功能区，实行产业准入负面清单，严格限制大规模工业化开发。',
    },
  ],
  驻村第一书记: [
    {
      id: 'village',
      text: '省直单位选派的驻村第一书记扎根基层，带领村民发展特色产业。',
    },
    {
      id: 'other-post',
      text: '1978年，时任安徽省委第一书记万里支持凤阳县小岗村农民搞大包干。',
    },
  ],
  村村通: [
    {
      id: 'broadcasting',
      text: '县里实施直播卫星“村村通”工程，为偏远山区群众免费安装接收设备，让大家能收看几十套节目。',
    },
    {
      id: 'roads',
      text: '目前全省具备条件的建制村已全部实现村村通硬化路、通客车。',
    },
    {
      id: 'telecom',
      text: '随着电信普遍服务试点深入推进，我国行政村已实现“村村通宽带”。',
    },
  ],
  双减: [
    {
      id: 'education',
      text: '“双减”政策落地一年来，学生作业负担和校外培训负担有效减轻，课后服务基本实现全覆盖。',
      year: 2022,
    },
    {
      id: 'farming',
      text: '我县大力推广测土配方施肥和病虫害绿色防控，实现化肥、农药使用量“双减”。',
      year: 2022,
    },
  ],
};

const matcher = new Matcher(patternsOf(GLOSSARY));
/** The window the annotator (src/content/annotator.ts) keeps either side of a match as `near`. */
const NEAR_CHARS = 80;

/** The label of `entry`'s sense `id`: what `explainTerm` reports for it. */
function labelOf(entry: GlossaryEntry, id: string): string {
  const sense = entry.senses?.find((s) => s.id === id);
  if (!sense) throw new Error(`${entry.id} has no sense ${id}`);
  return sense.label;
}

describe('sense cases', () => {
  const multiSense = GLOSSARY.filter((e) => e.senses?.length);

  it('cover every sense of every entry with senses', () => {
    const wanted = multiSense.map((e) => `${e.term}: ${e.senses!.map((s) => s.id).join(', ')}`);
    const covered = multiSense.map((e) => `${e.term}: ${(CASES[e.term] ?? []).map((c) => c.id).join(', ')}`);
    expect(covered).toEqual(wanted);
    expect(Object.keys(CASES).sort()).toEqual(multiSense.map((e) => e.term).sort());
  });

  it.each(multiSense)('$id labels its senses distinctly', (entry) => {
    const labels = entry.senses!.map((s) => s.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

for (const [term, cases] of Object.entries(CASES)) {
  describe(`the senses of ${term}`, () => {
    const entry = entryFor(term);

    it.each(cases)('picks $id', ({ id, text, year }) => {
      // Find the term as the content script would, and take the same window around it.
      const page = normalize(text).text;
      const match = matcher.findAll(page).find((m) => m.id === entry.id);
      expect(match, `${term} is found in: ${text}`).toBeDefined();
      const near = page.slice(Math.max(0, match!.start - NEAR_CHARS), match!.end + NEAR_CHARS);
      const explained = senseIn(term, near, page, year);
      expect(explained.sense?.label, explained.sense?.reasons.join('; ')).toBe(labelOf(entry, id));
    });
  });
}
