/**
 * The grammar the purpose reader applies over the lexicon's terms, as data (CBIRC-2020-28/5.1: 要坚持扶贫
 * 小额信贷户借、户用、户还，精准用于贫困户及边缘人口个人发展生产，不能用于结婚、建房、理财、购置家庭用品等非生产性
 * 支出，更不能集中用于政府融资平台、生产经营企业等).
 *
 * A purpose is read clause by clause (a clause ends at punctuation). Words here play roles, not categories:
 * - a **party** (an enterprise, a cooperative, a 大户, a relative, a government body) is a use only when the
 *   money is handed to it — after a hand-over verb (交给、委托、借给 …) or before a word of using (借用、使用、
 *   代为 …). Named only (卖给合作社、响应乡政府号召、给别人代收), it is context;
 * - an **object** (房子、媳妇 …) is a use only with a verb of building, buying, repairing or marrying near it;
 * - a **business** word (开店、跑出租、直播、进货 …) makes goods bought in its clause the business's equipment, and a
 *   prohibited word followed by a trade's suffix (婚庆服务店、装修活、殡葬用品店) names the household's own trade;
 * - **background** (去年、以前 … with 了/过) tells the past, not this loan's use;
 * - **negations** cancel what they govern; **contrasts** end a negation's reach.
 * A bank's own terms go in its lexicon (createLexicon); the grammar is the library's reading of 五.
 */
import type { UsagePurpose } from './usage-lexicon.js';

const words = (text: string): readonly string[] => Object.freeze(text.split(/\s+/).filter(Boolean));

/** Who may receive the money: a government body or its vehicle, an organisation, or another person. */
export type PartyKind = 'government' | 'organisation' | 'person' | 'household';

/**
 * Surnames that, with 某 or 某某 after them, stand for a person a file names without naming (借给王某, 转给李某某): judgments,
 * audit findings and inspection notes write people so.
 */
export const NAMED_SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池乌查麻阿蔺';

/** Places that stand for their government alone (交给村里), but only locate a party they come before (村里养牛大户). */
export const PLACE_PARTIES = words(`嘎查 旗里 村里 镇里 县里 乡里 镇上 乡上 县上 村上`);

export const PARTIES: Readonly<Record<PartyKind, readonly string[]>> = Object.freeze({
  government: words(`
    社区居委会 社区 国有的投资公司 国有投资公司 国有的公司 国有公司 村支两委 村两委 支两委 乡投公司 镇投公司 县投公司 村小组 村民小组 经管站 农经站 乡经管站 镇经管站 乡中心校 镇中心校 中心校 中心小学 村民委员会 村村民委员会 县水务 水务局 水利局 水务那边 水管站 乡水管站 水管所 农业服务中心 农业综合服务中心 农业农村服务中心 农技推广中心 农技中心 农技站 农经站 财政所 便民服务中心
    村账户 村里账户 村集体账户 村的账户 建设发展有限公司 建设发展公司 投资发展有限公司 投资发展公司 扶贫开发有限公司 扶贫开发公司 投资有限公司 投资开发有限公司 投资开发公司 发展投资有限公司 发展投资公司 工业园区 工业园 投资公司 开发公司 乡长 镇长 县长 村小组 村民小组 村党支部书记 党支部书记 支部书记 村支书 村书记 支书 村主任 村长 国有资本投资运营公司 国有资本投资公司 国有资本运营公司 国有资本 国有投资公司 乡村振兴发展集团 发展集团 国资 国资公司 国资委 城发集团 城发公司     政府 乡政府 镇政府 县政府 乡镇政府 人民政府 乡人民政府 镇人民政府 县人民政府 区人民政府 旗人民政府 乡镇人民政府 乡里 镇里 县里 村里 镇上 乡上 县上 村上 村委会 牧委会 村委 村两委 村部 街道办 管委会 城投 城投公司 交投 交投公司 农投 农投公司
    指挥部 工程指挥部 水利站 乡水利站 镇水利站 水务站 扶贫工作站 乡扶贫工作站 扶贫开发投资有限责任公司 开发投资有限责任公司 驻村工作队 驻村工作组 扶贫工作组 驻村帮扶工作队 扶贫工作队 扶贫办 县扶贫办 文旅投公司 旅投公司 县旅投公司 旅投集团 住建局 县住建局 住建部门 住建委 交通局 水利局 水务局 县水务局 农机局 畜牧局 畜牧兽医局 财政局 教育局 卫健局 文旅局 自然资源局 发改局 发改委 民政局 城管局 国有投资平台 国资平台 区属平台 县属平台 市属平台 乡扶贫办 镇扶贫办 扶贫局 乡村振兴局 农业农村局 县农业农村局 产业园 扶贫产业园 光伏扶贫电站 扶贫电站 村级光伏电站 村级光伏扶贫电站 财政所 乡财政所 财政局 县财政局 财政专户 投资平台公司 农业投资平台 国有公司 国企 平台公司 融资平台 政府平台 城建公司 城建投 建投公司 水投 文旅集团 政付 村集体 集体 村集体项目 投资集团 产业投资集团 国投 国投公司
  开发投资公司 扶贫开发投资有限公司 敬老院 开发投资有限公司 城投集团 管理区 农场管理区 嘎查 嘎查委员会 苏木 居委会
  `),
  organisation: words(`
    社区工厂 社区车间 魔芋厂 魔芋加工厂 竹笋加工厂 场主 铜器厂 银器厂 铜器加工厂 银器加工厂 铜器作坊厂 社区扶贫车间 屠宰场 肉联厂 果汁厂 场里 油厂 榨油厂 影楼 食品厂 冷冻厂 挂面厂 面条厂 粉条厂 罐头厂 制衣厂 电子厂 玩具厂 塑料厂 纸箱厂 淀粉厂 粉厂 米厂 面粉厂 药厂 木材厂 石料厂 水泥厂 预制厂 服装厂 鞋厂 纸厂 香菇厂 木耳厂 菌厂 茶厂 粉条厂 豆腐厂 饲料厂 果品厂 农业开发公司 农业开发有限公司 农牧开发公司 旅游公司 企业 公司 合作社 社里 米业 粮业 专业合作社 龙头企业 扶贫车间 车间 工厂 厂子 厂里 砖厂 老板 大户 养殖大户 种植大户 养牛大户 养羊大户 养猪大户 养殖户 种植户
    酒庄 酒厂 食堂 某家庭农场 村集体经济组织 集体经济组织 基地 养殖场 奶牛场 牧场 某投资公司 一家投资公司 私人投资公司 民间投资公司 民营投资公司 某投资有限公司 加工厂 农业公司 牧业公司 中心 工地上 乳业 企业家 包工头 工地
  `),
  person: words(`
    连手
    那个牛经纪 那个羊经纪 那个牛贩子 那个羊贩子 那个猪贩子 那个贩子 那个收羊的贩子 那个收牛的贩子 那个收猪的贩子 那个收鸡的贩子
    船主 船老大 大佬 同组的 同组 同队的 同屯的 之侄 其侄 之外甥 其外甥 社长 理事长 合作社社长 另一户 另外一户 别的户 其他户 幺叔 幺爸 二爸 三爸 四爸 幺舅 幺姑 幺姨 老庚 老同 老赵 老王 老李 老张 老刘 老陈 老杨 老孙 老周 老吴 老徐 老朱 老胡 老郭 老何 老罗 老郑 老梁 老谢 老宋 老唐 老许 老韩 老冯 老邓 老曹 老彭 老曾 老肖 老田 老董 老袁 老潘 老于 老蒋 老蔡 老余 老杜 老叶 老程 老苏 老魏 老吕 老丁 老任 老沈 老姚 老卢 老姜 老崔 老钟 老谭 老陆 老汪 老范 老廖 老贾 老夏 老韦 老付 老邹 老孟 老熊 老秦 老邱 老江 老尹 老薛 老闫 老段 老雷 老侯 老史 老陶 老黎 老贺 老顾 老郝 老龚 老邵 老覃 老武 老戴 老孔 老汤 老鲍 老葛
    老丈人 丈母娘 舅子 姑 大姑 二姑 小姑 老姑 姑妈 姨妈 舅妈 阿哥 阿舅 外家 同屯 乙方 对方 隔篱 村人 叔公 伯公 阿叔 阿伯 姑丈 姐 妹 大姐 二姐 小妹 嫂子 大嫂 二嫂 婶子 大舅 二舅 小舅 老舅 大姨 小姨     堂兄 表兄 胞兄 胞弟 兄长 隔壁     别人 他人 外人 人家 朋友 亲戚 亲属 表哥 表弟 表姐 表妹 堂哥 堂弟 堂姐 堂妹 大姐夫 二姐夫 三姐夫 大妹夫 二妹夫 小妹夫 姐夫 妹夫 小舅子 大舅哥 连襟 舅舅 叔叔 大伯 二叔 三叔 姑姑 姨
    小叔 小叔子 大伯子 其岳父 岳父 之兄 之弟 之姐 之妹 其姐夫 其妹夫 其姑父 其姨父 其弟弟 其哥哥 其姐姐 其妹妹 担保人 保证人 合伙人 表姐夫 表妹夫 堂姐夫 堂妹夫 姨父 小姑子 大姑子 俺舅 我舅 他舅 她舅 盖房户 建房户 盖房的人家 村会计 别家 邻居 同学 熟人 老乡 屯里人 村里人 同村 发小 哥们 战友 亲家 外甥 侄子 侄儿 女婿 哥 大哥 二哥 哥哥 弟弟 姐姐 妹妹 他 她 他们 她们 别人家 小叔子 老表 姑爷 带头人 致富带头人 弟 其弟 其兄 其姐 其妹 兄弟 俺兄弟 表叔 表婶 大爷 二大爷 三舅 姨夫 姑父 能人 哪家 同事 乡亲 前夫 前妻 别个 村委委员 支部委员 村支部委员 蔬菜经纪人 菜贩子 站长 场长 作业站站长 生产队长 队长 谁家 村文书 文书 出纳 村民组长 小组长
  `),
  // The household's own members: money they use is still 户用.
  household: words(
    `他母亲 她母亲 他父亲 她父亲 他老母亲 她老母亲 他老父亲 她老父亲 给他自己住 给她自己住 伢子 妹子 伢妹子 细伢子 他娘 她娘 他爹 她爹 他老娘 他老爹 娃他爸 娃他妈 孩子他爸 孩子他妈 她两口子 他两口子 她两口子自己 他两口子自己 他爸爸 他妈妈 她爸爸 她妈妈 他妈 她妈 他爸 她爸 他老妈 他老爸 孩子爸爸 孩子妈妈 孩子爷爷 孩子奶奶 孩子家 婆娘 他婆娘 他堂客 他婆姨 他自个儿 她自个儿 他自个 她自个 父母 爹妈 爹娘 姑娘 大姑娘 二姑娘 其子 堂客 婆姨 爷爷 奶奶 姥爷 姥姥 外公 外婆 俺爷 俺奶 我爷 我奶 自己 自家 本人 本户 我家 我们家 我 俺 俺家 咱家 自个 自个儿 老两口 家里 家人 全家 儿子 女儿 闺女 老伴 爱人 丈夫 妻子 其妻 其夫 老婆 夫妻 两口子 父亲 母亲 老父亲 老母亲 孙子 孙女 外孙 外孙女`,
  ),
});

/** Verbs that hand the money to the party after them: 交给合作社, 委托大户, 借给亲戚. */
export const HANDOVER_VERBS = words(`
  资金进入 贷款进入 钱进入 钱到了 贷款到了 钱最后到了 流向 流入 流进 流到 划拨到 划拨至 划拨给 转进 转进了 划转至 转至 划至 打至 汇至   注入 注资   归集到 归集 交给了 上交 钱放 钱先放 钱都放 钱全放 钱就放 贷款先放 贷款都放 入到 拿给 交给 交由 交与 转给 转交 打给 打到 打入 打进 打进了 汇给 投给 投到 投入 投资给 投资到 拨给 拨付 拨入 拨到 拨至 转入 转到 划给 划到 划转 划入 托付给 委托 托给 借给 借与
  借予 存放于 存放在 存放到 入了 入进 出借给 出借 借出 放给 放贷给 转借给 转贷给 转手给 存到 存入 入股 入股到 放到 放在 给了 贷给 交 交到 投
`);

/** Weak hand-over verbs: 给/由/让 hand over only when a word of using follows the party (给大户用, 由合作社代为经营). */
export const WEAK_HANDOVER_VERBS = words(`给 为 由 让 归 供`);

/** After a use, words that pay it from other money (修房的钱由女儿寄回, 是政府补助出的): not this loan's use. */
export const OTHER_MONEY_WORDS = words(
  `是另外借的 另外借的 是亲戚们凑的 亲戚们凑的 是亲戚凑的 的钱我们自己有 的钱俺们自己有 的钱自己有 是用的礼金钱 用的是礼金钱 用的礼金钱 的钱我自己有 的钱俺自己有 用的是自己的存款 用的是自家存款 的钱家里有 往后放 往后推推 先放一放 的钱再办 的钱来办 钱是另外的 是另外的钱 是另外一笔 另外攒的 屋里另外凑 家里另外凑 另外凑 另掏钱 另外掏钱 随礼够花 礼钱够花 礼金够了 礼金够 另掏的钱 另拿钱 另外拿钱 他舅掏的钱 他姨掏的钱 他叔掏的钱 他爷爷掏的钱 他奶奶掏的钱 他姥姥掏的钱 他姥爷掏的钱 亲戚掏的钱 用的是扶贫专项资金 卖粮凑 打算卖粮凑 卖粮食凑 卖牛凑 卖猪凑 是新农合报的 新农合报的 钱新农合报了 新农合都报了 新农合全报了 合作医疗全报了 医保报的 是医保报的 合作医疗报的 用的是专项资金 用的是财政资金 财政专项资金 另行筹资 另行筹措 另筹资金 另外筹钱 男方承担 婆家操办 男方操办 男方家操办 女方操办 女方家操办 亲家操办 婆家出钱 男方出钱 早攒够了 早就攒够了 都攒够了 已经攒够了 已攒够 女方承担 由男方出 医保报销 保险报销 大病保险报销 由家庭其他收入 其他收入负担 不由贷款支付 不由贷款 务工收入 打工收入 收入承担 未动用本笔贷款 未动用贷款 没动用贷款 公积金 自己贷的 他自己贷的 她自己贷的 是借亲戚的 是借的 向亲友所借 向亲友借的 打工所得 自己打工所得 系自己打工 打工攒的 另想办法 另外想办法 自己准备 政府报了 报了大半 报了一大半 寄回 寄回来 补助出的 补贴出的 政府出的 自己攒的 攒好了 早攒好了 早就攒好了 另有准备 家里另有准备 两口子攒的 攒的加上 亲戚凑的 亲友凑的 不从这里头出 不从这里出 不从这出 不从贷款里出 不从贷款里头出 不从这笔钱里出 不用贷款的钱 非贷款资金 拿的现钱 出的现钱 掏的现钱 不用这钱 不用这笔钱 不用这个钱 `,
);

