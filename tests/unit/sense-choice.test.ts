import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainTerm } from '../../src/core/explain';
import type { GlossaryEntry } from '../../src/core/glossary-schema';
import { byId, patternsOf } from '../../src/core/glossary-index';
import { Matcher } from '../../src/core/matcher';
import { normalize } from '../../src/core/normalize';
import { GLOSSARY } from '../../src/glossary';
import { MORE_CASES, type SenseCase } from './sense-cases-more';

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

/**
 * For every entry with senses, one sentence per sense, worded as official news would word it.
 * Sentences in traditional characters check that cues survive normalisation. The table
 * continues in sense-cases-more.ts.
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
      text: '中日韓自貿區談判重啟，三方將推動儘早達成高水平的升級議定書。',
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
  国九条: [
    {
      id: '2024',
      text: '新“国九条”发布以来，证监会坚持强监管、防风险、促高质量发展，推动上市公司加大分红力度，严格执行退市制度。',
      year: 2024,
    },
    {
      id: '2014',
      text: '2014年国务院出台新“国九条”，提出加快建设多层次资本市场，积极稳妥推进股票发行注册制改革。',
      year: 2014,
    },
    {
      id: '2004',
      text: '2004年初国务院发布“国九条”，为随后启动的上市公司股权分置改革奠定了政策基础。',
      year: 2005,
    },
  ],
  以旧换新: [
    {
      id: '2024',
      text: '今年我市用好超长期特别国债资金，加力推进消费品以旧换新，汽车、家电和数码产品销售明显回暖。',
      year: 2024,
    },
    {
      id: '2009',
      text: '为应对国际金融危机，商务部在家电下乡的基础上启动家电以旧换新试点，对交售旧家电并购买新家电的消费者给予补贴。',
      year: 2009,
    },
  ],
  '1+N政策体系': [
    {
      id: 'dual-carbon',
      text: '我国碳达峰碳中和“1+N”政策体系已基本建立，能源、工业、交通运输、城乡建设等重点领域实施方案陆续出台。',
      year: 2022,
    },
    {
      id: 'soe-reform',
      text: '国资委有关负责人介绍，国企改革“1+N”政策体系已基本形成，混合所有制改革稳妥有序推进。',
      year: 2017,
    },
  ],
  保就业: [
    {
      id: 'six-guarantees',
      text: '面对疫情冲击，我省把保就业放在“六保”首位，出台减负稳岗扩就业政策，全力稳住市场主体。',
      year: 2020,
    },
    {
      id: 'growth-floor',
      text: '要坚持区间调控，稳增长、保就业是下限，防通胀是上限，确保经济运行处在合理区间。',
      year: 2015,
    },
  ],
  五育并举: [
    {
      id: 'de-zhi-ti-mei-lao',
      text: '我校坚持五育并举，把劳动教育纳入必修课程，促进学生德智体美劳全面发展。',
    },
    {
      id: 'cai-yuanpei',
      text: '1912年，时任教育总长蔡元培提出军国民教育、实利主义教育、公民道德教育、世界观教育和美感教育五育并举的主张。',
    },
  ],
  两创: [
    {
      id: 'culture',
      text: '我省深入推进中华优秀传统文化“两创”，推动非遗保护传承与文旅融合发展，让文物真正活起来。',
      year: 2023,
    },
    {
      id: 'zhejiang',
      text: '2007年，浙江省第十二次党代会提出创业富民、创新强省总战略，此后“两创”成为全省干部群众耳熟能详的发展主线。',
      year: 2012,
    },
  ],
  大国外交: [
    {
      id: 'china-as-major-power',
      text: '新时代十年，我国大国外交开创新局面，全方位外交布局深入展开，推动构建人类命运共同体取得丰硕成果。',
      year: 2022,
    },
    {
      id: 'relations-with-powers',
      text: '在大国外交方面，中俄关系保持高水平运行，中美两国元首举行会晤，中欧领导人会晤也如期举行。',
      year: 2023,
    },
  ],
  四个现代化: [
    {
      id: '1964-version',
      text: '党的十一届三中全会以后，全党工作重点转移到经济建设上来，全国人民满怀信心投身实现四个现代化的伟大事业。',
      year: 2018,
    },
    {
      id: '1954-version',
      text: '在第一届全国人民代表大会第一次会议上，周恩来提出建设现代化的工业、农业、交通运输业和国防，这是“四个现代化”目标的最早提法。',
    },
  ],
  总路线: [
    {
      id: 'socialist-construction',
      text: '1958年5月，党的八大二次会议正式通过鼓足干劲、力争上游、多快好省地建设社会主义的总路线。',
    },
    {
      id: 'transition-period',
      text: '1953年，党中央提出过渡时期总路线，要求逐步实现国家的社会主义工业化，逐步实现对农业、手工业和资本主义工商业的社会主义改造。',
    },
  ],
  八字方针: [
    {
      id: '1979-readjustment',
      text: '1979年4月召开的中央工作会议决定，用三年时间对国民经济实行“调整、改革、整顿、提高”的八字方针。',
    },
    {
      id: '1961-readjustment',
      text: '1961年1月，党的八届九中全会批准对国民经济实行“调整、巩固、充实、提高”的八字方针，着手纠正大跃进以来的失误。',
    },
    {
      id: '2018-supply-side',
      text: '中央经济工作会议提出，要在“巩固、增强、提升、畅通”八字方针上下功夫，深化供给侧结构性改革。',
      year: 2018,
    },
  ],
  三步走: [
    {
      id: 'development-strategy',
      text: '邓小平同志提出的“三步走”战略，第一步解决人民温饱问题，第二步达到小康水平，第三步达到中等发达国家水平。',
    },
    {
      id: 'crewed-space',
      text: '随着天宫空间站全面建成，我国载人航天工程“三步走”发展战略圆满完成。',
      year: 2022,
    },
    {
      id: 'defence-modernisation',
      text: '按照国防和军队现代化新“三步走”战略，到2035年基本实现国防和军队现代化，到本世纪中叶把人民军队全面建成世界一流军队。',
      year: 2021,
    },
  ],
  翻两番: [
    {
      id: '1980-2000',
      text: '党的十二大提出，从1981年到本世纪末的二十年，力争使全国工农业的年总产值翻两番。',
    },
    {
      id: '2000-2020-gdp',
      text: '党的十六大提出，在优化结构和提高效益的基础上，国内生产总值到2020年力争比2000年翻两番。',
      year: 2003,
    },
    {
      id: '2000-2020-per-capita',
      text: '党的十七大提出，在优化结构、提高效益、降低消耗、保护环境的基础上，实现人均国内生产总值到2020年比2000年翻两番。',
      year: 2008,
    },
  ],
  '两手抓、两手都要硬': [
    {
      id: 'two-civilisations',
      text: '各地坚持物质文明和精神文明两手抓、两手都要硬，推动文化建设与经济发展协调并进。',
    },
    {
      id: 'reform-and-crime',
      text: '邓小平同志强调，要一手抓改革开放，一手抓打击经济犯罪活动，没有这一手，改革开放也会失败，两手都要硬。',
    },
    {
      id: 'pandemic',
      text: '要坚持疫情防控和经济社会发展两手抓、两手都要硬，有序推动企业复工复产。',
      year: 2020,
    },
  ],
  双轨制: [
    {
      id: 'price',
      text: '上世纪80年代中期，生产资料价格双轨制在搞活经济的同时，也催生了“官倒”等问题。',
    },
    {
      id: 'exchange-rate',
      text: '1994年1月1日，人民币官方汇率与外汇调剂市场汇率并轨，实行多年的汇率双轨制宣告结束。',
    },
    {
      id: 'pension',
      text: '随着机关事业单位工作人员养老保险制度改革启动，饱受诟病的养老金“双轨制”逐步走向并轨。',
      year: 2015,
    },
  ],
  十一五: [
    {
      id: 'national',
      text: '“十一五”时期，全国单位国内生产总值能耗累计降低19.1%，国务院确定的主要约束性指标基本完成。',
      year: 2011,
    },
    {
      id: 'local',
      text: '“十一五”期间，全省地区生产总值年均增长12.5%，省委、省政府确定的各项目标任务全面完成。',
      year: 2011,
    },
  ],
  十二五: [
    {
      id: 'national',
      text: '十二届全国人大四次会议审查了“十二五”规划纲要实施情况，国民经济和社会发展主要目标如期实现。',
      year: 2016,
    },
    {
      id: 'local',
      text: '我市“十二五”规划确定的38项主要指标中，有35项提前完成，城市综合实力明显增强。',
      year: 2015,
    },
  ],
  十三五: [
    {
      id: 'national',
      text: '国务院新闻办公室举行发布会，介绍“十三五”规划主要目标任务完成情况，全国脱贫攻坚取得全面胜利。',
      year: 2021,
    },
    {
      id: 'local',
      text: '“十三五”时期，我县累计实施重点项目326个，全县城乡居民人均可支配收入年均增长8.6%。',
      year: 2021,
    },
  ],
  三权分置: [
    {
      id: 'contracted-land',
      text: '我县深化农村承包地“三权分置”改革，引导土地经营权有序流转，发展多种形式适度规模经营。',
    },
    {
      id: 'homestead',
      text: '义乌市探索宅基地“三权分置”，在落实集体所有权、保障农户资格权的前提下适度放活使用权，盘活闲置农房。',
    },
  ],
  双控: [
    {
      id: 'energy',
      text: '今年以来，我省把“双控”目标分解到各市，严格控制能源消费强度和总量，合理控制新上高耗能项目。',
      year: 2021,
    },
    {
      id: 'carbon',
      text: '我市围绕“双控”要求，建立碳排放统计核算体系，推动重点行业降碳，为全省如期实现碳达峰积累经验。',
      year: 2024,
    },
    {
      id: 'water',
      text: '我市严格落实水资源消耗总量和强度“双控”，全面推进节水型社会建设。',
      year: 2023,
    },
    {
      id: 'safety',
      text: '企业要健全安全风险分级管控和隐患排查治理“双控”机制，从源头上防范生产安全事故。',
      year: 2022,
    },
  ],
  两个确保: [
    {
      id: 'henan-modernisation-goals',
      text: '全省上下要锚定“两个确保”，全面实施“十大战略”，奋力谱写新时代中原更加出彩的绚丽篇章。',
      year: 2022,
    },
    {
      id: 'social-security-guarantees',
      text: '继续做好“两个确保”工作，确保国有企业下岗职工基本生活费和离退休人员基本养老金按时足额发放。',
      year: 2003,
    },
  ],
  四新: [
    {
      id: 'guizhou-four-new',
      text: '贵州坚持围绕“四新”目标，在新时代西部大开发上闯新路，在乡村振兴上开新局。',
      year: 2022,
    },
    {
      id: 'hunan-four-new-missions',
      text: '长沙市牢记“四新”使命，着力打造国家重要先进制造业高地，奋力建设现代化新湖南。',
      year: 2021,
    },
    {
      id: 'four-new-economy',
      text: '浦东新区大力发展“四新”经济，新业态新模式不断涌现，成为经济增长的新引擎。',
      year: 2019,
    },
    {
      id: 'construction-four-new',
      text: '项目部积极推广应用“四新”技术，在施工中采用新工艺、新设备，有效提升了工程质量。',
      year: 2020,
    },
  ],
  六新: [
    {
      id: 'shanxi-six-new',
      text: '太原市聚焦“六新”突破，实施换道领跑战略，加快布局新基建和新装备产业。',
      year: 2021,
    },
    {
      id: 'ningxia-six-new-industries',
      text: '银川市围绕“六新”产业招商，同时做强“六特”“六优”产业，葡萄酒和枸杞品牌影响力持续提升。',
      year: 2023,
    },
  ],
  三件大事: [
    {
      id: 'hebei-three-tasks',
      text: '张家口市全力推进“三件大事”，冬奥会场馆建设全面完工，京津冀协同发展和雄安新区建设稳步推进。',
      year: 2020,
    },
    {
      id: 'twentieth-congress-three-events',
      text: '报告回顾了新时代十年来经历的三件大事：迎来党成立一百周年，中国特色社会主义进入新时代，完成脱贫攻坚、全面建成小康社会的历史任务。',
      year: 2022,
    },
  ],
  五大任务: [
    {
      id: 'inner-mongolia-five-tasks',
      text: '鄂尔多斯市坚决完成习近平总书记交给内蒙古的五大任务，全方位建设模范自治区，筑牢我国北方重要生态安全屏障。',
      year: 2024,
    },
    {
      id: 'supply-side-five-tasks',
      text: '会议要求扎实推进供给侧结构性改革，抓好去产能、去库存、去杠杆、降成本、补短板五大任务。',
      year: 2016,
    },
  ],
  五大安全: [
    {
      id: 'northeast-five-securities',
      text: '黑龙江要牢牢把握在维护国家“五大安全”中的重要使命，推动东北全面振兴取得新突破。',
      year: 2023,
    },
    {
      id: 'inner-mongolia-five-securities',
      text: '内蒙古的五大任务指向保障国家五大安全，即粮食安全、能源安全、产业安全、生态安全和边疆安全。',
      year: 2024,
    },
  ],
  四件大事: [
    {
      id: 'tibet-four-tasks',
      text: '拉萨市认真抓好稳定、发展、生态、强边四件大事，奋力谱写雪域高原长治久安和高质量发展新篇章。',
      year: 2022,
    },
    {
      id: 'twelfth-congress-four-tasks',
      text: '党的十二大提出，今后五年要抓好机构改革和经济体制改革、建设社会主义精神文明、打击经济犯罪活动、整顿党的作风和组织这四件大事。',
    },
  ],
  山海协作: [
    {
      id: 'zhejiang',
      text: '衢州市与杭州市深化山海协作，合作共建“飞地”产业园，助力山区26县跨越式高质量发展。',
    },
    {
      id: 'fujian',
      text: '三明市与厦门市持续深化山海协作，合作共建产业园区，推动老区苏区加快振兴发展。',
    },
  ],
  三大法宝: [
    {
      id: 'generic',
      text: '这家企业从小作坊成长为行业龙头，靠的是创新、品质、服务“三大法宝”，负责人说秘诀就是始终把客户放在第一位。',
    },
    {
      id: 'suzhou',
      text: '张家港精神、昆山之路、园区经验是苏州发展的“三大法宝”，激励着一代代苏州人敢闯敢试。',
    },
    {
      id: 'party-history',
      text: '毛泽东在《〈共产党人〉发刊词》中指出，统一战线、武装斗争、党的建设是中国共产党在中国革命中战胜敌人的三大法宝。',
    },
  ],
  五个中心: [
    {
      id: 'shanghai',
      text: '上海加快建设国际经济、金融、贸易、航运和科技创新“五个中心”，浦东引领区建设全面提速。',
      year: 2024,
    },
    {
      id: 'wuhan',
      text: '武汉加快建设国家中心城市，全力打造全国经济中心、国家科技创新中心、国家商贸物流中心、国际交往中心和区域金融中心“五个中心”。',
      year: 2022,
    },
  ],
  四个中心: [
    {
      id: 'beijing',
      text: '北京坚持“四个中心”城市战略定位，履行“四个服务”基本职责，深入推进京津冀协同发展。',
      year: 2023,
    },
    {
      id: 'shanghai',
      text: '上海要加快建设国际经济、金融、贸易、航运“四个中心”，到2020年基本建成国际航运中心。',
      year: 2015,
    },
  ],
  百千万工程: [
    {
      id: 'guangdong',
      text: '广东深入实施“百县千镇万村高质量发展工程”，推动县镇村各展其长、协调发展。',
      year: 2023,
    },
    {
      id: 'talent',
      text: '人力资源社会保障部公布新世纪百千万人才工程国家级人选名单，我省5名专家入选，是历年入选“百千万工程”人数最多的一次。',
      year: 2019,
    },
  ],
  新旧动能转换: [
    {
      id: 'national',
      text: '国务院常务会议指出，要加快新旧动能转换，既培育壮大新动能，又改造提升传统动能。',
      year: 2017,
    },
    {
      id: 'shandong',
      text: '山东深入实施新旧动能转换重大工程，十强产业加快壮大，经济发展的含金量和含绿量明显提升。',
      year: 2021,
    },
  ],
  '"两区"': [
    {
      id: 'beijing-opening',
      text: '北京市推进“两区”建设，国家服务业扩大开放综合示范区和自贸试验区累计落地一批全国首创性政策。',
      year: 2022,
    },
    {
      id: 'farm-zones',
      text: '我省已全面完成粮食生产功能区和重要农产品生产保护区划定任务，“两区”内耕地得到有效保护。',
      year: 2019,
    },
  ],
  一核两翼: [
    {
      id: 'beijing',
      text: '以首都为核心、北京城市副中心和雄安新区为两翼的“一核两翼”格局加快形成，非首都功能疏解有序推进。',
      year: 2023,
    },
    {
      id: 'generic-plan',
      text: '该县规划构建“一核两翼”空间布局，以县城为核心，东西两翼分别发展现代农业和文旅产业。',
      year: 2023,
    },
  ],
  留置: [
    {
      id: 'supervisory-detention',
      text: '经省纪委监委研究，决定对其涉嫌职务犯罪问题立案调查，并采取留置措施。',
      year: 2019,
    },
    {
      id: 'lien',
      text: '根据民法典规定，债务人不履行到期债务的，债权人可以留置已经合法占有的债务人的动产，并有权就该动产优先受偿。',
      year: 2021,
    },
    {
      id: 'police-questioning',
      text: '民警在盘问检查中发现该男子有违法犯罪嫌疑，依照人民警察法将其带至派出所留置盘问。',
    },
  ],
  四化: [
    {
      id: 'cadre',
      text: '按照革命化、年轻化、知识化、专业化的干部队伍“四化”方针，一批德才兼备的中青年干部走上领导岗位。',
    },
    {
      id: 'four-modernisations',
      text: '那个年代，大学生们喊出了“团结起来，振兴中华”的口号，立志献身四化。',
    },
    {
      id: 'new-four',
      text: '我省坚持新型工业化、信息化、城镇化、农业现代化“四化”协调推进，县域经济实力显著增强。',
      year: 2015,
    },
  ],
  两新: [
    {
      id: 'renewal-trade-in',
      text: '今年我省加力支持大规模设备更新和消费品以旧换新，“两新”政策效应持续显现。',
      year: 2024,
    },
    {
      id: 'new-organisations',
      text: '全区“两新”工作会议提出，要持续扩大非公企业和社会组织中党的组织覆盖和工作覆盖。',
      year: 2019,
    },
    {
      id: 'liang-xin-yi-zhong',
      text: '积极扩大有效投资，重点支持“两新”建设，即新型基础设施和新型城镇化建设，同时加强交通、水利等重大工程建设。',
      year: 2020,
    },
  ],
  党政同责: [
    {
      id: 'work-safety',
      text: '各地要严格落实安全生产党政同责、一岗双责、齐抓共管、失职追责，坚决遏制重特大事故发生。',
    },
    {
      id: 'grain-security',
      text: '全面落实粮食安全党政同责，严格耕地保护，确保粮食播种面积稳定、产量保持在1.3万亿斤以上。',
    },
    {
      id: 'environment',
      text: '我省严格落实生态环境保护党政同责，对中央生态环境保护督察反馈问题实行清单化整改。',
    },
  ],
  四有: [
    {
      id: 'citizens',
      text: '学校要把青少年培养成有理想、有道德、有文化、有纪律的“四有”新人。',
    },
    {
      id: 'teachers',
      text: '全市广大教师要争做“四有”好老师，以高尚师德引领学生成长。',
    },
    {
      id: 'soldiers',
      text: '全团官兵牢记强军目标，争做“四有”新一代革命军人。',
    },
    {
      id: 'county-secretaries',
      text: '新任县委书记培训班上，学员们交流如何践行心中有党、心中有民、心中有责、心中有戒的“四有”要求。',
    },
  ],
  社会主要矛盾: [
    {
      id: 'new-era',
      text: '中国特色社会主义进入新时代，我国社会主要矛盾已经转化为人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾。',
      year: 2018,
    },
    {
      id: 'reform-era',
      text: '党的十一届六中全会指出，在社会主义改造基本完成以后，我国所要解决的社会主要矛盾，是人民日益增长的物质文化需要同落后的社会生产之间的矛盾。',
    },
  ],
  双节: [
    {
      id: 'new-year-spring-festival',
      text: '“双节”临近，市场监管部门加强节日市场检查，确保元旦春节期间群众买得放心、吃得安心。',
    },
    {
      id: 'mid-autumn-national-day',
      text: '中秋国庆“双节”期间，全市各大景区共接待游客312万人次，旅游市场平稳有序。',
    },
  ],
  双高: [
    {
      id: 'vocational-colleges',
      text: '我院入选国家“双高计划”高水平专业群建设单位，职业教育办学质量持续提升。',
    },
    {
      id: 'sugarcane-bases',
      text: '崇左市加快推进糖料蔗“双高”基地建设，今年新建高标准蔗田5万亩。',
    },
  ],
  三条底线: [
    {
      id: 'rural-revitalisation',
      text: '各地要牢牢守住保障粮食安全、防止规模性返贫、确保农村社会稳定“三条底线”，扎实推进乡村振兴。',
      year: 2022,
    },
    {
      id: 'land-reform',
      text: '农村土地制度改革要坚守土地公有制性质不改变、耕地红线不突破、农民利益不受损“三条底线”。',
      year: 2019,
    },
  ],
  头号工程: [
    {
      id: 'generic',
      text: '区委把优化营商环境作为“头号工程”，推动企业办事线上“一网通办”、线下“只进一门”。',
    },
    {
      id: 'guangdong-bqw',
      text: '广东把“百千万工程”作为全省的头号工程，推动县镇村高质量发展。',
      year: 2023,
    },
  ],
  一号工程: [
    {
      id: 'generic',
      text: '县委县政府把招商引资作为“一号工程”，主要领导带队赴长三角开展专题招商。',
    },
    {
      id: 'zhejiang-digital-economy',
      text: '浙江深入实施数字经济“一号工程”，杭州数字经济核心产业增加值占地区生产总值比重持续提升。',
      year: 2020,
    },
  ],
  产业振兴: [
    {
      id: 'rural',
      text: '我县坚持把产业振兴作为乡村振兴的重中之重，因地制宜发展特色种养业，带动农民持续增收。',
      year: 2022,
    },
    {
      id: 'key-industries-2009',
      text: '为应对国际金融危机冲击，国务院陆续出台十大产业振兴规划，支持企业加快技术改造和兼并重组。',
      year: 2009,
    },
  ],
  脱贫摘帽: [
    {
      id: 'poverty-county-exit',
      text: '经省级专项评估检查，我省最后20个贫困县全部实现脱贫摘帽，区域性整体贫困得到解决。',
      year: 2020,
    },
    {
      id: 'political-label',
      text: '1959年国庆前夕，第一批确已改好的右派分子被宣布摘帽，此后各地又分批进行了这项工作。',
    },
    {
      id: 'stock-st',
      text: '公司公告称，经深圳证券交易所审核同意，公司股票将于下周一撤销其他风险警示，实现“摘帽”。',
      year: 2023,
    },
  ],
  项目拉练: [
    {
      id: 'inspection-tour',
      text: '县委组织开展重点项目拉练观摩活动，各乡镇党政主要负责同志逐个现场点评、比学赶超。',
    },
    {
      id: 'military-march',
      text: '武警某部官兵开展千里野营拉练，在复杂地形和恶劣天气中锤炼部队实战能力。',
    },
  ],
  三道防线: [
    {
      id: 'covid-inbound',
      text: '各地要筑牢外防输入三道防线，严格落实入境人员隔离管控措施，守住口岸城市疫情防控底线。',
      year: 2021,
    },
    {
      id: 'internal-control',
      text: '银行要健全内部控制体系，充分发挥业务部门、风险管理和合规部门、内部审计“三道防线”作用。',
      year: 2021,
    },
  ],
  两高: [
    {
      id: 'energy-intensive',
      text: '坚决遏制“两高”项目盲目发展，严把新上项目能耗和碳排放准入关。',
      year: 2021,
    },
    {
      id: 'supreme-judicial',
      text: '“两高”日前联合发布司法解释，明确办理非法采矿刑事案件的定罪量刑标准。',
      year: 2016,
    },
  ],
  双城记: [
    {
      id: 'chengdu-chongqing',
      text: '成渝地区双城经济圈建设全面提速，新时代成渝“双城记”越唱越响。',
      year: 2023,
    },
    {
      id: 'beijing-tianjin',
      text: '京津“双城记”持续深入，两市在科技创新、产业协作和公共服务等领域合作不断深化。',
      year: 2023,
    },
    {
      id: 'guangzhou-shenzhen',
      text: '广州深圳携手唱好“双城记”，强化双城联动，共同推进粤港澳大湾区建设。',
      year: 2023,
    },
  ],
  二〇三五年远景目标: [
    {
      id: '2035',
      text: '全会审议通过了“十四五”规划和二〇三五年远景目标的建议，明确到2035年基本实现社会主义现代化。',
      year: 2020,
    },
    {
      id: '2010',
      text: '八届全国人大四次会议批准了“九五”计划和2010年远景目标，提出到2010年实现国民生产总值比2000年翻一番。',
      year: 1996,
    },
  ],
  '"两节"': [
    {
      id: 'new-year-spring-festival',
      text: '临近元旦、春节“两节”，人员流动性大，各地要切实做好今冬明春疫情防控和节日市场保供工作。',
      year: 2021,
    },
    {
      id: 'mid-autumn-national-day',
      text: '中秋、国庆“两节”将至，各景区要加强客流管控，确保游客安全出行。',
      year: 2023,
    },
  ],
  六大产业集群: [
    {
      id: 'generic',
      text: '市里确定重点培育六大产业集群，每条产业链由一名市领导担任链长。',
      year: 2023,
    },
    {
      id: 'bishan',
      text: '璧山大力发展智能网联新能源汽车、电子信息、智能装备、生命科技、先进材料和数字经济六大产业集群。',
      year: 2023,
    },
  ],
  ...MORE_CASES,
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
      expect(explained.sense?.label, JSON.stringify(explained.sense?.reasons)).toBe(labelOf(entry, id));
    });
  });
}
