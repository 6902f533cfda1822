/**
 * Columns and values as Chinese bank exports write them (GLOSSARY.md, "Columns and values as Chinese bank
 * exports write them") — data only, the one place these words live. src/audit/rows.ts reads a header cell
 * as a field when it is the field's name in any letter case or one of the Chinese headers below, and an enum
 * cell as a value when it is the value's code or one of the Chinese words below. The first Chinese header of
 * each field is the one to use when writing a file. A test holds every field and code here against the
 * record schemas, so a word can never name a field or a value the schemas do not have.
 */

/** Each field's Chinese headers, per file (the same header can name different fields in the two files). */
export const CHINESE_HEADERS = {
  households: {
    id: ['农户编号', '户编号'],
    povertyStatus: ['贫困户类型', '户类型'],
    onPovertyOfficeList: ['扶贫部门名单', '是否在扶贫部门名单'],
    hasIndustrialDevelopmentConditions: ['具备产业发展条件'],
    hasLaborCapacity: ['有劳动能力'],
    region: ['地区', '乡镇', '行政区划代码'],
  },
  loans: {
    id: ['贷款编号', '借据号'],
    householdId: ['农户编号', '借款户编号'],
    kind: ['贷款类型'],
    principal: ['合同金额', '发放金额'],
    outstanding: ['贷款余额'],
    contractDate: ['合同日期', '签订日期'],
    maturityDate: ['到期日', '到期日期'],
    deferredTo: ['延期至', '延期后到期日'],
    status: ['贷款状态'],
    purpose: ['贷款用途'],
    borrowedBy: ['实际借款人'],
    usedBy: ['实际使用人'],
    repaidBy: ['实际还款人'],
    covidRepaymentDifficulty: ['受疫情影响还款困难'],
    overdueDays: ['逾期天数'],
    classification: ['五级分类'],
    collectionAttempted: ['是否清收'],
    region: ['地区', '乡镇', '行政区划代码'],
    lender: ['贷款银行'],
  },
} as const satisfies Record<'households' | 'loans', Record<string, readonly string[]>>;

/** Who borrows, uses or repays: the words for FUNDS_USERS. */
const PARTIES = { 本户: 'household', 企业: 'enterprise', 合作社: 'cooperative', 政府融资平台: 'government_platform', 其他: 'other' } as const;

/** Each enum field's Chinese values (exported word → code in the records), for whichever file has the field. */
export const CHINESE_VALUES = {
  povertyStatus: { 建档立卡贫困户: 'registered_poor', 边缘户: 'monitored_edge', 边缘人口: 'monitored_edge', 非贫困户: 'none' },
  kind: { 新增: 'new', 续贷: 'renewal', 展期: 'extension', 追加: 'top_up' },
  status: { 在贷: 'active', 结清: 'closed' },
  classification: { 正常: 'normal', 关注: 'special_mention', 次级: 'substandard', 可疑: 'doubtful', 损失: 'loss' },
  borrowedBy: PARTIES,
  usedBy: PARTIES,
  repaidBy: PARTIES,
} as const satisfies Record<string, Record<string, string>>;