/** Words that say the household did not join what was just named (资产收益扶贫，我家没参加). */
export const NOT_JOINED_WORDS = words(`没参加 没有参加 没参与 未参加 未参与 没加入`);

/** Denials after a word that also put off production (养牛的事再说), not only a prohibited use. */
export const DEFERRALS: readonly string[] = Object.freeze([
  ...OTHER_MONEY_WORDS,
  ...NOT_JOINED_WORDS,
  ...words(
    `未购 尚未购 还未购 未购置 尚未购置 的事过后再说 的事往后再说 早就还清了 早还清了 早都还清了 那是后话 是后话 以后的事 后年的事 明年的事 那是后年的事 那是明年的事 再讲 再讲吧 不做了 不干了 不弄了 不养了 不种了 可不干 俺不干 咱不干 我不干 都有了 已经有了 不缺 人手一部 不用买 不用再买 带过来的 没啥事 没什么事 没受损 没坏 没塌 好好的 准备好了 再也不弄 再也不搞 再不弄 往后放 往后推 没有搞 没搞 没搞成 没有干 没干成 没弄 没有弄 不用箍 不用修 不用盖 不用翻 不用建 并不存在 不属实 并不属实 系虚构 是假的 并未开展 未开展 没开展 没有开展 并未实施 再说 暂时不办 先不办 不办了 不着急 没搭 没买 也没买 都没得买 也没得买 没建 没养 未实施 不实 没实施 没有实施`,
  ),
]);

/** Words after an act, in its clause, that deny or defer it: 彩礼的事等两年再说, 住的房子不动, 饥荒也都还完了. */
export const DENIED_AFTER: readonly string[] = Object.freeze([
  ...DEFERRALS,
  // (乜帖不是这钱出的，是卖粮食的钱: a cost the text says this money did not pay — set 799.)
  ...words('不是这钱出的 不是这笔钱出的 不是贷款出的 不是从贷款出的'),
  // (母亲住院的钱是另外找亲戚借的: a cost the text says other money met — set 1003.)
  ...words('的钱是另外 的钱另外 的钱是另找 的钱是另借'),
  // (前年盖房欠下的钱这次没拿贷款还，另外打工还: a debt the text says this loan did not repay — set 928.)
  ...words('没拿贷款还 没用贷款还 没拿这笔钱还 没拿这钱还 不拿贷款还 不用贷款还'),
  // (买了8个小猪，修房等以后: a use put off to a later no date names — set 956.)
  ...words('等以后 等以后再 等往后 等将来 等以后有钱了 等有钱了 以后再说 以后再讲 以后再看 以后再商量 以后再议 将来再说 有钱再说 有钱了再说'),
  // (申请表上写的“建房”是写错了，应为建羊舍: a use the text says was written in error — set 932.)
  ...words('是写错了 写错了 是笔误 系笔误 属笔误 填错了 是填错了 不会填 是他家不会填 是她家不会填 乱填的'),
  ...words(`
  早结过了 早就结过了 没舍得修 都没舍得修 没舍得动 一分没用这个钱 一分钱没用这个钱 一分没用这钱 早办过了 早就办过了 无涉 均无涉 无关联 都没修 都没盖 都没建 都没动 都没砌 都没弄 没顾上修 还没顾上修 顾不上修 没顾上 还没顾上 顾不上 不沾边 不搭边 不搭界 再唠 再商量 再合计 等秋后 秋后再说 也没用这钱 没用这钱 没用这笔钱 没花这钱 不要彩礼 没要彩礼 不连着 不挨着 不连在一起 不在一起 跟贷款没关系 和贷款没关系 跟贷款无关 和贷款无关 跟贷款没有关系 是前年的事 是去年的事 是以前的事 是几年前的事 是早先的事 是头几年的事 不在这里头拿 不从店里拿 不在店里拿 不从这里头拿 不拿店里的
  没得问题 没问题 不成问题 还能看 有助学金 助学金 有医保 由医保 子女负担 由其子女负担 由子女负担 自己负担 系其儿子自己负担 另行偿还 另外偿还 另行归还 系其女儿负担 系其儿子负担 系其子女负担 由其女儿负担 由其儿子负担 女儿负担 儿子负担 系女儿负担 系儿子负担 由其子女承担 由子女承担 子女承担 由儿女负担 儿女负担 已经报销 他自己还 她自己还 随礼凑的 亲戚随礼凑的 没关系 无关 没有关系 没得关系 没啥关系 不相干 不是一回事 两码事 并非住房 并非借款人住房 并非其住房 并非自家住房 不是住房 非住房 并非住宅 不动 漏就漏吧 破就破吧 旧就旧吧 凑合住 将就住 凑合着住 将就着住 还完了 还清了 已还清 都还完 已经还上 不用了 不需要了 另立户 还上了 都还上 还清 报销 结清
  的事没得 那事没得 这事没得 的事不存在 不寻思 不寻思了 先不寻思 一事无证据 一事无依据 说法无依据 说法无证据 一事不属实 没考虑 没打算 没想过 已改正 已戒 戒了 情况不存在 情况不属实 举报不实 已结清 助学贷款 不能动 另有安排 多年 张罗 不沾边 暂不考虑 已办完 是自己盖的 早盖好了 已出嫁 雨露计划 政府补贴 靠低保 靠医保 有补贴 有补助 补贴了 打工挣 自己挣 自己打工挣 解决 不修了 不修 不盖了
  无新增 没有新增 未新增 有大病医保 大病医保 亲戚帮衬 有人帮衬 齐全 都齐全 备好了 早备好了 都备好了 备齐了 早就备好了 空置 空着 闲置着 是空的 空的
  早哩 早着呢 早着哩 还早 早呢 为时尚早 还早着呢 部分未动 部分没动 也没修 也没动 没有动 没花几个钱 没花啥钱 不动贷款 不动这笔贷款 没花多少钱 没碰 没碰过 无需改造 无需维修 无需翻修 无需加固 不需改造 不用改造 系其自有存款 自有存款 系自有资金 自有资金 系亲友随礼 亲友随礼 由子女分摊 子女分摊 以卖粮款偿还 卖粮款偿还 卖粮款缴纳 路费自付 自付
 不在本次用途 是危改补助盖的 危改补助盖的 补助盖的 补贴盖的 补助修的 补贴修的 政府给修的 政府给盖的 政府修的 政府盖的 给买的 给送的 靠卖 都有人买 有人买 成家了 已由 解决了 已解决 由男方 由女方 由亲家 男方操办 女方操办 亲家操办 有补助 减免 完毕 已完成 弄好了 修好了 盖好了 建好了 装好了 够住 还能住 就那样 不在本户
`),
]);

/** Words that mark what a form first said as not the real use: the use after them decides (经调查…实际用于…). */
export const REAL_USE_MARKERS = words(
  `其实家里 其实他家 其实屋里 我们查了 我们查过 俺们查了 我克看了 我们克看了 后来都搬到 邻居反映 村委会反映 群众反映 村民反映 后来都搬回 东西都搬到 东西都搬回 东西全搬到 结果全 结果都 结果是 说漏嘴了 说漏了嘴 说漏嘴 我们去看了 俺去看了 我去看了 信贷员去看 信贷员去看了 客户经理去看 客户经理去看了 去他院里瞅了 去院里瞅了 去他屋看了 去他家看了 去他屋一看 去他家一看 去看了一下 去眊了 俺去眊了 我去眊了 去眊了一下 哦不是 噢不是 哦不对 调取银行流水 调取了银行流水 调取流水 凭证摘要 转账凭证 付款凭证 入户看了 入户一看 入户看 上门看了 实际买的 其实一直 其实买的 实际建的是 实际盖的是 实际修的是 打开看 打开一看 去了一看 到家一看 一看是 实际买的是 实际购买的是 实际上 实际就 现场查看 现场查见 查见 经核查 查流水 逐户走访 ；查 ;查 。查 检查发现 检查时见 检查时发现 检查时看到 查账 出示 转账记录 付款记录 送货单 调解员到 调解组到 调解员看了 调解员去看了 调解员到场 到场发现 委员会认定 委员会确认 调委会认定 调解组查 查实 查证 证实 入户时看到 入户看到 入户看见 入户时看见 商定 最后商定 全家商定 调解结果 商量结果 最终决定 最后决定 认定用于 确认用于 核实用于 电话回访 回访 实际购置 实际购买 实际买了 ..不是 经调解 后改为 又改口 改口说 后改口 说错了 不对不对 流水显示 流水发现 调取流水 现场看到 现场见 现场只见 现场只看到 实地看了 实地见 回访时 复查时 复查发现 复查 复核 入户核查 实地查看 实地核查 实地走访 经实地 走访 得知 查明 经查 才知道 细问 原来是 说的是 实为 现场核查 核查 其实是 其实就是 其实平时 实际车辆 实际车子 问清楚了 问清楚是 实际平时 实际主要 实际一直 实际天天 实际都是 更正为 入户核实 核实 抽查发现 审计发现 发现资金 认定为 实际用于 实际用途为 实际用途是 实际用途 实际上是 实际是 实际拿去 实际用在 真实用途 实际用来 实际想 实际户主 实际借款人 实际本人 实际他 实际她 实际其 实际钱 实际这钱 实际该款 实际贷款 实际资金 实际没 实际没有 实际从没 实际并没 了解到 据了解 经了解 后来才知道 后来他老婆讲 后来他老婆说 后来他媳妇讲 后来他媳妇说 后来他老伴讲 后来他老伴说 后来她老公讲 后来她老公说 后来他屋里人讲 后来他家里人说`,
);

/** Words of using after a party that make it the one using the money (乡政府借用, 大户用, 合作社代为养殖). */
export const USING_WORDS = words(`
  支配 统一归集 归集 统一划入 统一划转 统一划给 划拨给 统筹 承建 负责还本付息 负责还款 负责偿还 承担还款 统筹使用 以我的名义 用我的名义 拿我的名义 借我的名义 以我们的名义 冒用 收走   用 使 使唤 使用 借用 借去 借走 拿去 拿走 收走 收去 统一使用 拿这笔钱统一 拿这钱统一 拿钱统一 拿贷款统一 拿大家的贷款统一 拿大家的钱统一 拿各户的贷款统一 拿社员的贷款统一 统一经营 统一管理 统一安排 统一调配 调配 统一养 统一喂 统一喂养 统一种 统建 代为 代养 代管 代种 托养 经营 管理 周转 垫资 垫 集资 融资 运营 营运 养 种
  集中本村 集中全村 集中各户 集中农户 取走 提走 领走 取用 收缴 开发 投资 入股 分红 做生意 做买卖 做羊生意 做牛生意 做牛羊生意 做小生意 做点生意 做点小生意 做水果生意 做药材生意 做服装生意 统一调度 在养 在喂 统一调去 统一调走 调去 调走 开厂 开店 统一用 统一收取 统贷 统借统还 统借 统一建 统一打包 集中起来 集中使用 搞项目 收上去
`);

/** Words of using that count only after 给 and the party: 给他们贷点款支持一下 (but 她想贷款 is her own application). */
export const GIVEN_USING_WORDS = words(`扩场子 扩建 扩大 扩 贷 支持 帮 周转 急用 换 买 还 开 凑资金 凑钱 凑款 筹资金 筹钱 筹款 进货 压货 上货 铺货`);

/** Work the household does on a person's house or goods, for a fee: 给人家修屋顶、换瓦 (a service, not a hand-over). */
// (俺给他换了井上的表，又给老李家接了三相电: an electrician's work for others.)
export const PERSON_SERVICE_WORDS = words(
  `做保洁 做开荒 做家政 做饭 做头发 做美甲 理发 剪头 补课 辅导 修 补 盖 刷 贴 铺 装 砌 换 接线 接了 接电 拉线 拉了线 开车 开拖拉机 开收割机 开挖机`,
);

/** Words of using that hand money only to a public body or an organisation: 交钱给村委会修晾晒场 (给别人家盖房子 is a service). */
export const PUBLIC_USING_WORDS = words(`修 建 修建 建设 搞 盖`);

/**
 * Verbs of farming that, with nothing else in the text to read, still say production: 种枣树, 养跑山鸡, 栽果苗. Not after
 * a character that makes them another word (各种, 培养, 保养, 赡养), and not before one (养老, 种类).
 */
export const FARMING_VERBS = words(`种 养 栽 喂 育 种植 养殖 栽培 饲养 放养 圈养 育肥 收 挖 采 剪 榨 腌 熏 晒 烘 磨 打`);

/** Crafts that say production wherever they stand, with nothing else in the text to read: 蜀绣, 瓷胎竹编, 擀毡, 酿米酒. */
export const CRAFT_CHARACTERS = '绣织编酿擀雕锻';

/** Others hiring what the household lets out: 就租去用, 来租 (哪家办喜事就租去用). */
export const HIRED_BY_OTHERS = '(?:就|都)?(?:租去用|(?<![用拿])来租)';

