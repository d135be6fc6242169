/**
 * The cues the page classifier counts, as data. All are matched against normalised (simplified) text.
 * Each list names a kind of writing rather than a page seen in the evaluation set, so that it carries
 * to pages no one has looked at.
 */

/** Ledes and bylines of news reports. */
export const BYLINES = [
  /本报讯/,
  /本网讯/,
  /本台讯/,
  /\S{1,8}网讯/,
  /新华社/,
  /(?:^|[(（\s])记者\s*\S{2,4}/,
  /通讯员/,
  /新华社\S{0,8}电/,
  /中新社\S{0,8}电/,
  /中评社\S{0,8}电/,
  /据\S{1,12}报道/,
  /来源[:：]/,
  /责任编辑/,
  /编辑[:：]/,
  /发布时间/,
  /信息来源/,
  /稿源/,
  /发布机构/,
  /评论员/,
];
export const OFFICIAL_TITLES =
  /(?:省委|市委|县委|区委|党委|党组)?书记|省长|市长|县长|区长|乡长|镇长|主任|常委|局长|厅长|部长|总理|委员长|[省市县]领导|行政长官|司长/g;
export const MEETING_VERBS =
  /主持召开|强调|指出|调研|观摩|部署|座谈会|常务会议|专题会议|推进会|动员会|工作会议|贯彻落实|学习贯彻|出席|致辞|签约仪式/g;
/** The government speaking of itself, and the leader's name and instructions that open most reports. */
export const OFFICIAL_VOICE = /我[省市县区州]|习近平|总书记|重要讲话精神|重要指示精神|重要论述|党中央/g;
export const GOV_HOST =
  /(?:^|\.)(?:gov\.cn|gov\.hk|gov\.mo|people\.com\.cn|xinhuanet\.com|news\.cn|cctv\.com|cctv\.cn|cnr\.cn|chinadaily\.com\.cn|gmw\.cn|qstheory\.cn|ce\.cn|youth\.cn|chinanews\.com\.cn|chinanews\.com|ccdi\.gov\.cn|81\.cn|cpcnews\.cn|rmzxb\.com\.cn|workercn\.cn|legaldaily\.com\.cn|dahe\.cn|hnr\.cn|dzwww\.com|zjol\.com\.cn|jschina\.com\.cn|southcn\.com|cqnews\.net|hebnews\.cn|sxrb\.com|thepaper\.cn|bjnews\.com\.cn|ynet\.com|cnhubei\.com|hunantoday\.cn|fjsen\.com|jxnews\.com\.cn|scol\.com\.cn|gog\.cn|yunnan\.cn|nmgnews\.com\.cn|xjdaily\.com|lnd\.com\.cn|hljnews\.cn|chinajilin\.com\.cn|ahnews\.com\.cn|studytimes\.cn|12371\.cn)$/;
/** Party and state bodies, named in nearly every report and rarely elsewhere in such numbers. */
export const BODIES =
  /国务院|中共中央|全国人大|人大常委会|人民政府|政协|市委|省委|县委|区委|州委|党委|党组|党支部|纪委|监委|纪工委|代表团|市政府|省政府|县政府|区政府|特区政府|中央政治局|中央纪委/g;
/** Official documents: a document number (鲁政发〔2014〕20号) or the formulas that issue one. */
export const DOCUMENT =
  /[\u4e00-\u9fff]{1,6}发\s*[〔[(（]\s*(?:19|20)\d\d\s*[〕\])）]\s*\d+\s*号|印发给你们|请认真贯彻执行|请认真组织实施|请结合实际认真贯彻落实/;
/** A policy document cited by its title: 《关于……的意见》, 《……行动方案》, 《……规划纲要》. */
export const POLICY_CITATION =
  /《[^》\n]{2,60}(?:意见|方案|决定|规划|纲要|办法|通知|条例|措施|计划|报告|决议|准则|规定|建议|法)(?:[(（][^)）》]{0,20}[)）])?》/g;
/**
 * Officialese: the verbs and nouns of policy writing (推进, 落实, 体制机制, 高质量…). Commentary, theory and
 * business explainers use them as densely as reports do; fiction about officials, which borrows the
 * titles and the bodies, does not.
 */
export const OFFICIALESE =
  /推进|推动|落实|贯彻|深化|加快|加强|完善|健全|坚持|统筹|部署|实施|构建|提升|强化|促进|体制|机制|体系|格局|高质量|现代化|政策|举措|战略|重大|全面|新时代|中国特色|党中央|中央|国家|特区政府|党的|全会|精神|决定|意见|方案|规划|纲要|理论|思想|制度|治理|改革|开放|新征程|人民/g;
/** Pronouns of narrative (他, 她, 你): novels are full of them; policy writing speaks of bodies and plans. */
export const NARRATIVE_PRONOUNS = /[他她你](?!们)/g;
/** Lines that open with a quote, and quotes after a speech verb: dialogue. */
export const DIALOGUE = /(?:^|\n)\s*"|[道说问喊笑叹骂][:,]?\s*"|[说笑问叹骂]道/g;
/**
 * Taiwan's party politics, and Hong Kong's: what a page about an election there names. Mainland formulas
 * on the same page outweigh it (a Taiwan paper relaying Xinhua).
 */
export const LOCAL_PARTY_POLITICS =
  /民进党|国民党|民众党|时代力量|立委|立法院|蓝绿|蓝白|绿营|蓝营|泛绿|泛蓝|总统大选|总统选举|中华民国|中选会|不分区|民主派|建制派|泛民/g;

export type AgainstCode =
  'fiction' | 'dialogue' | 'company' | 'academic' | 'reference' | 'shop' | 'forum' | 'recipe' | 'sport';

/** Words that mark fiction, shops, forums, recipes and sport: reasons not to treat a page as policy writing. */
export const NEGATIVES: [RegExp, AgainstCode][] = [
  [
    /第[一二三四五六七八九十百千\d]+章|上一章|下一章|书架|小说|章节|求收藏|书网|玄幻|同人|笔趣阁|本章|免费阅读|全文阅读|连载|书友|精彩片段|主角|楔子/g,
    'fiction',
  ],
  [/[道说问喊笑叹][:：,，]\s*"/g, 'dialogue'],
  [
    /我公司|本公司|公司(?:顺利|荣获|获评|成功|入选|通过|称|于\s*\d)|我司|集团新闻|公司新闻|发布公告|证券代码/g,
    'company',
  ],
  [/摘要|关键词|关键字|中图分类号|文献标识码|参考文献|基金项目|论文/g, 'academic'],
  [/是什[么幺]意思|英[语文]怎[么幺]说|百科|词条|释义|网友|提问|最佳答案|范文|模板|小编|仅供参考|例句/g, 'reference'],
  [/加入购物车|立即购买|包邮|到手价|￥\s*\d|¥\s*\d|库存|规格参数|客服/g, 'shop'],
  [/楼主|回复\s*\d*\s*楼|发表于|沙发|只看楼主|帖子/g, 'forum'],
  [/食材|用料|做法[:：]|步骤\s*\d|适量|克\)|大火|小火/g, 'recipe'],
  [/比分|进球|球队|主场|客场|联赛|季后赛|夺冠/g, 'sport'],
];
