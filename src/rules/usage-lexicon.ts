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
/** Treating animals is production: 给牛治病 is not a household's medical bill. */
const ANIMAL_CARE = combine(words('给牛 给羊 给猪 给鸡 给鸭 给鹅 给驴 给马 牲畜 牛羊'), words('治病 看病 打针 防疫'));

export const defaultLexicon: Lexicon = Object.freeze({
  production: Object.freeze([
    ...combine(BUILD_VERBS, FARM_STRUCTURES),
    ...combine(FARM_STRUCTURES, BUILD_VERBS),
    ...combine(STOCK_VERBS, LIVESTOCK),
    ...ANIMAL_CARE,
    ...words(`    婚庆车队 婚庆礼仪 婚庆礼仪服务 婚礼主持 婚礼布置 婚车出租 婚纱礼服 租婚纱 喜宴饭庄 饭庄 喜糖 喜饼作坊 响器班 冰棺 冰棺出租 宴席承办 白事大席 红白事大席 包席 大席 戏班子 烟花爆竹 花店 鲜花店 影楼 养猪场 养牛场 养羊场 养鸡场 猪场 牛场 羊场 鸡场 能繁母猪保险 养殖保险 种植保险 种植险 养殖险 农业保险 厨师 流动厨师 刻字店 刻字 米粉 做米粉 银耳 菌包 玫瑰 玫瑰酱 檀皮 宣纸 乐器 仓房 晾粉棚 防治病虫害 病虫害 酒席班子 流动酒席 打针看病收费 鹿舍 兔舍 驴舍 蚕舍 托管班 旅游公司 育苗棚 揉茶房 烘干房 初制所 裁缝活 保鲜 红白喜事做席 承办流水席 做席 承办酒席 婚庆公司 小饭桌 学生小饭桌 菇房 客房 包间 木匠 铁匠 瓦匠 石匠 篾匠 泥瓦匠 木工活 抚育 嫁接 施肥 修枝 剪枝 打药 采茶 兽医 杀年猪 吊养 汽修厂 修理厂 圈羊 蚕房 蒸笼 灶具 家伙什 坝坝宴 洋芋 洋芋种 种薯 挖机 给人挖 馕坑 打馕 自己养 自家养 自己家养 自己种 自家种 自己家种 毛嗑 南果梨 梨 苗 稻花香 地租 交地租 柞蚕 蚕种 海参 参圈 豆包 黏豆包 粘豆包 黏火勺 蒸箱 扣棚 扣大棚 打鱼 渔网 小船 渔船 捕鱼 收废品 废品
    鸡崽 鹅崽 鸭崽 猪崽子 小鸡崽 挖掘机 铲车 叉车 大酱 做酱 咸菜 灌装机 小牛 羊肉串 烤串 庭院经济 发展庭院经济 园田 小园 菜园 菜园子 榛蘑 木耳
    出租车 网约车 跑出租 跑活 拉脚 拉活 门脸 早餐铺 烤房 种点地 多种点地 种点 旋耕 电动三轮拉货 设备 机器 工具 搅拌机 切割机 电锤 冷藏柜
    大车 农用车 货车 小货车 四轮子 小四轮 手扶拖拉机 稻田 水田 旱田 打井 黄豆 芸豆 白瓜子 甜玉米 黏玉米 鲜食玉米 冻梨 榛子 松子 五味子
    西门塔尔 架子牛 育肥牛 犊子 母羊 羊羔子 猪羔子 鹅雏 鸭雏 大鹅 笨鸡蛋 土鸡蛋 鸡蛋 鸭蛋 鹅蛋 蜂蜜 蜂蛹 林蛙 蛤蟆 哈什蚂 中蜂 黑蜂
  

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
  marriage: words(`    过大礼 喜饼 托依 要办事 娶婆姨 摆酒席 接亲 回门 过礼 上门女婿 招上门女婿 菜礼 相对象 换盅 压箱底 送日子 见面礼 女方要 女方家 接婆娘 讨婆娘 娶婆娘 接媳妇 成亲 成家 办事儿 出门子 陪送 过彩礼 说媳妇 讨媳妇 找媳妇 娶儿媳妇 娶个媳妇 说个媳妇 喜宴 婚纱照 结婚照 三金首饰 改口费 下彩礼 送彩礼
  

    结婚 婚礼 婚宴 婚庆 婚事 办婚事 喜事 办喜事 喜酒 彩礼 聘礼 嫁妆 陪嫁 出嫁 嫁女 嫁闺女 娶媳妇 娶老婆 娶亲 娶妻
    娶儿媳 订婚 定亲 婚房 婚车 婚纱 三金 聘金 婚俗
  `),
  housing: words(`
    做屋 做新屋 地板 木地板 铺地板 接二层 接个二层 盖二层 拆旧建新 修缮旧房 塑钢窗 窗户 外墙 自筹款 灶房 修灶房 盘炕 烟筒 修烟筒 糊窗户 漏风 箍窑 住不成 搬迁房 搬迁房首付 房屋加固 安门窗 抹墙 吊顶 刮大白 铺地砖 贴瓷砖 外墙保温 房子外墙 换窗户 换门窗 修房顶 修屋顶 盖房子住 起房子 翻盖房子 自建房 盖了房 建了房 起了房 买了房 修了房 盖了新房 楼房首付 买楼房 建房 盖房 修房 盖新房 建新房 盖楼 建住房 新建住房 翻建 翻盖 翻新房屋 重建房屋 买房 购房 买楼 房贷 装修房子 装修房屋 房屋修缮 修缮房屋 修缮住房 维修房屋 修理房屋 房屋维修 房屋加盖 加盖二层 加盖一层 加层 起新屋 起屋 盖屋 建屋 翻修 翻新 屋顶 房顶 漏雨 院墙 修院墙 盖房子 建房子 危房改造 盖院墙 房屋改造 改造房屋 房屋建设 建房屋 建造房屋 新建房屋 修建房屋 房子首付 购房首付 交首付 装修 装修新房 装修住房 房屋装修 家里装修 装修家 新房装修 房子装修
  `),
  wealth_management: words(`    金条 买金条 网上平台 投进去 月返 每月返 一个月返 高额返利 虚拟货币 买币 吃利差 利差 黄金 银行定期 存银行定期 标会 入标会 会息 原始股 印子钱 放印子钱 定期存款 定期理财 存个定期 每天返利 高回报 投资平台 网上投资 资金盘 拉人头 放款 放给 分利 一分利 两分利 三分利 月息 利钱
    存定期 存三年定期 放出去 放账 放利息 理财 炒币 炒股票 买股票 股票 基金 炒基金 民间借贷 借出去收利息 放给别人 搞理财
  

    理财 理财产品 投资理财 基金 股票 炒股 股市 期货 炒期货 外汇 炒外汇 黄金投资 买黄金 比特币 虚拟币 数字货币 炒币 p2p 信托 信托产品 资管 私募 余额宝 炒黄金 保值 存定期 放高利贷 放贷 收利息 吃利息 国债 债券
    存银行 吃利息 放高利贷 集资
  `),
  household_goods: words(`    电驴子 电动四轮车 摩托 取暖炉 打茶机 电三轮 床上用品 游戏机 收音机 学习机 净水器 燃气灶 油烟机 雪柜 电饭锅 微波炉 缝纫机 地毯 炉子 火炉 铁炉子 三轮摩托 炕柜 饭桌 桌椅板凳 床 衣柜 大衣柜 电视机 大电视 电动三轮 电动三轮车 三轮车 面包车 私家车 家用电器
  

    家庭用品 家居用品 生活用品 家电 电器 冰箱 电视 彩电 洗衣机 空调 热水器 家用电脑 电脑 买电脑 笔记本电脑 买手机 手机 智能手机 电动车 电瓶车 摩托车 代步 代步车 冰柜 汽车 家用车 suv 越野车 家用 电暖炉 电暖气 取暖器 取暖 家具 沙发 衣柜 床垫 
    家用轿车 小轿车 轿车 私家车 家用汽车
  `),
  other_non_productive: words(`    满月酒 办满月酒 偿还旧债 旧债 信用卡 路费 住宿费 买煤 口粮 过冬的煤 买煤买粮 上期 还上期 寿材 寿衣 还农信社 买米买面 过年家用 过日子 租房 陪读 敬老院 养老院 护理费 上一笔 前一笔 上笔贷款 上一笔贷款 升学宴 谢师宴 大寿 七十大寿 祝寿 寿宴 修坟 立碑 赔偿 赔偿款 还上回 欠的账 打牌 输了钱 输钱 笔账 还那笔账 饥荒 还饥荒 拉饥荒 拉的饥荒 饥荒账 补课 补课费 打麻将 麻将 欠的钱 借的钱 钱还上 钱还清 钱还了 把钱还 还上欠 交保险 发送老人 发送
    房租 交房租 租房子住 租房住 还信用社 信用社的钱 网贷 网代 欠亲戚 欠邻居 欠人家 欠朋友 欠别人 欠款 欠债 欠账 外债 还去年 还前年 还以前
    还之前 还上次 还原来 堵窟窿 窟窿 治疗 康复 药费 医药 吃药 住院费 看病钱 丧葬费 办丧事 办后事 后事 随份子 份子钱 人情钱 学费 生活费
  

    非生产性 消费 生活开销 生活开支 日常开支 日常生活 生活费 家庭开支 零花 学费 上学 上大学 读书 择校 看病 治病 就医 住院 医药费
    医疗费 手术 买药 新农合 合作医疗 医保 社保 养老保险 医疗保险 还借款 还钱 偿还以前 偿还借款 偿还欠款 高利贷 年货 走亲戚 送礼 过年 还旧贷 旧贷 还旧账 白事 办白事 保费 商业保险 还p2p 还亲戚 还朋友 还人家 还债 还账 还欠款 偿还债务 还信用卡 还网贷 还外债 借新还旧 旅游 出国 赌博 赌债 彩票 吃喝 请客 随礼
    养老 赡养 抚养 人情 人情往来 丧葬 办丧事 丧事 殡葬 买墓地 买保险 保健品 打官司 罚款
  `),
  government_financing_platform: Object.freeze([...words(`
    产业园建设 用于产业园 统一打包    交给村委会 城投项目 平台项目 村集体项目 集体项目
  

    政府融资平台 城建投 城市建设投资 交通投资 建设投资 城发公司 政府项目 政府工程 政府统一使用 政府借用 借给政府 交给政府
    修路 道路硬化 办公楼 村委会借 村委会统一 村集体项目
  `)]),
  enterprise_use: Object.freeze([...words(`    帮他贷 替他贷 给他贷 帮人贷 替人贷 帮亲戚贷 替亲戚贷 借名 冒名 顶名 用我的名义 以我的名义 名义贷款 带资入企 入企 带资入股 托养 代养 统一经营 统一养殖 保底分红 固定收益 保底收益 年底分红 按年分红 分红 入股分红 委托经营 户贷企用
  

    户贷企用 生产经营企业 入股 入股分红 资金入股 带资入股 带资入社 入社分红 分红 保底分红 固定分红 保底收益 资产收益 转贷 转借
    挂名 带资入舍 按股分钱 按股分红 年底分钱 分钱给 给我分钱 给分钱 给分红 固定收益 保底 代为养殖 代为经营 代为种植 代为 代管 托管给
    统一经营 统一养 统一养殖 统一饲养 统一种植 统一使用 委托经营 托管 托养 代养 企业使用 公司使用 企业统一 打给企业 打到企业 转给企业 转给公司
     入股光伏 企业经营 给公司用 给企业用
  `)]),
});

export { BARE_NEGATION_WORDS, CONTRASTS, DOUBLE_NEGATION_HEADS, MUST_TAILS, NEGATIONS } from './usage-grammar.js';

/** Extends a lexicon with more terms, keeping the base's; the public, checked form is `createLexicon`. */
export function extendLexicon(additions: Partial<Record<UsagePurpose, readonly string[]>>, base: Lexicon = defaultLexicon): Lexicon {
  const out = {} as Record<UsagePurpose, readonly string[]>;
  for (const p of USAGE_PURPOSES) out[p] = Object.freeze([...base[p], ...(additions[p] ?? [])]);
  return Object.freeze(out);
}