/** With nothing else to read, a machine (打奶机, 扒胎机) or a shop (打铁铺) named at the end of a phrase is the trade's. */
export const TRADE_ENDINGS = /[\u4e00-\u9fff](?:机|铺|店|坊|馆|厂)(?=$|[,.;，。；、和及等])/;
export const NOT_FARMING_BEFORE = '话各品培抚赡保营疗休供教修涵滋补调静那这哪某几催';
export const NOT_FARMING_AFTER = '访赏造电话听扮招扰算益老类家活病育成伤颜生子入到款钱息利账工完好上去回拾走';

/** Words after 给/帮/替 and a party that make the household the one serving, for a fee: 给邻居代养牛, 给别人代收. */
export const SERVICE_WORDS = words(
  `外发 托管种地 开收割机 开拖拉机 开铲车 开挖机 开钩机 翻地 耕地 旋地 耙地 整地 打垄 起垄 播种 拉脚 拉粮 拉砖 拉土 拉沙 拉砂 拉石 拉料 运土 运沙 运砂 运料 送料 运送 拉运 运建筑垃圾 拉建筑垃圾 挖土 挖沟 挖地基 平地 推土 送菜 做保洁 做开荒 做家政 做头发 做美甲 送盒饭 送饭 补课 理发 剪头 供 供应 供货 修车 修理 维修 拍 录 布置 主持 吹 唱 搭台 做饭 代养 代耕 代收 代种 代管 代加工 加工 干活 接活 揽活 打工 拉货 送货 收割 犁地 盖房子 修房子 杀年猪 杀猪`,
);

/** A word of using must begin within this many characters after a party (大户用: 0; 镇政府工业园区项目借用: 6). */
export const USING_WORD_REACH = 6;

/** A weak hand-over verb reaches a party beginning within this many characters after it (给村里养牛大户用). */
export const HANDOVER_REACH = 8;

/** How much further a hand-over verb reaches over a description of its party ending in 的 (转给户主在兰州开饭馆的弟弟). */
export const DESCRIBED_REACH = 6;

/** Words of interest: a person lent money at interest is 理财 (放贷), not a business's use of it. */
export const INTEREST_WORDS = words(
  `等利息 收点息 收点利息 吃点息 一天能生 高利贷 收高利 吃高利 放高利 放高息 放息 放贷 印子钱 差价 赚差价 利差 吃利差 月息 年息 月利 年利 利息 收息 收利 高息 吃息 利钱 连本带利 连本带息 返息 付息 赚利 生息 利率 的利 分利 分息 厘息`,
);

/** Objects that are a use only with a verb: 盖两间房子, 买个房子, 房子塌了要重建, 给儿子说个媳妇. */
export interface ObjectFrame {
  readonly category: UsagePurpose;
  readonly objects: readonly string[];
  /** Verbs (single characters or words) that may stand before the object within `before` characters. */
  readonly verbsBefore: readonly string[];
  readonly before: number;
  /** Verbs that may follow the object directly (房子塌了、房屋漏雨). */
  readonly verbsAfter: readonly string[];
  /** What the object is when it is the text's only use (买车: a family car or a trade's, a person must say). */
  readonly alone?: 'unknown';
}

export const OBJECT_FRAMES: readonly ObjectFrame[] = Object.freeze([
  {
    category: 'housing',
    objects: words(
      `砖混结构平房 砖混结构住宅 砖混结构楼房 土掌房 平顶房 砖混房 窑面 窑脸 围龙屋 眼窑 小楼 两层小楼 石头房 石房 石板房 住的窑 自家住的窑 住的窑洞 土楼 毡房 蒙古包 毡包 定居房 安置楼 吊脚楼 木房 老木房 睡觉的屋 睡觉的屋子 睡的屋 厨房 自家厨房 厕所 卫生间 木房子 厝 新厝 老厝 古厝 祖屋 老窑 老崖窑 崖窑 土窑 危窑 堂屋 上房 庄廓 庄廓房 泥砖屋 平顶屋 砖屋 木屋 土屋 二手楼 老宅 二手房 套房 住的屋子 藏房 藏式民居 碉房 住的板房 住的彩钢房 住的简易房 住的活动板房 房子 小房 小房子 小房屋 房屋 屋子 东屋 西屋 正屋 里屋 二层 房盖 楼 间 偏房 偏屋 住的房子 住的屋 住的房 住房 安置房 旧房 商品房 新房 住宅 自住房 自家房屋 新屋 老屋 老房 老房子 偏厦 危房 窑洞 旧窑 新窑 屋基 房基 旧宅 孔窑 孔砖窑 孔石窑 孔土窑 宅院 二手院子 山墙 屋山墙 正房 厢房 砖瓦房 砖房 瓦房 平房 楼房 土坯房 木楞房 草房 宅子 偏厦子 偏厦 住的地方 间房 间屋 间瓦房 间砖房 栋房 层楼 处房 套房 套楼`,
    ),
    verbsBefore: words(
      `冲垮了 冲毁了 冲塌了 盖 建 起 修 翻 买 购 装 扒 拆 改 砌 垒 搭 换 整 弄 收拾 拾掇 重建 重盖 重修 造 添 加 抹 粉刷 首付 付 置 接 扩 箍 打 搬迁 刷 做 看 用在 就是自家住的 就是自己住的 就是一家人住的 苫 现场为 现场是 实为 核查为 核实为 查看为`,
    ),
    before: 8,
    verbsAfter: words(
      `做防水 做了防水 浇楼板 浇顶 打楼板 自己建 自建 要自己出 后面的挡墙 后头的挡墙 后面的堡坎 后头的堡坎 尾款 首付款 接了个檐子 接个檐子 接檐子 接了檐子 接了个门斗 接个门斗 接门斗 接了门斗 加了个门斗 接了口 接个口 接口 重新起 苫 箍 的顶 的房顶 的屋顶 盖 加建 接出来 加一层 加了一层 新加了一层 加盖了一层 加盖一层 加层 接一层 塌 垮 漏 翻 装 修 改 破 倒 裂 扒 拆 换 鼓 歪 弄 整 拾掇 收拾 被 冲 毁 淹 上梁 封顶 施工 正在施工 在建 粉刷 刷 铺 吊 吊顶 返潮 墙 后墙 房盖 屋顶 顶子 透风 加盖 扩建 首付 维修 不能住 没法住 外墙 地坪 抬高 加固 防潮 的地基 地基 建设 进水`,
    ),
  },
  {
    // 盖个彩钢房住: a shed is a dwelling only when lived in (盖个彩钢房放农机具 is a store).
    category: 'housing',
    objects: words(`彩钢房 彩钢板房 板房 活动板房 简易房`),
    verbsBefore: words(``),
    before: 0,
    verbsAfter: words(`住`),
  },
  {
    category: 'marriage',
    objects: words(`媳妇 媳妇儿 儿媳妇 儿媳 儿妇 老婆 对象 亲事 堂客 婆娘 婆姨`),
    verbsBefore: words(`娶 说 讨 找 接 办 成 定 订 结 说上`),
    before: 3,
    // (帮崽把堂客讨进门: the object put first with 把, its verb after.)
    verbsAfter: words(`定了 定下了 定下来了 定好了 进门 过门 娶 娶进门 娶回来 娶回家 讨进门 讨回来 讨回家 接进门 接回来 接回家`),
  },
  {
    // 养10头猪, 买20只湖羊, 抓鹅崽500只: an animal with a verb of raising or buying is the household's own stock.
    category: 'production',
    objects: words(`牛 羊 猪 驴 马 骡 鸡 鸭 鹅 兔 鱼 虾 蟹 蜂 鹿 貂 狐 貉 鸽 鹌鹑 小牛 湖羊 黄羊 牛犊 羊羔 羔子 猪崽 鸡雏 鹅崽 鸭崽 鸡崽`),
    verbsBefore: words(`养 买 购 喂 抓 整 弄 补 添 引进 进 育 放养 饲养 圈养 繁育 放 放牧 投到`),
    before: 6,
    verbsAfter: words(
      `已购回 购回 已买回 买回来了 育肥 繁育 养殖 养 买 是他自己放 是我自己放 自己放 是户主自己 是自家 是自己 在他自己圈里 在自己圈里 在自家圈里 在他家圈里 在他自己家圈里`,
    ),
  },
  {
    // 种30亩, 包了20垧地: land farmed.
    category: 'production',
    objects: words(`亩 垧 亩地 垧地 晌地`),
    verbsBefore: words(`种 栽 包 租 流转 承包 扩种 耕`),
    before: 6,
    verbsAfter: words(``),
  },
  {
    // 开饺子馆, 开个早餐铺, 租门脸开店: a shop the household opens.
    category: 'production',
    objects: words(`店 铺 馆 坊 摊 摊子 门市 铺子 作坊 厂 部 档`),
    verbsBefore: words(`开 经营 办 盘 支 干 摆`),
    before: 8,
    verbsAfter: words(`开`),
  },
  {
    // 买台车, 买辆二手车: a vehicle, household goods unless its clause or text tells a trade; alone, unknown.
    category: 'household_goods',
    alone: 'unknown',
    objects: words(`车 车子 五菱 捷达 桑塔纳 金杯`),
    verbsBefore: words(`买 购 换 添 提 置`),
    before: 4,
    // (车子不买: a vehicle topic with its verb after.)
    verbsAfter: words(`买 换 提`),
  },
]);

/**
 * Words of the household's own trade. In a clause with one (and no word of family use), goods that could be
 * either (a freezer, a phone, a car) are the business's equipment: 买冰柜给小卖部, 买小汽车跑出租, 买手机开直播卖山货.
 */
export const BUSINESS_WORDS = words(`
  烧砖卖 是兽医 当兽医 做兽医 干兽医 村兽医 乡村兽医 是村里的兽医 是村上的兽医 下村给 贩卖 倒卖 收租金 租出去收租金 一桌收 每桌收 一桌能收 婚庆音响 厨师队 厨子队 一人收 每人收 一个人收 彩门 充气彩门 自家的营生 营生 包办酒席 由她包办 由他包办
  一场收 一场能收 按场收 一场挣 一场收费 一场要价
  做演出服 做舞台演出服 做汉服 做戏服 缝纫车间 加工车间 生产车间 按件算钱 按双算钱 按件拿钱 计件工资 给厂里缝 给厂里做
  摊点 肉摊点 一车挣 一趟挣 一车能挣 一趟能挣 往厂里倒 往厂里送 驮茶叶 驮茶 驮货 驮化肥 驮玉米
  拉客人转一圈 带客人转一圈 拉游客转一圈 拉客转一圈 票钱自己收
  红白事上的厨子 红白喜事上的厨子 红白事的厨子 租用收钱 租出去收钱
  进了一批 进一批 都来订 流动厨师 给人家办席 给人办席
  扶贫车间里租 车间里租了 车间里租 在扶贫车间
  傣家乐 给人做衣服 给人家做衣服 做傣装
  给婚庆公司出婚车 给婚庆公司跑婚车 给婚庆公司开婚车 给婚庆公司开车 给婚庆公司当司机 给婚庆公司拉人 一趟结一趟 一趟一结 按趟结 按趟拿钱 冲单 冲单量 单量 送件 派件 揽件 拉自家菜 拉菜赶集 拉自家的菜
  送液化气 送液化气罐 送煤气 送煤气罐 送气罐 液化气站 煤气站 货拉拉 跑货拉拉 运满满 汽修 汽修店 汽修厂 跑大货车 跑货车 跑大车 开大货车 羊肉馆 手抓羊肉馆 牛肉馆 羊肉店 的客 的客栈 跑客 米线店 石场 采石场 砂石场 米粉店 卷粉店 进米线 帮人家拉 帮人拉 拉一趟收 拉一趟挣 往镇上送 往县城送 拉砂 拉沙 拉土 拉石 运土 运送 拉运 拼车 跑拼车 滴滴 收破烂 收废品 废品回收 回收废品 地磅 坝坝宴 拉料 供应沙石 供应砂石 供沙 供砂 代加工 给人做 给人贴 给人铺 给人刷 给人装 给人砌 给人盖 给人修 搞家装 干家装 做家装 流动席 席班子 流水席的 给人办席 按桌收 月嫂 家政 保洁 开荒保洁 钟点工 护工 上门护理 护理包 按摩 代驾 送外卖 骑手 众包 跑腿 顺风车 拉人 开锁 换锁 疏通 抽粪 抽粪车 化粪池 理发 美甲 美容院 美容店 美容仪器 贴膜 汽车美容 托管辅导 小学生托管 课后托管 午托 辅导班 补习班 家教 补数学 补英语 给学生补课 月子餐 外送 送盒饭 送饭 家电清洗 清洗设备 做图 平面设计 接网上 上门 上户 上下户 下屯子 开烧烤 修摩托车 修电动车 修家电 进点 婚宴厨房 流动婚宴 流动厨房 保温箱
  摆在自家门市 摆在自家店 摆在自家小卖部 摆在自家超市 自家门市 对外销售 拉着班子 拉班子 一场下来 一场能挣 能挣 拉材料 拉建材 拉草 拉饲草 拉饲料 拉秸秆 拉粪 送粪 送羊粪 送牛粪 拉肥 拉化肥 往地里 拉苞米 拉玉米 拉稻谷 拉果子
  做席 流动酒席 坝坝席 承包坝坝席 接坝坝宴 接坝坝席 帮人整酒席 帮人整酒 给人整酒席 给人整酒 拉宣传 放电影的 酒楼 砖窑 编竹 竹编 打字复印 承办 酒席承办 小饭桌 跑出租 出租车 开出租 网约车 滴滴 拉客 载客 载人 跑摩的 开摩的 裁缝 铁匠 铁匠铺 锁边机 踩缝纫机 两台缝纫机 三台缝纫机 蒙古袍定制 定制蒙古袍 揸摩的 跑单 送外卖 驮菜 营运 跑运输 运输 拉货 送货 拉脚 货运 物流 快递 外卖 直播 网店 电商 开店 门市 门面 店面 商铺 铺面
  店铺 铺头 士多 小卖部 超市 饭店 餐馆 饭馆 小吃 进货 卖货 经营 生意 冷藏 冷饮 营业 揽活 接活 干活用 拉活 收购 贩 倒腾 卖 销售 批发 零售 摆摊 出摊
  拉散客 跑线 跑线路 拉水 送水 拉水挣钱 多摆几桌 多摆几张桌子 多放几桌 承包工程 工程垫资 垫资 饭店里用 饭店用 店里用 店内 存放于店内 放在店内 馆子里用 生意上用 营业用 游客接送 光伏板 并网 卖电 送桶装水 桶装水 接送村民 接送乘客 接送游客 接送本村 接送工人 接送打工 按人头收费 按趟收费 收车费 收运费 运费 收工钱 工钱 工作室 办公室 做翻译 当翻译 翻译服务 报关 广告 民宿 客栈 农家乐 渔家乐 牧家乐 开店用 店里 店用 铺子 作坊 加工 代收 代耕 给人干活 给人家干活 出租给 挣钱 赚钱 出租 租给 跑活 收废品 揽活儿 接活儿 修车 修理
  贩运 澡堂 澡堂子 收笋 收竹笋 收鲜笋 收手工钱 收手工费 领活回家 浴池 洗浴中心 洗浴 搭客 揸车 揸摩托 夜宵档 夜宵 做生理 托育 托育点 托育园 家庭托育 收费照看 照看幼儿 外发活 外发加工 按件算钱 按件计钱 计件 驿站 快递点 接订单 接订 订做 定做
  大排档 排档 烧烤档 给人家办红白喜事 掌勺 档口 夜市 客房 包间 游客 接待游客 请客人 客人 社区团购 团购 团长 冻品 放货 接单 改衣 飞防 植保 代购 牧家乐 收鸡蛋 收山货 收药材 走村 串村 出诊 看病收费 去地里用 下地用 地里用 拉庄稼 客运 跑客运 卖到 送水 送菜 送奶 大席 包席 承接 主持 布置 跟拍 裁缝活 活路 坝坝宴 做买卖 买卖 往外租 一条龙 拉猪 拉牛 拉羊 拉粮 拉菜 拉瓜 拉果 拉菌子 拉蘑菇 拉松茸 拉核桃 拉烟叶 拉茶叶 拉花椒 拉沙 拉砖 拉土 拉木头 运费 收猪 收牛 收羊 收粮 收玉米 收苞米 收黄豆 收大豆 收稻子 收小麦 收红枣 收辣椒 收土豆 收花生 收核桃 贩牛 贩猪 杀猪 屠宰
  挣车钱 收车钱 挣车费 收车费 挣运费 拉屯里人 拉村里人 乡厨 保鲜鲜奶 鲜奶保鲜 存鲜奶 流动宴席 给人办红白事 菜摊 批菜 出流水席 出席用 席面用 冻席面 拉帮厨 拉锅灶 锅灶桌凳 歌厅 开歌厅 卡拉OK厅 给人家办红白事 接客 接客用 专门接客
`);

