/**
 * The words people write for each use of a loan, as data (CBIRC-2020-28/5.1: 精准用于贫困户及边缘人口个人
 * 发展生产，不能用于结婚、建房、理财、购置家庭用品等非生产性支出，更不能集中用于政府融资平台、生产经营企业等).
 * The matcher compiles every term into one regular expression and prefers the longest term at each
 * position, so production look-alikes of prohibited words (修建牛舍, 家庭农场, 理发店, 乡村旅游, 装修店面)
 * are listed under production and shadow the word inside them.
 *
 * A bank extends the lexicon with `createLexicon` rather than by forking; see the README.
 */

/** The eight purposes of API.md: `production` is permitted, the rest are not (28号 五). */
export type UsagePurpose =
  | 'production'
  | 'marriage'
  | 'housing'
  | 'wealth_management'
  | 'household_goods'
  | 'other_non_productive'
  | 'government_financing_platform'
  | 'enterprise_use';

export const USAGE_PURPOSES: readonly UsagePurpose[] = Object.freeze([
  'production',
  'marriage',
  'housing',
  'wealth_management',
  'household_goods',
  'other_non_productive',
  'government_financing_platform',
  'enterprise_use',
]);

/** Prohibited categories, most specific first: the first one matched decides (API.md). */
export const PROHIBITED_PRECEDENCE: readonly UsagePurpose[] = Object.freeze([
  'government_financing_platform',
  'enterprise_use',
  'marriage',
  'housing',
  'wealth_management',
  'household_goods',
  'other_non_productive',
]);

/** Terms for each purpose. */
export type Lexicon = Readonly<Record<UsagePurpose, readonly string[]>>;

const words = (text: string): readonly string[] => Object.freeze(text.trim().split(/\s+/));

const combine = (a: readonly string[], b: readonly string[]) => a.flatMap((x) => b.map((y) => x + y));

/** Building words and the farm structures they build: 修建牛舍 and 牛舍翻建 are production, not 建房. */
const BUILD_VERBS = words('修建 新建 扩建 翻建 翻盖 翻修 翻新 改建 重建 搭建 建 盖 修 搭 维修 修缮 改造');
const FARM_STRUCTURES = words(`
  牛舍 羊舍 猪舍 鸡舍 鸭舍 鹅舍 圈舍 棚圈 畜舍 牛棚 羊棚 鸡棚 鸭棚 牛圈 羊圈 猪圈 大棚 暖棚 冷棚 温室 菌棚 鱼塘 仓库 粮仓 厂房 库房
  冷库 烤烟房 蘑菇房 养殖场 养殖棚 晾晒场
`);
/** Buying or raising words and the animals: 买羊, 补栏母牛. */
const STOCK_VERBS = words('买 购买 购 购进 引进 补栏 喂 养');
const LIVESTOCK = words('牛 羊 猪 驴 马 鸡 鸭 鹅 兔 鱼 虾 蟹 蜂 鹿 貂 狐 貉 鸽 鸽子 鹌鹑 骆驼 驼羔 母牛 母羊 母猪 肉牛 肉羊 奶牛 牦牛 仔猪 猪崽 牛犊 羊羔 鸡苗 鸭苗 鹅苗 鱼苗');
/** Handing the money over, and to whom: 打给龙头企业, 交给村集体 (户贷企用). */
const HANDOVER_VERBS = words('交给 交由 转给 打给 打到 借给 投给 投到 投资给 拨给 转入 给');
// Other people and organisations only: money given to the household's own members stays 户用.
const RECIPIENTS = words(`
  企业 公司 合作社 龙头企业 扶贫车间 工厂 厂子 砖厂 老板 大户 养殖大户 种植大户 村集体 集体 别人 他人 朋友 亲戚 表哥 表弟 表姐 表妹
  堂哥 堂弟 姐夫 妹夫 舅舅 邻居 同学 熟人 老乡
`);
/** Treating animals is production: 给牛治病 is not a household's medical bill. */
const ANIMAL_CARE = combine(words('给牛 给羊 给猪 给鸡 给鸭 给鹅 给驴 给马 牲畜 牛羊'), words('治病 看病 打针 防疫'));
/** Selling produce to someone is not handing them the loan: 卖给合作社 is production. */
const SELL_VERBS = words('卖给 售给 交售给 销售给 出售给 供给 供货给');
/** Public bodies that money may be handed to: 给村委会, 交给乡政府 (government financing). */
const PUBLIC_BODIES = words('政府 乡政府 镇政府 县政府 村委会 村委');

