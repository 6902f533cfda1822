/**
 * The words people write for each use of a loan, as data. The matcher compiles them into one
 * regular expression; a later issue grows the lexicon against a labelled corpus.
 *
 * Production terms include look-alikes of prohibited words (修建牛舍, 盖羊圈, 家庭农场, 理发店, 乡村旅游)
 * so that the longest match, which the matcher prefers, keeps them production.
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

export type Lexicon = Readonly<Record<UsagePurpose, readonly string[]>>;

export const defaultLexicon: Lexicon = Object.freeze({
  production: Object.freeze([
    '发展生产', '扩大生产', '生产资料', '种植', '种地', '种粮', '种菜', '蔬菜', '大棚', '温室', '果园', '果树', '茶园', '水稻', '玉米', '大豆',
    '小麦', '土豆', '马铃薯', '中药材', '食用菌', '木耳', '蘑菇', '香菇', '苗木', '育苗', '造林', '林下', '养殖', '养牛', '养羊', '养猪',
    '养鸡', '养鸭', '养鹅', '养鱼', '养蜂', '养兔', '肉牛', '奶牛', '母牛', '育肥', '牛犊', '羊羔', '仔猪', '猪仔', '鸡苗', '鸭苗', '鱼苗',
    '蛋鸡', '肉鸡', '水产', '渔业', '牛舍', '羊圈', '猪圈', '鸡舍', '圈舍', '修建牛舍', '饲料', '种子', '化肥', '肥料', '农药', '地膜',
    '农机', '拖拉机', '收割机', '播种机', '农具', '土地流转', '租地', '承包地', '加工', '磨坊', '开店', '小卖部', '商店', '超市', '门市',
    '摊位', '摆摊', '农家乐', '乡村旅游', '民宿', '电商', '网店', '直播带货', '运输', '货车', '收购', '贩运', '手工', '编织', '刺绣',
    '理发店', '餐馆', '饭店', '修理', '家庭农场', '经营',
  ]),
  marriage: Object.freeze(['结婚', '婚礼', '婚宴', '婚庆', '彩礼', '聘礼', '嫁妆', '娶媳妇', '娶亲', '订婚', '办喜事', '婚房']),
  housing: Object.freeze(['建房', '盖房', '修房', '翻建', '翻盖', '新建住房', '住房', '买房', '购房', '装修', '房贷', '盖新房']),
  wealth_management: Object.freeze(['理财', '基金', '股票', '炒股', '期货', '比特币', '虚拟币', '炒币', 'p2p']),
  household_goods: Object.freeze(['家庭用品', '生活用品', '家电', '冰箱', '电视', '洗衣机', '空调', '家具', '沙发', '手机', '电脑', '买车', '小轿车', '私家车']),
  other_non_productive: Object.freeze([
    '非生产性', '消费', '生活开销', '日常开支', '生活费', '学费', '上学', '看病', '治病', '医疗费', '住院', '还债', '还账', '还信用卡',
    '还网贷', '旅游', '赌博', '彩票', '吃喝', '丧葬', '办丧事', '请客', '随礼', '人情',
  ]),
  government_financing_platform: Object.freeze(['政府融资平台', '融资平台', '城投', '政府平台', '平台公司', '政府项目']),
  enterprise_use: Object.freeze([
    '户贷企用', '生产经营企业', '入股', '分红', '转贷', '转借', '借给企业', '借给公司', '交由企业', '交给企业', '交由合作社', '交给合作社',
    '统一经营', '委托经营', '托管', '带资入社', '企业使用', '公司使用', '龙头企业',
  ]),
});

/** Words that cancel the term they govern (不用于建房). */
export const NEGATIONS: readonly string[] = Object.freeze(['不用于', '不会用于', '不得用于', '没有用于', '不用来', '不是', '并非', '而非', '并不', '不作', '不做']);

/**
 * Traditional characters seen in purpose texts, each with its simplified form. Not a full
 * converter: enough that the lexicon's terms match when written in traditional script.
 */
export const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(
  [...'養种種買賣結禮嫁妝婚蓋裝財債還醫療學費車貸經營資購傢電視機鍋調遊戲業産產銷務設備與為於給轉專統組織團農場廠雞豬魚蝦蠶藥飼園運輸開鋪攤網鄉旅錢進貨樹菇蔬蘋親辦喜訂聘賭喪費請隨億劃轎級際區縣單們個這來時還']
    .map((ch, i) => [ch, [...'养种种买卖结礼嫁妆婚盖装财债还医疗学费车贷经营资购家电视机锅调游戏业产产销务设备与为于给转专统组织团农场厂鸡猪鱼虾蚕药饲园运输开铺摊网乡旅钱进货树菇蔬苹亲办喜订聘赌丧费请随亿划轿级际区县单们个这来时还'][i]!] as const)
    .filter(([t, s]) => t !== s),
));