/** A business word begins with one of these characters or is one of the BUSINESS_WORDS: 开…店. */
export const SHOP_NOUNS = words(`店 铺 馆 部 行 坊 厂 摊 档 所 站 公司 队 维修点 修理点 服务点`);

/** Suffixes that make a prohibited word the name of a trade the household runs: 婚庆服务店, 装修活儿, 殡葬用品店. */
export const TRADE_SUFFIXES = words(`
  服装出租店 服装出租 服装租赁 服装店 司仪 小队 工程队 施工队 装修队 跟拍 零工 投注站 销售点 代销点   出租 礼仪 饭庄 饭店 酒楼 酒店 餐厅 花车 花篮 车队 店 铺 服务 用品 活 活儿 队 生意 车行 商行 门市 门店 门头 门脸 摊 厂 坊 维修店 维修部 维修队 维修铺 修理铺 租赁 批发 销售 配件 手艺 设备 部 摄影 影楼 加工 零件 一条龙
`);

/** Verbs that, right before a prohibited word, make it a trade: 开婚庆, 干装修, 做家具. */
export const TRADE_VERBS = words(`开 开办 开设 创办 干 做 经营 自营 从事 学 跑`);

/** Words of family use that keep goods household goods even beside a business: 买个冰箱家用. */
export const FAMILY_USE_WORDS = words(`
  一家人出门方便 一家七口出门方便 一家子出门方便 全家出门方便 一家人出门 全家出门
  搁家看 搁家里看 放家看 走人家 开起去耍 开去耍 开着去耍 开出去耍 开车去耍 日常出门坐 家里人日常出门坐 出门坐 家里拉人赶集用 家里拉人 拉人赶集 回娘家 自个儿用 自个用 她自个儿用 他自个儿用 在家学习 学习用
  上学坐的 接送婆娘 接送老婆 接送媳妇 搬到自家屋里 搬回自家屋里 屋里自己用 放家人吃的 家人吃的东西 家中普通 搬到家里 搬回家里 搬到家里屋子 家里自己用 家里自己坐 自家用的 自家坐 屋里自家坐 家里坐 屋里坐 家里放肉 自家看 家里看 屋里看 过年杀猪 屋里使 家里使 住屋里使 走人户 走亲戚 串亲戚
  溜达用 出去溜达 上街溜达 遛弯用 平时家里坐 家里人坐 作为直播背景 当直播背景 做直播背景 作直播背景 直播背景 直播间背景 直播间的背景 供家庭使用 家庭使用 放置于客厅 放在客厅 摆在客厅 在厨房 放厨房 放在厨房 自家吃的 自家的菜 家里新添 家中新添 家里新买 家中新买 家里添了 家中添置 家里添置 放家里 放在家里 屋企 喺屋企
  给全家 全家每人 每人一部 给家里人 家里人用 供家人 供家里人 家人用 家人看 安装在自家 安装在家里 装在自家 装在家里 安装于借款人住宅 安装于住宅 安装在住宅 安装于自家 一家人出门 全家出门 家里人出门 出门方便 家庭出行 出行 家用 家里用 自用 自家用 自己家用 自己用 家里自己用 代步 接送 串门 走亲戚 浪亲戚 串亲戚 看亲戚 走亲访友 私家 客厅 卧室 摆在家里 摆在自家 家里喝 自己喝 自家喝 家里吃 自己吃 自家吃
`);

/** Weaker words of the family (孩子, 老人): they make goods the family's in their own clause, or where no trade is told. */
export const FAMILY_WORDS = words(
  `上城里方便 进城方便 上街方便 出门方便 赶集方便 给孙子玩 给孙女玩 给孩子玩 给娃玩 开去上班 开着上班 骑去上班 开去镇上上班 开去县城上班 开着去镇上上班 开着去县城上班 开着去工业园上班 开着去厂里上班 骑着去镇上上班 骑着去厂里上班 上班开 上班骑 赶场坐 家里赶场 接送孙子上学 接送孙女上学 送孙子上学 送孙女上学 接送小孩上学 接送孩子上学 送孩子上学 接送孩子上下学 接送娃上学 送娃上学 送娃娃上学 家里坐 主要是家里坐 刷抖音 刷快手 看抖音 看快手 刷短视频 刷视频 赶集买菜 赶集用 赶集骑 老伴赶集 出门办事 出门拉人用 买菜用 拉家里人 拉家人 家里也 家里又 家里顺便 顺便换 顺带换 给屋里 屋里用 自家厨房 上下班 接送小孩 接送孩子 拉老人 上学 上网课 网课 看电视 给家里 孩子 娃娃 老人 做饭 老婆孩子 拉娃娃 赶集买东西 看病 接孙子 接孙女 送孙子 送孙女 接孩子 送孩子 拉孙子 拉孙女 接送孙子 接送孙女`,
);

/** Goods that are household goods for a family but equipment for a trade. */
export const DUAL_USE_GOODS =
  words(`打地坪 地坪 打水泥地坪 硬化地坪 买煤 拉煤 买炭 打茶机 电动打茶机 房租 交房租 旅游 洗澡间 电驴子 四轮车 电动四轮车 过年 取暖 摩托 地板 木地板 铺地板 炉子 换门窗 安门窗 三轮车拉 保费 取暖炉 漏雨 年货 窗户 塑钢窗 外墙 铺地砖 贴瓷砖 刷墙 抹墙 屋顶 房顶 漏风 打茶机 电三轮 床上用品 
  点歌机 地毯 煤气炉 买煤气炉 太阳能板 太阳能电池板 蓄电池 煤气灶 买煤气灶 煤气罐 买煤气罐 冰柜 冰箱 冷柜 冷藏柜 展柜 手机 智能手机 电脑 笔记本电脑 汽车 小车 小汽车 轿车 小轿车 面包车 摩托车 电动车 电瓶车 三轮车 电动三轮 家具 沙发 空调 音响
  防盗窗 封阳台 地暖 铺地暖 地砖 瓷砖 铺了地砖 贴了瓷砖 换瓦 翻瓦 捡瓦 补瓦 检瓦 铺瓦 铺彩钢瓦 铺石棉瓦 铺油毡 厨房用具 厨房用品
  电视 车 车子 suv 越野车 吉普车 基普车 装修 翻新 翻修 修缮 房屋维修 小房屋维修 吊顶 抹墙 保温 刮大白 外墙保温 换窗户 修房顶 修屋顶 换门窗 装门窗 安装门窗 更换门窗 家电 电器 货车 小货车 电动三轮 电动三轮车 买车 买辆车 买台车 换车 床 衣柜 大衣柜 饭桌
  桌椅板凳 火炕 盘火炕 改了地热 改地热 烟道 换烟道 修了烟囱 修烟囱 灶房 修灶房 捷达 桑塔纳 五菱 金杯 皮卡 皮卡车 老头乐 电动四轮 四轮子 小四轮 三马子 暖气管子 暖气管 走暖气 走的暖气
  学习桌 台灯 书架 写字台 书桌 航拍机 小航拍机 厨房家什 厨房家伙 厨房设备 买的三轮 买了三轮 买了个三轮 买个三轮 买辆三轮 买了辆三轮 买了一辆三轮 一辆三轮
`);

/**
 * Housing words that only say rooms are lived in (楼上住人, 二楼自家住): a dwelling where something is built, bought or
 * repaired in the text, a description of the house where nothing is.
 */
export const LIVED_IN_WORDS = words(
  `人住那边 人住的那边 人住那头 人住的那头 住人 一家人住 全家住 一家住的 一家子住 二楼自家住 楼上自家住 二楼自己住 楼上自己住`,
);

/** Words that set a clause in the past: 前年炒股赔了, 去年盖了房. */
export const PAST_WORDS = words(
  `前岁 去岁 年时 早几年 早给完了 早就给完了 早花完了 早就花完了 早花光了 早就花光了 刚办完 办完了 刚给 上一笔贷款 上笔贷款 上一笔扶贫贷款 原贷款 旧年 上年 嗰阵 嗰时 以往 曾 曾因 已参加 2020年 2021年 2022年 2023年 2024年 2025年 2010年 2011年 2012年 2013年 2014年 2015年 2016年 2017年 2018年 2019年 前两年 去世 过世 病故 患 患有 常年 长期卧床 卧床 解决的 花了 花掉 赔了 亏了 被骗 欠下 后来 去年 前年 大前年 前几年 前些年 早年 早些年 以前 之前 先前 曾经 过去 原来 那年 当年 几年前 多年前 年前 上次 上回 头几年 那会儿 已经 早就 早已 早攒 时候 那时 上个月 上半年 头年 头两年 头些年`,
);

/** Words of time that bring a narrative back to the present or the future: 今年, 现在, 本次贷款. */
export const PRESENT_WORDS = words(
  `今次 而家 一大半 一小半 一半 剩下的 今年 现在 目前 如今 眼下 本次 这次 此次 此笔 本笔 这笔 这回 这钱 明年 开春 今后 以后 往后`,
);

/** Words of intent: a clause with one is about this loan, unless a word of the past governs it (以前打算翻盖房子). */
export const INTENT_WORDS = words(`需 想 打算 计划 准备 需要 要 申请 用于 用来 拟 将 还得 得`);

/** Characters of a finished act: a past clause must have one to be background. */
export const COMPLETED_MARKS = words(`了 过 完 掉 咗`);

/**
 * Neutral words: matched so that the terms inside them do not count, and counted as nothing. 不光/不仅 are not
 * negations; 卖给/售给 sell to a party, which is not a hand-over; 还贷款/还款 after a sale tell how the loan is repaid.
 */
/** Household members, then their own name used: 我爹用他的名字贷的 is the member's own loan, not a name borrowed. */
const MEMBERS_OWN_NAME = words('我爹 我爸 我父亲 父亲 俺爹 俺爸 我娘 我妈 俺娘 俺妈 母亲 老伴 我老伴 我媳妇 媳妇 我男人 我老公 户主').flatMap((m) =>
  words('用他的名字 用她的名字 用他自己的名字 用她自己的名字 以他的名义 以她的名义 用他的名义 用她的名义').map((n) => m + n),
);

/** A place, then a shop in it: 镇上建材商店 is a seller the place only locates, not the place's government. */
const SHOPS_IN_PLACES = PLACE_PARTIES.flatMap((p) =>
  words('建材商店 的建材商店 建材店 的建材店 商店 的商店 超市 的超市 农资店 的农资店 五金店 的五金店').map((s) => p + s),
);