export const defaultLexicon: Lexicon = Object.freeze({
  production: Object.freeze([
    ...combine(BUILD_VERBS, FARM_STRUCTURES),
    ...combine(FARM_STRUCTURES, BUILD_VERBS),
    ...combine(STOCK_VERBS, LIVESTOCK),
    ...combine(SELL_VERBS, RECIPIENTS),
    ...ANIMAL_CARE,
    ...words(`
    发展生产 扩大生产 生产经营 生产资料 生产周转 产业发展 发展产业 种养 种养殖 农业生产 畜牧业 经济作物
    种植 种地 种田 种粮 种菜 种瓜 种果 种树 种药材 种蘑菇 种木耳 种植业 春耕 秋收 耕地 播种 育苗 育秧 插秧 栽培 采摘
    蔬菜 大棚 暖棚 冷棚 温室 棚室 果园 果树 苹果 梨树 葡萄 草莓 蓝莓 西瓜 香瓜 茶园 茶叶 水稻 稻田 玉米 大豆 黄豆 小麦 高粱
    谷子 杂粮 土豆 马铃薯 红薯 花生 向日葵 葵花 辣椒 白菜 甜菜 烟叶 中药材 药材 人参 五味子 板蓝根 黄芪 食用菌 菌类 木耳 黑木耳
    蘑菇 香菇 平菇 猴头菇 菌棚 苗木 树苗 花卉 造林 林下 林下经济 林蛙 鹿茸 山野菜 榛子 蓝靛果
    养殖 养殖业 养殖场 养牛 养羊 养猪 养鸡 养鸭 养鹅 养鱼 养蜂 养兔 养驴 养马 养貂 养狐 养鹿 养蚕 养虾 养蟹 喂牛 喂猪 放牧 舍饲
    肉牛 黄牛 奶牛 母牛 种牛 犊牛 牛犊 繁育 育肥 基础母牛 能繁母猪 母猪 仔猪 猪仔 猪崽 生猪 肥猪 羊羔 绵羊 山羊 肉羊 种羊
    鸡苗 鸭苗 鹅苗 鱼苗 虾苗 蟹苗 蛋鸡 肉鸡 笨鸡 柴鸡 鸡雏 大鹅 肉驴 蜜蜂 蜂箱 水产 渔业 鱼塘 池塘 稻田养鱼 稻蟹 小龙虾 河蟹 网箱
    牛舍 牛棚 牛圈 羊舍 羊圈 羊棚 猪舍 猪圈 鸡舍 鸡棚 鸭棚 圈舍 棚圈 畜舍 养殖棚 修建牛舍 建牛舍 盖牛舍 修建羊圈 盖羊圈 修鱼塘 挖鱼塘 搭大棚 建大棚
    饲料 草料 青贮 秸秆 精饲料 兽药 疫苗 种子 种苗 良种 化肥 肥料 有机肥 复合肥 农家肥 农药 除草剂 地膜 农膜 滴灌 喷灌 灌溉 水泵 机井
    农资 农机 农机具 农具 拖拉机 收割机 播种机 插秧机 旋耕机 打捆机 脱粒机 铡草机 粉碎机 烘干机 植保无人机 农用车
    加工 加工厂 作坊 磨坊 粉坊 豆腐坊 油坊 米厂 粮食加工 农产品加工 酿酒 晾晒 烘干 冷库 储藏 仓储 收购 贩运 购销 代销 经销
    运输 跑运输 货车 货运 拉货 农用三轮 三轮车拉 运输车 物流
    经营 个体经营 门市 门店 店铺 开店 开超市 小卖部 商店 超市 便利店 食杂店 杂货店 百货 摊位 摆摊 出摊 早餐店 饭店 餐馆 小吃 快餐
    理发店 美发店 理发 修车铺 修车 修理铺 维修店 裁缝 洗车 五金店 农资店 服装店 批发 零售 进货 货款 铺货
    农家乐 乡村旅游 农家旅游 民宿 采摘园 旅游接待 旅游服务 休闲农业
    电商 网店 淘宝店 直播带货 直播卖货 网上销售 线上销售 快递 消费扶贫
    手工 手工艺 编织 刺绣 草编 柳编 剪纸 木工 瓦工 创业 家庭农场 承包 土地流转 流转土地 租地 租赁土地 承包地 包地 开荒
    猕猴桃 沃柑 柑橘 橘子 橙子 脐橙 柚子 芒果 香蕉 荔枝 龙眼 桃树 李子 杏树 樱桃 石榴 柿子 红枣 冬枣 山楂 哈密瓜 籽瓜 胡麻 油菜 芝麻
    棉花 甘蔗 木薯 折耳根 刺梨 茶苗 果苗 菜苗 咖啡 竹笋 竹子 蕨菜 三七 天麻 党参 当归 黄精 白术 金银花 菊花 百合 山药 生姜 大蒜 洋葱
    韭菜 菠菜 芹菜 萝卜 莲藕 紫薯 芋头 毛豆 豌豆 绿豆 红豆 荞麦 燕麦 青稞 苞谷 稻谷 谷物 水果 干果 坚果 瓜果 果蔬 粮食 收粮 粮库
    鸽子 肉鸽 鹌鹑 黄鳝 泥鳅 甲鱼 牛蛙 竹鼠 黑山羊 土猪 土鸡 乌鸡 牦牛
    桑蚕 蚕桑 小蚕 共育室 火龙果 苗子 买苗子 蜂糖李 硒砂瓜 压砂 瓜苗 食材 采购食材 早餐摊 电焊 电焊铺 电焊机 钢材 砖瓦窑 烧砖
    苞米 包米 烤烟 烟草 地瓜 大葱 芸豆 豆角 黄瓜 西红柿 茄子 南瓜 鲜食玉米 树莓 沙棘 万寿菊 亚麻 甜叶菊 瓜子 花椒 魔芋 枸杞 核桃 板栗
    母羊 公羊 滩羊 驴 肉驴 毛驴 牛羊 家禽 家畜 畜禽 牲畜 补栏 扩群 育雏
    农用四轮 四轮车 小四轮 四轮拖拉机 农用三轮 粮仓 储粮 粮囤 苞米楼子 烤烟房 菌棚 蘑菇房 晾晒场 场院
    拼多多 淘宝 京东 微店 抖音 快手 包装箱 包装 设备 机械 炒茶 制茶 炒茶机 茶机 酿造 白酒 腊肉 香肠 豆腐 粉条 挂面 面条 馒头 煎饼
    面馆 饭馆 小饭店 餐厅 烧烤 火锅 奶茶 水果店 蔬菜店 肉铺 粮油店 缝纫 缝纫铺 裁缝铺 铺子 修鞋 打印店 照相馆 快递点 驿站 商铺 门面
    租门面 烟酒 卖烟酒 日杂 日用百货 婚庆租赁 租赁店 倒腾 贩卖
    直播 山货 土特产 特产 小卖铺 小卖店 小摊 摊点 地摊 小吃摊 早点摊
    婚纱摄影 婚纱店 婚纱影楼 影楼 摄影店 婚庆店 家具厂 家具加工 家具店 卖家具 家具销售
    装修店面 店面装修 门店装修 装修门市 装修民宿 民宿装修 装修农家乐 农家乐装修 装修饭店 装修餐馆 厂房 库房 仓库
    家电维修 电器维修 家电店 电器店 家电销售 卖家电 手机维修 手机店 卖手机 电脑维修
  `),
  ]),
  marriage: words(`
    结婚 婚礼 婚宴 婚庆 婚事 办婚事 喜事 办喜事 喜酒 彩礼 聘礼 嫁妆 陪嫁 出嫁 嫁女 嫁闺女 娶媳妇 娶老婆 娶亲 娶妻
    娶儿媳 订婚 定亲 婚房 婚车 婚纱 三金 聘金 婚俗
  `),
  housing: words(`
    建房 盖房 修房 盖新房 建新房 盖楼 建住房 新建住房 翻建 翻盖 翻新房屋 重建房屋 住房 买房 购房 买楼 商品房 楼房 房贷
     装修房子 装修房屋 房屋修缮 修缮房屋 修缮住房 维修房屋 修理房屋 房屋维修 砖房 瓦房 砖瓦房 平房 新房 住宅 自住房 自家房屋 房屋加盖 加盖二层 加盖一层 加层 起新屋 起屋 新屋 盖屋 建屋 翻修 翻新 老屋 老房 老房子 屋顶 房顶 漏雨 偏厦 厢房 住人 院墙 修院墙 盖房子 建房子 危房 危房改造 盖院墙 房屋改造 改造房屋 房屋建设 建房屋 建造房屋 新建房屋 修建房屋 房子首付 购房首付 交首付
    装修 装修新房 装修住房 房屋装修 家里装修 装修家 新房装修 房子装修
  `),
  wealth_management: words(`
    理财 理财产品 投资理财 基金 股票 炒股 股市 期货 炒期货 外汇 炒外汇 黄金投资 买黄金 比特币 虚拟币 数字货币 炒币 p2p 信托 信托产品 资管 私募 余额宝 炒黄金 保值 存定期 放高利贷 放贷 收利息 吃利息 国债 债券
    存银行 吃利息 放高利贷 集资
  `),
  household_goods: words(`
    家庭用品 家居用品 生活用品 家电 电器 冰箱 电视 彩电 洗衣机 空调 热水器 家用电脑 电脑 买电脑 笔记本电脑 买手机 手机 智能手机 电动车 电瓶车 摩托车 代步 代步车 冰柜 汽车 家用车 suv 越野车 家用 电暖炉 电暖气 取暖器 取暖 家具 沙发 衣柜 床垫 
    家用轿车 小轿车 轿车 私家车 家用汽车
  `),
  other_non_productive: words(`
    非生产性 消费 生活开销 生活开支 日常开支 日常生活 生活费 家庭开支 零花 学费 上学 上大学 读书 择校 看病 治病 就医 住院 医药费
    医疗费 手术 买药 新农合 合作医疗 医保 社保 养老保险 医疗保险 还借款 还钱 偿还以前 偿还借款 偿还欠款 高利贷 年货 走亲戚 送礼 过年 还旧贷 旧贷 还旧账 白事 办白事 保费 商业保险 还p2p 还亲戚 还朋友 还人家 还债 还账 还欠款 偿还债务 还信用卡 还网贷 还外债 借新还旧 旅游 出国 赌博 赌债 彩票 吃喝 请客 随礼
    人情 人情往来 丧葬 办丧事 丧事 殡葬 买墓地 买保险 保健品 打官司 罚款
  `),
  government_financing_platform: Object.freeze([...combine(HANDOVER_VERBS, PUBLIC_BODIES), ...words(`
    政府融资平台 融资平台 城投 城投公司 城建投 建投 交投 城市建设投资 交通投资 建设投资 城发公司 平台公司 政府平台 政府项目 政府工程 乡政府 镇政府 县政府 乡镇政府 政府统一使用
    工程款 垫付工程 修路 道路硬化 办公楼 村委会借 村委会统一 村集体项目
  `)]),
  enterprise_use: Object.freeze([...combine(HANDOVER_VERBS, RECIPIENTS), ...words(`
    户贷企用 生产经营企业 入股 入股分红 资金入股 带资入股 带资入社 入社分红 分红 保底分红 固定分红 保底收益 资产收益 转贷 转借
    借给 借给企业 借给公司 借给别人 借给亲戚 交由企业 交给企业 交给公司 交由公司 交由合作社 交给合作社 合作社使用 合作社统一
    统一经营 统一养 统一养殖 统一饲养 统一种 统一种植 统一使用 委托经营 托管 托养 代养 企业使用 公司使用 企业统一 打给企业 打到企业 转给企业 转给公司
     扶贫车间 入股光伏 企业经营 给公司用 给企业用
  `)]),
});

/** Words that cancel the term they govern (不用于建房). */
export const NEGATIONS: readonly string[] = words(`
  不用于 不会用于 不得用于 不能用于 不准用于 没有用于 没用于 并未用于 绝不用于 严禁用于 禁止用于 不用来 不拿来 不是用于 不是用来
  并非用于 而非用于 不是 并非 而非 并不 不做 不作 不搞 不去 禁止 严禁 杜绝
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
export const CONTRASTS: readonly string[] = words(`而 但 只 仅 全部 全用于 都用于 是用于 用于 用来 改为 改用 主要`);

/** Extends a lexicon with more terms, keeping the base's; the public, checked form is `createLexicon`. */
export function extendLexicon(additions: Partial<Record<UsagePurpose, readonly string[]>>, base: Lexicon = defaultLexicon): Lexicon {
  const out = {} as Record<UsagePurpose, readonly string[]>;
  for (const p of USAGE_PURPOSES) out[p] = Object.freeze([...base[p], ...(additions[p] ?? [])]);
  return Object.freeze(out);
}