export const NEUTRAL_WORDS: readonly string[] = Object.freeze([
  // (老三在用老大户头的扶贫贷款: an account's name, not a big household — set 1008's round.)
  ...words('大户头 户头'),
  // (定期来拿药: regularly, not a fixed deposit — set 1004.)
  ...words('定期来 定期去 定期拿药 定期复查 定期检查 定期体检'),
  // (他哥以为钱拿去修房子了: a belief, not money given for 为 someone — review 147.)
  ...words('以为 还以为 都以为'),
  // (佤族人家嫁姑娘要办三天: a family named by its people is the household spoken of, not another party — set 933.)
  ...words('族人家'),
  // (不打算盖房子，也没得结婚的: no one in the household to marry — set 961.)
  ...words('没得结婚的 没得人结婚 没得人要结婚 没得娶媳妇的'),
  // (这钱要好生理财，莫乱花: to manage money with care, not an investment — set 975.)
  ...words('好生理财 好好理财 要会理财'),
  // (安空调两台，户主说夏天热得住不成: heat or cold that makes a house hard to bear is why goods are bought — set 957.)
  ...words('热得住不成 冷得住不成 热得没法住 冷得没法住 热得住不下 冷得住不下 热得待不住 冷得待不住'),
  // (到昆明找活路，钱用于租房吃饭: looking for work is no trade of the household's — set 944.)
  ...words('找活路 找活干 找个活路 找点活路'),
  // (上门姑爷 家里要办酒席: a son-in-law who marries into the family is no door-to-door trade — set 913.)
  ...words('上门姑爷 上门女婿'),
  // (村委会统一团购化肥，户主交钱买了自家用的: a body's group purchase the household pays its share of — set 915.)
  ...words('村委会统一团购 村里统一团购 村上统一团购 村委统一团购 村委会组织团购 村里组织团购'),
  // (仍按原来说的用在养鸡上: a use kept as first said, not a claim taken back — set 898.)
  ...words('按原来说的 照原来说的 按原来说 照原来说'),
  // (村文书证实已种: a village clerk who vouches is a witness — set 898.)
  // (我去修圈那会圈里就是空的: mending a pen named only to date what was seen.)
  // (购牛收据与放贷时间一致: the bank's lending, named only to date a receipt; 家里另有摩托代步: goods the family already had;
  // 盖房的账户主说靠打工慢慢还: a house's debt paid from other money — sets 900, 902, 906.)
  ...words('放贷时间 放贷日期 放贷当天 家里另有摩托代步 另有摩托代步 家里另有摩托 盖房的账'),
  ...words('修圈那会 修圈那阵 修圈的时候'),
  ...words('村文书证实 村干部证实 村会计证实'),
  // (在县城水族文化广场边摆摊: a square named only as where a stall stands — set 871.)
  ...words('文化广场边 广场边摆摊'),
  // (确认该房屋仅用于烘烤香菇，无人居住: a building found used only for the trade, no one living in it — set 870.)
  ...words('房屋仅用于 该房屋仅用于 无人居住'),
  // (倒插门的姑爷会开车; 易地搬迁分了新楼房; 搬迁到新房后买厨具; 蚕房（独立于住房，不住人）: a member, a flat allotted, a move,
  // a building kept apart from the dwelling — review 135 and sets 877-880.)
  ...words('倒插门的 分了新楼房 分了楼房 分到新楼房 分的新楼房 搬迁到新房后 搬进新房后 搬到新房后 独立于住房 不住人'),
  // (上门女婿刘强与户主同一户口: a son-in-law who married in, named as a member, is no wedding — review 134.)
  ...words('上门女婿与 上门女婿同'),
  ...[...NAMED_SURNAMES].map((surname) => `上门女婿${surname}`),
  // (喂了10头猪，过年杀了一头自家吃，其余都卖了: one of the household's own stock eaten at New Year — set 865.)
  ...words('过年杀了一头 过年杀一头 过年杀了两头 过年杀两头 过年宰了一头 过年宰一头'),
  // (一楼改成农家乐…楼上照旧住人: the rest of the building lived in as before, nothing done to it — sets 828-835.)
  ...words('照旧住人 照常住人 依旧住人 仍旧住人 仍然住人 照样住人'),
  // (看起像建房其实是做生意: a likeness denied in the same breath — set 858.)
  ...words('看起像建房 看着像建房 看起来像建房'),
  // (自家老碉楼震后已不住人…作观光点收门票: a watchtower is no dwelling — sets 828-835.)
  ...words('碉楼 老碉楼'),
  // (苗年的时候给小儿子办喜酒: a festival's time is a date in the year, not the past.)
  ...words('苗年的时候 藏历年的时候 彝族年的时候 过年的时候 春节的时候'),
  // (冷柜在加工间，不在家里用: the family's use denied, like 不是家里用.)
  ...words('不在家里用 不在家用 不放家里用'),
  // (存银行利息太低，不如拿来买牛: a bank deposit weighed and passed over.)
  ...words('存银行利息太低 存银行利息低 存银行利息少'),
  // (牛羊交易市场里: a market is no farm's 场里; 我看着他用的: the writer saw the borrower use it, no one else.)
  ...words('市场里 看着他用的 看着他用 看着她用的 看着她用'),
  // (姊妹节, 苗年: festivals, not a sister or seedlings; 赔给: a compensation paid; 帮人砌房: a mason's work.)
  ...words('姊妹节 姐妹节 苗年 过苗年 赔给 帮人砌房 给人砌房'),
  // (散给亲戚邻居: meat handed round, not money; 挣钱过日子: a living earned; 拉媳妇回娘家: a wife driven to visit her family.)
  ...words('散给 挣钱过日子 赚钱过日子 拉媳妇回娘家'),
  // (砖砌屋后头的卤菜灶, 泥工帮人砌屋: a thing built behind the house, or a mason's work for others.)
  ...words('砌屋后头 砌屋后面 砌屋前面 砌屋旁边 砌屋门口 帮人砌屋 给人砌屋 替人砌屋 帮别人砌屋 给别人砌屋'),
  // (宰牲节前从各村收羊…卖: the festival names when, not a slaughter the loan paid.)
  ...words('宰牲节前 古尔邦节前 宰牲节（古尔邦节）前 古尔邦节（宰牲节）前'),
  // (用于自家拉粪、拉粮，未作家用: a family use the text denies.)
  ...words('未作家用 没作家用 不作家用 未做家用 未用作家用'),
  // (来电人认为被村干部误导: one misled by a cadre hands the cadre nothing.)
  ...words('被村干部误导 被干部误导 被村里误导'),
  // (驱鸟炮打麻雀，护住这二十亩谷子: sparrows driven off a crop, not mahjong.)
  ...words('驱鸟炮打麻雀 炮打麻雀 驱鸟打麻雀 赶麻雀 轰麻雀 吓麻雀'),
  // (本户无家具经营: a trade the household is said not to run.)
  ...words('无家具经营 无家电经营 无家具生意 无家电生意 无相关经营 无相关生意 无经营活动 无任何经营'),
  // (织金, 国家政策: a county's name and the state's policy hold no use.)
  ...words('织金 国家政策'),
  // (做好的衣服拿到集市和阔时节上卖: a festival named as where goods are sold is a market.)
  ...words('阔时节上卖 阔时节卖 阔时节去卖'),
  // (儿媳妇娶进门了 今年小两口跟俺一块过: a wedding told as done is background, not this loan's use.)
  ...words('儿媳妇娶进门了 媳妇娶进门了 儿媳妇已经娶进门 媳妇已经娶进门 儿媳妇早娶进门了'),
  // (黄金洞乡: a township's name.)
  ...words('黄金洞'),
  // (说是要给闺女攒嫁妆钱: money the household means to save, not the loan's use.)
  ...words('攒嫁妆钱 攒嫁妆 攒彩礼钱 攒彩礼'),
  // (申请表用途栏被水打湿看不清: a form soaked, no beating of anything.)
  ...words('打湿 被水打湿'),
  // (家里来客人多…来客人体面些: guests of the family's, not a trade's customers.)
  ...words('家里来客人 家里来客 来客人体面'),
  // (你就放心念书吧: a grandparent's words to a grandchild at school, no use.)
  ...words('放心念书 安心念书 放心读书 安心读书'),
  // (羊都放出去了，租的是村里的冬牧场: stock let out to graze, not money lent out.)
  ...words('羊都放出去 羊放出去 牛都放出去 牛放出去 牛羊都放出去 牲口都放出去 马都放出去'),
  ...MEMBERS_OWN_NAME,
  ...SHOPS_IN_PLACES,
  ...words(`
  回娘家住 卖家 卖主 做屋里 来走亲戚的 来串亲戚的 上门女婿跟 上门女婿和 政府补了 政府补了一部分 政府补一部分 厨房使的 厨房用的 电话都打到 电话打到 电话打到了
  守到彩票店 守在彩票店 泡在彩票店 蹲在彩票店 坐观光车 坐了观光车 坐的观光车 坐缆车 坐游船 住宾馆 住酒店 住旅馆 住旅店 原来房子 原来的房子 原来的老房子 原来的屋子 原来的屋 屋企唔住 唔住呢度 不住这里 打瞌睡 瞌睡 放给客人 放给游客 村上查了 村里查了 乡里查了 镇上查了 村上来查 村里来查 主持人 搬家里 搬回家里 搬进家里 搬到家里 物流拉来 物流送来 物流运来 快递送来 快递拉来 快递运来 村里村外 村里村外的 屯里屯外 乡里乡外 只是统一买 只是统一购买 统一卖粮 统一卖粮食 跟家里房子没关系 和家里房子没关系 跟房子没关系 跟自家房子没关系 前年就结婚了 去年就结婚了 早就结婚了 早结婚了 结婚前多攒点 结婚前攒点 结婚前多攒 查无运输经营 查无经营 上学坐校车 坐校车 上学路远 屯里人买东西 自己用也往外租 自己用也出租 自己用也租给别人 大部分钱 一部分钱 修路施工噪音 旁修路施工 边修路施工 村里人买东西 屯里人来买 村里人来买 乡亲们买东西 家里吃的东西不往里放 家里吃的不往里放 家里吃的东西不放 电话打到村里 都打到村里了 打电话打到村里 过年就出栏 过年出栏 过年前出栏 过年就卖 过年炖 过年燉 上门推销 上门推销的 站里代购 服务站代购 帮忙代购 给俺代购 替俺代购 那是老账 那是旧账 这是老账 那都是老账 那是以前的账 移民新村统一建的房子 统一建的房子 危房改造政府给盖的 政府给盖的 做结婚穿的 政府统一建设的易地搬迁安置房 政府统一建设的安置房 政府建设的安置房 网上平台挂出 平台挂出 在网上平台挂 网上平台购买 网上平台下单 网上平台上买 网上平台买 网上平台订购 网上平台订 骑摩托撞 骑摩托车撞 户主自用于 本户自用于 借款人自用于 政府统一建的易地搬迁安置房 政府建的安置房 政府统一建的安置房 代为收购 新加的楼层 加的楼层 新加楼层 村里清真寺 村里的清真寺 村上清真寺 村上的清真寺 政府统一建的 政府建的 政府统一盖的 政府盖的
  相亲时 相亲的时候 相亲那天 相亲当天 相亲那会 说亲那天 说亲当天 说亲时 提亲时 提亲那天 定亲那天 年货节 在隔壁家电铺 在家电铺 在家电店 在家电城 在家电商场 在家电超市 到家电铺 去家电铺 去家电城 到家电城 托管转为 托管改为 托管转成 由托管转为 屯中心 村中心 镇中心 乡中心 市中心 城中心 中心街 无家庭代步用途 无代步用途 无家庭用途 腰间盘 椎间盘 腰椎间盘 成家庭 烟筒山 烟筒山镇 借款人名义上 名义上 一车 两车 三车 几车 半车 整车
  你家用哪 你家用在 你家用到 你家用啥 你家用于 你家用来 俺家用在 俺家用到 我家用在 我家用到 咱家用在 他家用在 他家用到 机器人 智能客服 跟机器说话 跟机器有啥 你是机器 是机器吧 机器我不答 撑门面 撑撑门面 装门面 充门面 机器说话 信用等级 信用评级 信用户 信用村 信用社 农信社 农商行 房地产公司 房产公司 房地产开发公司 房地产开发有限公司 开发商 售楼处   不光 不仅 不但 不只 不单 不止 不管 不论 不少 不足 不够 不到 不了 不好 不错 不便 不能住 不行了 无法 无力 无钱 没钱
  一屋子 满屋子 看病的路上 去医院的路上 上门来问 上门来查 上门来看 上门问 卖给 售给 交售 交售给 销售给 出售给 供给 供货给 卖到 送到 订单 签订单 收购 回收 其他 其它 吉他 取快递 寄快递 拿快递 取个快递 寄个快递 取了快递 寄了快递
  还贷款 还款 按时还款 到期还款 按期还款 还本付息 归还贷款 偿还贷款 还贷 还清贷款 按时还贷 把贷款还上 把贷款还清 还本 付息 还款来源 还款能力
  还得上 还得起 能还上 有能力还 卖了还 出栏后还 卖粮还 卖牛还 卖羊还 卖猪还 定期还款 还银行
  收条 证明 出具 盖章 签字 审核 勾选 已勾选 卖菜的钱 卖粮的钱 卖猪的钱 卖牛的钱 卖羊的钱 卖玉米的钱 卖苞米的钱 卖包米的钱 卖黄豆的钱 卖大豆的钱 卖稻子的钱 卖菜钱 厂家 以工代赈 以工代赈修路 挣点零花 挣零花钱 挣点零花钱 挣俩零花钱 挣俩零花 挣些零花钱 赚点零花钱 赚零花钱 赚俩零花钱 鲜奶交 牛奶交 奶交 交奶 交粮 交货 粮交 结婚十几年 结婚多年 结婚几十年 结婚二十年 结婚三十年 结婚十年 结婚好几年 成家多年 挪作他用 挪做他用 挪为他用 本来不想 原本不想 本来不打算 原本不打算 原来不想 家用贷款 家用扶贫贷款 家用代款 银行放贷 银行放款 统一提供 统一收购 统购统销 统购统销交 统销交 统一收购交 统一销售 统一供应 统一供种 统一技术 统一防疫 统一回收 统一培训 统一指导 统一采购 统一品牌
  保底价 按保底价 非家庭自用 不是家用 非自用 不是自用 不是家里用 承包费 已参加 留着养老 手术后 放款次日 银行放款 放款后 包给 包出去 还了旧贷款 按时还了 补贴家用 养老钱 出租给 流转给 统一规划 规划 建议 保底收购 有分红 年年有分红 每年有分红 给每户分红 养老金 低保 在家用 出嫁后 结婚后 红白事 就能把钱还上 能把钱还上 把钱还上了
  旅游开发 旅游开发项目 亲属出行不使用 家人出行不使用 出行不使用 出行不用 挣学费 挣点学费 挣孩子学费 挣彩礼 红白喜事 等过年 过年价 过年前 过年后 别的 存放于本人 存放于自己 存放在本人 存放在自己 存放于借款人 存放在借款人 存放于其本人 代为回答 代为作答 代为答复 代答 啥都有了 什么都有了 就啥都有了 与住房分开 与住宅分开 和住房分开 跟住房分开 与住房分离 与住房隔开 与住房不相连 与住房不连 在手机上 手机上借 手机上贷 手机上申请 手机上点 手机上借的 网上借 社员 在床 瘫痪在床 供孩子读书 供孩子上学 项目分红 光伏分红 光伏扶贫项目分红 扶贫分红 合作社社员 提供 只提供 任何 扶持补贴 宅基地上 旅游路 黄金梨 黄金周 补助 政府补助 补贴 监督 考上大学 成家了 都成家 已成家 已经结婚 已结婚 每月吃药 常年吃药 长期吃药 长年吃药 一直吃药 旅游公路 也要用钱 要用钱 急用钱 骑摩托车 骑电动车 骑车 定期给 定期防疫 定期消毒 比种地 统一联系 搬新房 干部 村干部 电话打到 还有饥荒 有饥荒 考上 技术培训 培训 助学贷款 宅基地 等着用钱 急着用钱 等钱用 在上学 帮着 帮忙 联系 动员 鼓励 引导 扶持 支持 代养费 收代养费 没关系 无关 都在上学 正在上学 在读 菌床 晒床 晾晒床 床网 指出 过节前 过节后 等过节 逢年过节 过年过节 苗家 苗族 苗寨 苗乡 苗语 苗床 贷款利息 贴息 财政贴息 免息 低息 利息补贴
  洗不动 干不动 走不动 搬不动 拿不动 抬不动 扛不动 种不动 养不动 跑不动 动不动 有没有 是不是 是否 有无 是不 可否 能不能 时间 期间 中间 空间 之间 民间 进去
  嘎哈都不干 嘎哈也不干 啥都不干 啥也不干 什么都不干 别的都不干 别的不干 去超市 上超市 到超市 逛超市 去商场 上商场 到商场 逛商场 不懂理财 不会理财 不懂哪样理财 不懂啥理财 不懂什么理财 不懂炒股 不会炒股 不懂股票 不懂基金 不懂投资
  承诺 保证 如实 申请人 借款人 户主 销售方 供货方 卖方 出售方 经销商 专款专用 按规定使用 全部 部分 大部 闲置 空置 田间 林间 山间 行间 株间 利用 利用职务便利 利用职务之便 未作他用 作他用 挪作他用 已康复 现已康复 已经康复 已痊愈 代为还款 代为偿还 饲养员 当饲养员 技术员 保管员 定期供应 定期供货 定期送 定期给 定期检查 定期消毒 定期防疫 本人名义 自己名义 自家名义 其本人名义
  统一团购 团购化肥 代养模式 结算代养费 按头结算 农户代养 一起过日子 一块过日子 在一起过日子 一起生活 入赘女婿 上门女婿 倒插门女婿 不经手钱 不经手 没经手 受托支付 上学方便 上学也方便 看病方便 看病也方便 安置区 安置小区 安置点 停车场 停车位 停车 应该没问题 没问题吧 划定 在工业园区 在工业园 在产业园 在扶贫产业园 骑着去工业园区 骑着去县工业园区 骑去工业园区 骑去县工业园区 骑车去工业园区 开车去工业园区 骑着去产业园 骑去产业园 打热线 热线电话 到期再说 办事儿的多 办事的多 结婚的多 结婚的人多 办喜事的多 盖房的多 盖房子的多 及利息 偿还借款本金 归还借款本金 偿还贷款本金 归还贷款本金 还借款本金 借款本金 贷款本金 本金及利息 诉请 他处 弟兄俩 兄弟俩 发放贷款 发放扶贫贷款 批量发放 工业园区上班 园区上班 代为归还 代为偿还 两兄弟 两弟兄 哥俩 可以用水 浇地用水
  社保卡 医保卡 银行卡 一卡通 惠农卡 社保卡账户 签订 签订了 签了 签约 签合同 签协议 代为申请 代为办理 代为填写 代为签字 不予采纳 予以采纳 采纳 不予采信 予以采信 代为陈述 代为说明 代为转账 仅代为转账 归还了部分借款本息 还了部分借款本息 归还部分借款本息 住宅院外 住房院外 代为签名 系娘家陪嫁 系陪嫁 是娘家陪嫁 出嫁的女儿 出嫁的闺女 嫁出去的女儿 一床 周岁以上 周岁以下 基准利率放贷 基准利率 免担保免抵押 老宅基地 宅基地上 上述消费 以上消费 这些消费 上述支出 喂喂 喂你好 喂您好 利息是多少 利息多少 保底回收 保底收 旧手机 是住人的 加入 加入了 通过翻译 据翻译 经翻译 翻译说 他行 他行账户 pos消费 pos机 刷卡消费 消费于 家电卖场 电器卖场 卖场 上门要 上门要债 上门要账 上门催 上门催债 上门催账 相符 一致
  开春放出去 春天放出去 春上放出去 夏天放出去 早上放出去 早晨放出去 白天放出去 天亮放出去 每天放出去 放出去吃草 放出去遛
  给了赔偿 给的赔偿 得到赔偿 拿到赔偿 保险赔偿 理赔 赔偿款到了
  非家中自用 非家里自用 非自家用 社里赊的 在社里赊的 从合作社赊的 合作社赊的 从社里赊的 店里赊的 赊购 交给公司收 交公司收 交给公司统一收
  刹车片 刹车 车胎 车链子 打棺材 扎纸活 来剪头 来理发 来烫头 来剪发 剪头时 过年寄 过年打钱 过年给了 手机里 旧家具 还是旧家具 旧的家具 那是老早的事
  酥油茶 喝酥油茶 打酥油茶 客人住的屋 客人住的房 客人住的 游客住的
  危改政府给盖的 危改政府盖的 危改是政府 是危改政府
  亩一年能返 一亩能返 亩地一年能返 一亩一年能返
  结果 结束 讨么子堂客 讨么子老婆 讨么子媳妇 娶么子媳妇 娶么子堂客 讨么子婆娘
  用这个还上贷款 用这个还贷款 用这个还贷 拿这个还贷 用这个还银行 用这个还上银行
  一家用小额信贷 一家用贷款 一家用扶贫贷款 一家用这笔 全家用小额信贷 全家用贷款
  上门核实 上门核查 上门走访 上门检查 上门调查 上门了解 上门回访 上门查看 多次上门
  号召 推荐 指导 技术指导 带动 帮扶 协调 组织 牵头 介绍 担保 打工 务工 上班 代收 代耕 代种 代工
`),
]);

/**
 * Words that leave what follows them in their clause undecided (可能买牛也可能干别的, 具体干啥还没想好; 亲戚以为贷款下来要先还他,
 * a belief): context, not a use.
 */
export const HEDGES = words(
  `以为贷款 以为这笔贷款 以为这笔钱 尚未想定 未想定 没想定 还没想定 冇想好 还冇想好 未想好 未谂好 还未谂好 冇谂好 唔知做乜 没拿准主意 还没拿准主意 没拿定主意 还没拿定主意 拿不准主意 拿不定主意 还没商量好 没商量好 生产生活需要 生产生活 待补充 未填写 还没定 没定 还没定下 看行情 详见附件 见附件 详见 可能 或许 也许 说不定 兴许 没想好 还没想好 不确定 还不确定 待定 再定 看情况 没说清楚 说不清楚 不清楚 说不清 未说明 无法判断 再看`,
);

/**
 * Words after an act, in its clause, that make it a reason told, not the use: 娃儿读书要用钱（我就想多喂几头猪）. Like
 * background, such an act counts only when nothing else is said.
 */
export const MOTIVE_AFTER = words(`不方便 都不方便 要用钱 需要钱 花钱多 用钱多 花销大 开支大 负担重 花费大 开销大`);

/** Trades that serve a prohibited category's events without naming them (影楼 photographs weddings). */
export const TRADES_OF: Readonly<Record<string, UsagePurpose>> = Object.freeze({
  影楼: 'marriage',
  摄影店: 'marriage',
  照相馆: 'marriage',
  花店: 'marriage',
  鲜花店: 'marriage',
  喜宴饭庄: 'marriage',
  饭庄: 'marriage',
  响器班: 'other_non_productive',
  戏班子: 'other_non_productive',
  鼓乐队: 'other_non_productive',
  冰棺: 'other_non_productive',
});

/**
 * Words that cancel every term after them in their clause (不用于建房和结婚): a negation phrase. (余钱不敢存银行吃利息, 钱不兴存银行:
 * what the household dares not or is not wont to do it does not do — review 130.)
 */
export const NEGATIONS: readonly string[] = words(`
  不敢 不兴 没有动去 没动去 你们说我 你们讲我 你们说俺 听人家说我 有人说我 有人讲我 嚼舌头说我 嚼舌根说我 乱说我 瞎说我 听别人说我 听人说我 人家说我 别人说我 被说成 被说是 看似 貌似
  不跟
  哪里谈得到 哪谈得到 哪里谈得上 哪谈得上 还谈不到 还谈不上
  非建房或购置 非购置
  不开着 不开它 不开去
  不办托依 不办酒 不办了 不当家用 不当自家用 不作家用 不做家用
  过后再说 往后再说 没得买 没得整 这钱不能 这笔钱不能 贷款不能 别看写的 别看写着 别看表上写的 别看本子上写的
  一分没敢 没敢拿 没敢 不往 没往 没有往 一分不动 一分钱不动 不敢往 不敢用在 不敢花在 不敢拿去 不敢拿 跑啥 跑什么 跑么子 卖啥 卖什么 没再 没有再 不会拿 不会把 冇是 冇用来 冇用于 没用去 没有用去 冇拿去 冇拿来 冇分给 没分给 没有分给 不跑 没跑 从没做过 从来没做过 没做过 一分没动 一分都没动 一分钱没动 一分也没动 没动在 没花在 没用在
  未新建或修缮 未新建或 莫说 不拿来 不动来 莫拿去 莫拿来 没见拿来做啥 没拿来做啥 没见做啥 未办理 没办理 莫讲 莫提 放弃 不拿这钱 不拿这笔钱 不拿贷款 不动贷款钱 不动贷款的钱 不开出去 不骑出去 不开着出去 没做生意 没做买卖 不做生意 没搞生意 没干买卖 别寻思 别瞎寻思 别瞎想 别乱想 别瞎猜 别乱猜 谁说 别以为 别当是 非个人 非家庭 非建本户 非本户 非自家 非自住 并非本户 不懂啥叫 不懂什么叫 不懂啥是 不懂什么是 不懂啥 不懂什么 不知道啥叫 没寻思 没啥 没什么 没有啥 原寻思 本来寻思 原先寻思 起初寻思 最初想 起初想 一开始想 一开始想着 刚开始想 刚开始想着 起初想着 本来想着 原先想 本来计划 原先计划 本来准备 冇打算 冇准备 冇想 冇想过 未参与 没参与 没有参与 未参加 没参加 没有参加 不属于 不入 本来说 原来说 原先说 原先打算 本来讲 未勾选 唔系 唔係 唔会 唔使 唔好 暂缓 没个 手里没钱 没要 没有要 贷款不能 说不能 规定不能 没存啥 没存什么 这也算 这也叫 这哪算 不骑 原拟 原准备 本来打算 未开展任何 没有开展任何 没开展任何 未从事任何 不涉及 未涉及 没涉及 不存 不借   未发现 没发现 没有发现 未见 不存在 无任何   不用于 不会用于 不得用于 不能用于 不准用于 没有用于 没用于 并未用于 绝不用于 严禁用于 禁止用于 不用来 不拿来 不是用于 不是用来
  不参与 未购买 没有购买 没购买 未买 无其他 没有其他 没其他 无别的 没有别的 没别的 不寻思 不算是 不算 不属于 不宜认定为 不应认定为 不能认定为 不得认定为 不认定为 不予认定为 不视为 未签任何 没签任何 未签订任何 未购入任何 未购买任何 未购置任何 未购进任何 未买任何 没买任何 没有购买任何 没有签任何 无证据证明 没有证据证明 无证据表明 并非用于 而非用于 非用于 不是 并非 而非 并不 不做 不作 不搞 不去 禁止 严禁 杜绝 决不 绝不 从不 从未 不打算 没有打算 没打算 不准备 不急 不急着 唔打算 无打算 冇打算 唔准备 冇准备 莫写 别写 不要写
  报成 报作 填成 写成 谎报成 虚报成 申报成
  有人自称能 有人自称可以 哪个说我 哪个讲我 哪个说他 谁说我 谁讲我 以后再 以后有钱了再 以后有钱再 以后挣了钱想 以后挣了钱再 挣了钱再 赚了钱再 以后赚了钱想 有钱了再 有钱再 等有钱了再 将来再 将来有钱了再 往后再 日后再
  没准备 暂不 暂时不 暂不考虑 不考虑 不想 没想 没有想 没想过 没有想过 不再用于 不挪作 不挪用 不得挪用 不会挪用 不准挪用 严禁挪用 不挪 无意 不需要 不用
  不构成 不属 不得将 不得把 不会将 不会把 不准将 严禁将 禁止将 不得转借 不得转贷 不得借给 不得出借 不得转给 不得交给 不得交由 不准转借 严禁转借 禁止转借
  未向 没向 没有向 不向 从未向 亦未向 也未向 没有任何 未从事 没从事 不从事 原想 未有 未将 从没打算 从来没打算 暂时没有 现在无 并无 已无 无需 不同意 不把 不将 未用于 不参加 无明显 不得拿去 不准拿去 不能拿去 不许拿去 不得用来 不会用 不会拿去 没拿去 没有拿去 也没拿去 未拿去 没拿来 没用来 没有用来 没用在 没有用在 没花在 没有花在 不会再碰 不会再 不拿去 不拿 莫得 不碰 再也不 不再碰 原本想 本来想 原来想 原打算 本打算 原计划 决不用于 从不用于 从没 从来不 从来没 不要 不买 不干 不还 不整 不对外 不向外 不往外
`);

/**
 * Two-character negations that, like a bare 不/没/未/非/无, cancel only the term right after them: 没有盖房,
 * 不会盖房. Not phrases, so 没有钱盖房 ("no money to build a house") is still housing.
 */
export const BARE_NEGATION_WORDS: readonly string[] = words(`没有 不会 不再 未曾 不曾`);

/**
 * Words that turn the negation right after them into an affirmation: 不得不盖房, 不能不用于盖房 ("has
 * to build a house"). A prohibited use said this way is still that use.
 */
export const DOUBLE_NEGATION_HEADS: readonly string[] = words(`不得 不能 不可 不会 没法`);

/** Words that, after a term a bare negation governs, make it "must": 非盖房不可, 不盖房不行. */
export const MUST_TAILS: readonly string[] = words(`不可 不行`);

/** Words that end a negation's reach within a clause (不用于建房而用于养牛). */
export const CONTRASTS: readonly string[] = words(`可是 不过 然而 而 但 只 仅 全部 全用于 都用于 是用于 用于 用来 改为 改用 主要 想 先 准备 打算 计划 就`);

/**
 * Slips of voice input, which writes a word that sounds alike (母羊 → 母样, 养羊 → 让羊, 盖房 → 盖防): read as the word
 * meant only where the characters around it leave no other reading (a count or 母 before 样, 防 after a verb of building
 * and before no word of protection).
 */
export const SOUND_ALIKE_SLIPS: readonly (readonly [RegExp, string])[] = Object.freeze([
  [/([只头群母公])样(?![子品式板本])/g, '$1羊'],
  [/([头母公])流(?![水汗血动程量])/g, '$1牛'],
  // (Not a dealer or a person named by the stock: 钱让牛经纪刘某拿去, 让羊贩子.)
  [/让([羊牛猪鸡鸭鹅])(?![经贩倌老客户场])/g, '养$1'],
  [/([盖修翻建])防(?=$|[子了不就住还钱的,.;:!?，。；：！？])/g, '$1房'],
  [/防顶/g, '房顶'],
  [/诸([仔崽娃苗])/g, '猪$1'],
  // (Not 查看并拍照: 看并 after 查, 察, 观 or 参 is 看 and 并.)
  [/(?<![查察观参])看并/g, '看病'],
  [/([盖修翻建])方(?=$|[子了不就住还钱的用,.;:!?，。；：！？])/g, '$1房'],
  [/仰([羊牛猪鸡鸭鹅])/g, '养$1'],
  [/(年底|每年|按年|给|有)分洪/g, '$1分红'],
  [/该(房子|新房|新屋)/g, '盖$1'],
  [/([要想])该房/g, '$1盖房'],
  // (贷款该房，…: after a word of the loan's use, 该房 ending its clause is no 该房屋 of a formal text.)
  [/(贷款|用于|准备|打算)该房(?=$|[,.;:!?，。；：！？])/g, '$1盖房'],
  [/(?<![承专揽])接婚(?![宴庆礼车纱事房])/g, '结婚'],
  // (该房 自住: a teller's 该房 that is the whole entry, or lived in, is 盖房 — not 该房屋, 该房用于… of a formal text.)
  [/(^|[,.;:!?，。；：！？])该房(?=自住|住人|就是|了|$)/g, '$1盖房'],
  // (前年该房欠了人家五万: after a year, as voice input writes it.)
  [/(前年|去年|今年|那年|前几年|这两年)该房/g, '$1盖房'],
  // (这回带款是样猪的: voice input's 样 before stock is 养 — not 一样, 这样, 多样.)
  [/(?<![一这那怎同多花各模式])样([猪牛鸡鸭鹅兔])/g, '养$1'],
  // (Not 乡里财政所, 家里财物: 里 that ends a place or a home.)
  [/(?<![乡村县镇旗家屋手这那城店社厂])里财(?!政|务|物)/g, '理财'],
  // (Henan and Shaanxi 哩 for 的: 结婚哩钱, 她家哩贷款 inside a clause; 攒哩, 男方出哩 ending one after a verb of paying.)
  [/(?<=[\u4e00-\u9fff])哩(?=[\u4e00-\u9fff])/g, '的'],
  [/(?<![没在要])([攒挣出拿借凑掏付买租])哩(?=$|[,.;:!?，。；：！？])/g, '$1的'],
] as const);
/** Characters every sound-alike slip holds, so text with none of them skips those patterns. */
/** Measure words: after 是 they name a thing (是辆农用三轮), so 是 there is no answer of yes. */
export const MEASURE_WORDS = '辆台头只个匹间套部块座';

export const SOUND_ALIKE_CHARS = /[样流让防方仰洪该接并里诸哩]/;

/**
 * Pinyin a writer puts for a character they cannot write (买zhu仔, 盖fang子, 还zhai): each syllable with the characters
 * of this domain it may stand for. The reader takes the one that makes a word of the lexicon with the characters around
 * it (zhu before 仔 is 猪, before 房 is 住), so a syllable names no character on its own.
 */
export const PINYIN_SYLLABLES: Readonly<Record<string, string>> = Object.freeze({
  zhu: '猪住助',
  fang: '房放',
  jie: '结借接',
  jia: '嫁家加',
  zhuang: '装妆',
  guan: '馆管',
  li: '礼利理',
  gu: '股谷',
  dian: '电店',
  ji: '机鸡基',
  zhai: '债宅',
  sang: '丧',
  zheng: '政',
  tou: '投',
  hun: '婚',
  niu: '牛',
  yang: '养羊',
  zhong: '种',
  mai: '买卖',
  gai: '盖',
  hua: '化花',
  fei: '肥费',
  nong: '农',
  yao: '药',
  cai: '彩菜',
  xi: '息洗喜',
  qian: '钱',
  dai: '贷袋',
  kuan: '款',
  huan: '还',
  shou: '收手',
  ya: '鸭',
  zi: '子仔',
  miao: '苗',
  shan: '山',
  piao: '票',
  shi: '视事',
  wu: '屋',
  ke: '客',
  peng: '棚',
  juan: '圈',
  siliao: '饲料',
  she: '舍',
  fu: '府',
  tian: '田',
  di: '地',
  mi: '米',
  dou: '豆',
  ma: '马',
  lü: '驴',
  lv: '驴',
  lu: '驴路',
  e: '鹅',
  yu: '鱼',
  xia: '虾',
  che: '车',
  lou: '楼',
  chuang: '床',
  gui: '柜',
  bing: '冰病',
  xiang: '箱',
  kong: '空',
  tiao: '调',
  xiu: '修',
  zhi: '殖值',
  xue: '学',
  yi: '医衣',
  zang: '葬',
  bao: '保',
  xian: '险',
  jin: '金',
  // (mai zhu zai yang, jie hun yong: a borrower's app entry in pinyin — set 869.)
  zai: '崽仔',
  yong: '用',
  // (huan xin yong ka, hai you wang dai: a credit card and online loans repaid — review 135.)
  xin: '信新',
  ka: '卡',
  hai: '还',
  you: '有',
  wang: '网',
});

/**
 * Spellings a clerk slips into, read as the word meant (结昏 → 结婚, 代款 → 贷款, 牛社 → 牛舍). Only slips that
 * are not words of their own are listed, so no correct text changes.
 */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = Object.freeze({
  // (买象胶肥, 磨托车: a Hainan minute-taker's homophones for 橡胶 and 摩托.)
  象胶: '橡胶',
  // (买了二十只山样: 山羊 typed by sound — set 917.)
  山样: '山羊',
  // (豆付坊周转: 豆腐 typed by sound — set 929.)
  豆付: '豆腐',
  // (买有机费50吨，撒芒菓地: 有机肥 typed by sound, 芒果 in an old form — set 932.)
  有机费: '有机肥',
  芒菓: '芒果',
  入了股: '入股',
  zf统一: '政府统一',
  // (Hakka 毋系 for 不是, 就系 for 就是: Sets 708-715.)
  毋系: '不是',
  // (无系用来起厝, 不系住人的, 阿伯无讲用来做乜, 讲法唔一致, 概房用, 李才里: Hokkien and Cantonese words, a clerk's
  // homophones.)
  无系: '不是',
  开嘅: '开的',
  // (一半俾阿哥讨老婆, 系俾阿弟摆酒: Hakka and Cantonese 俾 for 给 before kin; 还冇商量好: 冇 for 没 — set 768.)
  俾阿: '给阿',
  // (表哥话用途就写…, 阿爸话养鸭: Hakka and Cantonese 话 for 说 after kin.)
  哥话: '哥说',
  叔话: '叔说',
  爸话: '爸说',
  妈话: '妈说',
  姐话: '姐说',
  佢话: '他说',
  伯话: '伯说',
  舅话: '舅说',
  人哋话: '人家说',
  // (健房买材料: 健 for 建 — set 781.)
  健房: '建房',
  // (Hunanese 冒 for 没: 冒得猪, 冒卖过东西, 牛冒看到, 冒用在别个地方, 冒买电视机 — sets 790, 800.)
  冒得: '没得',
  冒卖: '没卖',
  冒看到: '没看到',
  冒看见: '没看见',
  冒用在: '没用在',
  还冒用: '还没用',
  冒买: '没买',
  冒起屋: '没起屋',
  // (先说是买牛，后头又说…: 后头 for 后来 before a second account.)
  后头又说: '后来又说',
  // (是买词料: speech-to-text's 词料 for 饲料 — set 796.)
  // (今贷款还之: the written 还之; 气房子: a homophone of 起房子 — sets 806, 808.)
  还之: '还了',
  气房子: '起房子',
  词料: '饲料',
  // (贷款到手以后还了…: after the loan came, not a plan for later.)
  到手以后: '到手后',
  // (魔玉种，苞古种: 玉 for 芋, 古 for 谷 — set 784.)
  魔玉: '魔芋',
  苞古: '苞谷',
  // (一半起防子, 拿去放带: a speech-to-text app's 防 for 房 and 带 for 贷 — set 772; 俾阿妈睇病: Cantonese 睇病 — review 123.)
  起防子: '起房子',
  放带: '放贷',
  睇病: '看病',
  // (钱借给厝边阿福养鸭，伊讲年底还: Min 厝边 for a neighbour, 伊 for he or she — set 765.)
  厝边: '邻居',
  // (红早管理: 早 for 枣 — set 766.)
  红早: '红枣',
  伊讲: '他讲',
  唔系嘅: '不是的',
  系佢自己: '是他自己',
  // (还前年起屋欠亲戚嗰笔数: Cantonese 嗰笔数 for 那笔钱 — set 768.)
  // (嗰 is read as 𠮶, the form the traditional-character table gives it.)
  '𠮶笔数': '那笔钱',
  '𠮶笔钱': '那笔钱',
  攒嘅钱: '攒的钱',
  一半俾: '一半给',
  一部俾: '一部给',
  系俾: '是给',
  冇商量好: '没商量好',
  起自己住嘅屋: '盖自己住的屋',
  收咗: '收了',
  用咗: '用了',
  赌数: '赌债',
  企屋: '起屋',
  均袋: '菌袋',
  香姑: '香菇',
  託給: '托给',
  高力贷: '高利贷',
  干部讲: '干部说',
  核实唔到: '核实不了',
  核实不到: '核实不了',
  喺: '在',
  租畀: '租给',
  唔用嚟: '不用来',
  不系: '不是',
  无讲: '没讲',
  唔一致: '不一致',
  概房: '盖房',
  李才里: '理财里',
  自己储咗: '自己攒的',
  // (化费钱; 买那个李才 手机银行上那个: a clerk's or a phone's homophones.)
  化费钱: '化肥钱',
  那个李才: '那个理财',
  买李才: '买理财',
  唔挪作他用: '不挪作他用',
  唔用于: '不用于',
  俾咗: '给了',
  每年俾: '每年给',
  投咗入去: '投进去',
  年尾分钱: '年底分钱',
  摆酒註冊: '摆酒注册',
  和做社: '合作社',
  洋糕子: '羊羔子',
  洁婚: '结婚',
  邻居话: '邻居说',
  就系: '就是',
  毋好: '不好',
  // (川河盖放牛: 盖 that ends a place's name, 放 then the herding.)
  盖放牛: '盖放牛',
  盖放羊: '盖放羊',
  ZF统一: '政府统一',
  zf让: '政府让',
  zf要求: '政府要求',
  挤乃机: '挤奶机',
  存倒银行: '存到银行',
  食利息: '吃利息',
  // (木尔菌代: a hotline clerk's homophones for 木耳 and 菌袋.)
  木尔: '木耳',
  // (贷款无用来起屋, 无是家里用: Hainan 无 for 不.)
  无用来: '不用来',
  无是: '不是',
  菌代: '菌袋',
  磨托: '摩托',
  注院: '住院',
  // (前后对无上: Hainan 无 for 不.)
  对无上: '对不上',
  // (房子先无盖，钱投落槟榔园: Hainan 无 for 不, before a build put off.)
  先无盖: '先不盖',
  // (骑摩托帮人驮货上山: goods carried on a bike's or a horse's back are hauled.)
  驮货: '拉货',
  // (咯回贷款是买了台三轮车: Hunan 咯回 for 这回.)
  咯回: '这回',
  // (交给合做社的…其他的钱买丝料自己喂: a voice typed 丝料 for 饲料.)
  丝料: '饲料',
  // (还莫想好: Guizhou 莫 for 没.)
  还莫想好: '还没想好',
  // (买插央机一台: 央 for 秧.)
  插央机: '插秧机',
  // (贷款转畀大佬, 畀咗外家: Cantonese 畀 for 给; 建方（房）: a clerk's slip corrected in brackets.)
  转畀: '转给',
  畀咗: '给了',
  '建方（房）': '建房',
  '建方(房)': '建房',
  // (炒古，亏了一半: a slip for 炒股 — set 893.)
  // (买黑山洋十只: 洋 for 羊 — set 901.)
  山洋: '山羊',
  炒古: '炒股',
  // (日常花消: a slip for 花销 — set 869.)
  花消: '花销',
  // (峰箱二十个; 合同委托带养黄牛: slips for 蜂箱 and 代养 — sets 874-875.)
  峰箱: '蜂箱',
  委托带养: '委托代养',
  // (核实是娃办昏事摆席用了: a homophone slip for 婚事 — Set 860.)
  昏事: '婚事',
  // (蜡然: a clerk's slip for 蜡染 — set 837.)
  蜡然: '蜡染',
  // (钱给老版用，老版每年给三千力息; 和桃基地: a speech-to-text app's homophones — set 852.)
  老版: '老板',
  力息: '利息',
  和桃: '核桃',
  // (买飞料, 开农家落, 囍宴, 揉撚机: a Sichuan clerk's 飞 for 肥, 落 for 乐, 囍 for 喜, a traditional 撚 — sets 828-835.)
  飞料: '肥料',
  农家落: '农家乐',
  囍宴: '喜宴',
  囍酒: '喜酒',
  揉撚: '揉捻',
  // (钱畀咗新抱外家: a daughter-in-law's family; 去人哋度起屋揾工钱: building at other people's places for a wage.)
  人哋度: '人家处',
  揾工钱: '挣工钱',
  揾钱: '挣钱',
  新抱外家: '儿媳娘家',
  // (钱借咗畀邻居开沙场，邻居每月畀息: lent to, and interest paid, in Cantonese.)
  借咗畀: '借给了',
  畀息: '给息',
  // (申报开农家乐→核实：没开: a reconciliation sheet's arrow between what was declared and what was found is a break.)
  '→核实': '，核实',
  '→核查': '，核查',
  '→实际': '，实际',
  '→经查': '，经查',
  '→回访': '，回访',
  '→走访': '，走访',
  // (给儿子办婚理了: a clerk's slip for 婚礼.)
  办婚理: '办婚礼',
  // (这回贷款着还掉了: the Linxia 着 of means, "with the loan".)
  贷款着还: '贷款还',
  // (笔贷款全部畀咗佢: 畀咗佢 for 给了他; 贷款用于建放: 放 for 房 — review 106, set 641.)
  畀咗佢: '给了他',
  用于建放: '用于建房',
  // (建房（坊），即建豆腐坊: a workshop (坊) the clerk corrected 房 to — review 106.)
  '建房（坊）': '建坊',
  '建房(坊)': '建坊',
  // (“喜事一条龙”租赁店: a shop's name in quotes is the shop's; 办伤事 for 办丧事 — Sets 660-661.)
  '”店': '店',
  '」店': '店',
  '”公司': '公司',
  办伤事: '办丧事',
  // (见房用, 办架妆, 起屋欠咯账, 牛养喺公司牛场: slips, Xiang 咯 and Cantonese 喺 — Sets 646-650.)
  见房用: '建房用',
  架妆: '嫁妆',
  欠咯账: '欠的账',
  养喺: '养在',
  // (买咗部电动衣车: Cantonese 衣车 for a sewing machine; 拎去俾老弟: 俾 for 给, 老弟 for 弟弟.)
  衣车: '缝纫机',
  拎去俾: '拿去给',
  俾老弟: '给弟弟',
  老弟: '弟弟',
  无盖房: '不盖房',
  // (卖麦嘞钱, 欠嘞工钱, 俩人说嘞不一样: Henan 嘞 for 的.)
  嘞钱: '的钱',
  欠嘞: '欠的',
  说嘞: '说的',
  贷嘞: '贷的',
  下嘞: '下的',
  世嘞: '世的',
  果带: '果袋',
  // (贷款弗盖屋、弗买车; 渠讲: Wu 弗 for 不, 渠 for 他 — only where they join a verb or a word of kin.)
  弗盖: '不盖',
  弗买: '不买',
  弗拉: '不拉',
  弗是: '不是',
  弗用: '不用',
  弗一样: '不一样',
  渠讲: '他讲',
  渠老婆: '他老婆',
  渠自己: '他自己',
  渠还是: '他还是',
  // (冇搞农家乐: Hubei 冇 for 没.)
  冇搞: '没搞',
  冇买: '没买',
  // (冇用去还债: Hakka 冇 for 没, before a use denied.)
  冇用去: '没用去',
  冇用在: '没用在',
  // (还这个帐: 帐 for 账.)
  个帐: '个账',
  // (种磨芋10亩，合同签给公司: a contract signed with a buyer, not the money handed over.)
  合同签给: '合同签约',
  // (赔别个的钱: south-western 别个 for 别人.)
  赔别个: '赔别人',
  别个用途: '别的用途',
  // (钱给他儿结婚花了, 給他兒買了台收割機: 他儿 for 他儿子, where a verb follows; 闺女婿 for 女婿.)
  他儿结: '他儿子结',
  给他儿买: '给他儿子买',
  给他儿结: '给他儿子结',
  给他儿办: '给他儿子办',
  给他儿订: '给他儿子订',
  // (额去他屋看了: Shanxi and Shaanxi 额 for 我.)
  额去: '我去',
  // (莫卖过: south-western and Shaanxi 莫 for 没 before a verb of trade.)
  莫卖过: '没卖过',
  // (他孩儿结婚摆席用: Henan 孩儿 for 孩子.)
  他孩儿: '他孩子',
  俺孩儿: '俺孩子',
  闺女婿: '女婿',
  用途没得: '用途没有',
  香朱仔: '香猪仔',
  买朱仔: '买猪仔',
  肉午: '肉牛',
  收割几: '收割机',
  只洋: '只羊',
  头洋: '头羊',
  买化费: '买化肥',
  '化费、': '化肥、',
  '、农要': '、农药',
  买农要: '买农药',
  母午: '母牛',
  地机: '地基',
  手几: '手机',
  结昏: '结婚',
  用于见房: '用于建房',
  贷款见房: '贷款建房',
  见新房: '建新房',
  木二菌: '木耳菌',
  种木二: '种木耳',
  买木二: '买木耳',
  节婚: '结婚',
  财礼: '彩礼',
  托拉机: '拖拉机',
  婚晏: '婚宴',
  喜晏: '喜宴',
  结混: '结婚',
  理才: '理财',
  理材: '理财',
  利财产品: '理财产品',
  买利财: '买理财',
  见房子用: '建房子用',
  自家见房: '自家建房',
  家里见房: '家里建房',
  代款: '贷款',
  货款买: '贷款买',
  牛社: '牛舍',
  羊社: '羊舍',
  猪社: '猪舍',
  肥科: '肥料',
  带款: '贷款',
  购卖: '购买',
  鸡社: '鸡舍',
  种值: '种植',
  种直: '种植',
  养值: '养殖',
  养直: '养殖',
  养植: '养殖',
  化废: '化肥',
  大捧: '大棚',
  大朋: '大棚',
  大鹏: '大棚',
  伺料: '饲料',
  饲科: '饲料',
  冰相: '冰箱',
  洗依机: '洗衣机',
  学废: '学费',
  雪费: '学费',
  入古: '入股',
  合作设: '合作社',
  利西: '利息',
  一药费: '医药费',
  村委惠: '村委会',
  木牛: '母牛',
  木猪: '母猪',
  医要费: '医药费',
  彩里: '彩礼',
  采礼: '彩礼',
  修膳: '修缮',
  自主房: '自住房',
  合做社: '合作社',
  城头公司: '城投公司',
  毋牛: '母牛',
  住防: '住房',
  骨票: '股票',
  牛蓬: '牛棚',
  承偌: '承诺',
  家俱: '家具',
  装休: '装修',
  政付: '政府',
  地前: '地钱',
  盖放子: '盖房子',
  结亲: '成亲',
  羊全: '羊圈',
  羊卷: '羊圈',
  牛卷: '牛圈',
  猪卷: '猪圈',
  成投: '城投',
  // (建成投用, 建成投产: a building finished and put to use, not a 城投 — the longer slip is read first and kept.)
  建成投: '建成投',
  办婚是: '办婚事',
  村为会: '村委会',
  网代: '网贷',
  网越车: '网约车',
  送外买: '送外卖',
  旧帐: '旧账',
  老帐: '老账',
  欠帐: '欠账',
  还帐: '还账',
  帐还: '账还',
  借俾: '借给',
  交俾: '交给',
  借畀: '借给',
  交畀: '交给',
  俾佢: '给他',
  畀佢: '给他',
  贷款畀: '贷款给',
  拎去: '拿去',
  // (扶贫贷收上去: the loan said short; 扶贫贷款 itself, the longer, stands as it is.)
  扶贫贷: '扶贫贷款',
  扶贫贷款: '扶贫贷款',
  钱畀: '钱给',
  大仔: '大儿子',
  细仔: '小儿子',
  二仔: '二儿子',
  话我: '说我',
  四伦: '四轮',
  悬耕: '旋耕',
  空条: '空调',
  房祖: '房租',
  和作社: '合作社',
  才礼: '彩礼',
  出拦: '出栏',
  股漂: '股票',
  化飞: '化肥',
  兰莓: '蓝莓',
  大篷: '大棚',
  谷票: '股票',
  大蓬: '大棚',
  魔托车: '摩托车',
  息妇: '媳妇',
  高例贷: '高利贷',
  该房了: '盖房了',
  攞去: '拿去',
  用嚟: '用来',
  化非: '化肥',
  鱼糖: '鱼塘',
  旧代: '旧贷',
  四料: '饲料',
  盖方子: '盖房子',
  洗衣积: '洗衣机',
  饥慌: '饥荒',
  尿速: '尿素',
  // South-western speech: 没得 for 没有, 别个 for 别人, 遭 for 被 (贷款遭村干部收去).
  没得关系: '没关系',
  莫得关系: '没关系',
  办婚里: '办婚礼',
  冇关系: '没关系',
  没得啥子关系: '没关系',
  没得人住: '没有人住',
  // (表上写的是“理财”，是他家不会填: a quoted use the next words call a slip of the form, the comma between dropped — set 950.)
  '”，是写错了': '”是写错了',
  '”，写错了': '”写错了',
  '”，是填错了': '”是填错了',
  '”，填错了': '”填错了',
  '”，是他家不会填': '”是他家不会填',
  帮别个: '帮别人',
  给别个: '给别人',
  贷款遭: '贷款被',
  钱遭: '钱被',
  农要: '农药',
  基今: '基金',
  利吸: '利息',
  心用卡: '信用卡',
  高立贷: '高利贷',
  花肥: '化肥',
  娇车: '轿车',
  冰厢: '冰箱',
  合做医疗: '合作医疗',
  危房该造: '危房改造',
  流专: '流转',
  盖防子: '盖房子',
  洗衣鸡: '洗衣机',
  正府: '政府',
  似料: '饲料',
  彩理: '彩礼',
  仔诸: '仔猪',
  盖放: '盖房',
  高利代: '高利贷',
  入鼓: '入股',
  保低: '保底',
  古票: '股票',
  开民俗: '开民宿',
  兽要: '兽药',
  疫描: '疫苗',
  诚投: '城投',
  取媳妇: '娶媳妇',
  疏菜: '蔬菜',
  机荒: '饥荒',
  洗衣几: '洗衣机',
  猪全: '猪圈',
  牛全: '牛圈',
  子猪: '仔猪',
  伺养: '饲养',
  基全: '基金',
  股飘: '股票',
  彩电视: '彩电',
  嫁状: '嫁妆',
  嫁装: '嫁妆',
  // Online speech writes 没 as 木 (木有, 木想好); 苗木有限公司 and 木有机肥 keep their 木 (the longer slip is read first).
  木有: '没有',
  木有限: '木有限',
  木有机: '木有机',
  木想好: '没想好',
  木关系: '没关系',
  木钱: '没钱',
  // South-western speech says 克 for 去 (拿克还账, 拿克整茶叶初制所).
  拿克: '拿去',
  收克: '收去',
  拿克了: '拿去了',
  // Cantonese: 呢笔 for 这笔 (还呢笔钱), 借咗 for 借了.
  呢笔: '这笔',
  借咗: '借了',
});

/** A clause that says a repair is not yet made: 还没来得及修, 顾不上修 (its dwelling's fault is no use of the loan). */
export const NOT_YET_REPAIRED =
  /^[，,]?(?:还|也|都)?(?:没|没有|未)(?:来得及|顾上|顾得上|钱)?修|^[，,]?(?:还)?顾不上修|^[，,]?(?:但|可|可是|不过)?(?:这次|这回|本次|今年)?(?:先|暂时)?不(?:打算)?(?:修|动|弄|翻)/;

/** A body ordering goods for all: 统一订的, 统一代购. */
const BULK_ORDER = /统一(?:订|代购|采购|购买|订购)/;
/** The goods then handed out to each household: 领回来, 分发到户. */
// (苗子都栽在他自家地里: or planted in each household's own land.)
const HANDED_OUT = /领回来|领回家|分发到户|分到户|发到户|分给各户|发到各户|(?:栽|种|栽种)(?:在|到|进)(?:(?:他|她|我|俺|咱)家?)?(?:自家|自己|各家|各户)/;

/**
 * Whether a body only ordered goods for all, then handed them out to each household to farm itself (茶苗是村委会统一订的…
 * 苗领回来栽在自家承包地里): a purchase made through it, not money it used.
 *
 * @param text - The normalised purpose text.
 * @returns `true` where the order, the handing out and the household's own farming are all told.
 */
export function bulkOrderHandedOut(text: string): boolean {
  return BULK_ORDER.test(text) && HANDED_OUT.test(text) && /自家|自己|各户/.test(text);
}
