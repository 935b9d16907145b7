/**
 * The civil cause-of-action hierarchy (民事案件案由), as far as the pilot-scope rules need it: a cause
 * and everything below it (含下级案由), e.g. 金融借款合同纠纷 is a 借款合同纠纷.
 *
 * Source and confidence (DOMAIN.md confidence marks):
 * - Structure: 《民事案件案由规定》 as revised by 法〔2020〕347号 (in force 2021-01-01), the revision in
 *   force during the pilot. Written from memory (L). The subtrees the default pilot rules depend on
 *   — 借款合同纠纷, 银行卡纠纷, 劳动争议, 婚姻家庭纠纷 (抚养/扶养/赡养), 执行程序中的异议之诉 — were
 *   cross-checked against a public vendor table of the later 2025 revision, whose entries for these
 *   subtrees agree (M). Causes the 2025 revision added (超龄劳动者用工纠纷, 数据纠纷 …) are left out.
 * - Coverage: partial on purpose. It holds the 一级 parts, the 二级 and 三级 causes a basic court
 *   sees most, and the 四级 causes below the ones the rules use. A cause it does not know is under
 *   nothing but itself, so a rule on an unknown cause matches exactly that name.
 * - Names used in real data but not in the 2020 text are accepted as aliases: 劳动争议纠纷 (= 劳动争议,
 *   the plan's own wording), 网络购物合同纠纷 (the 2011 name of 信息网络买卖合同纠纷), and 2011 causes
 *   the 2020 revision dropped are kept where they were (企业借贷纠纷 under 借款合同纠纷).
 *
 * Where the name of a 一级 part equals that of its only 二级 cause (人格权纠纷, 侵权责任纠纷), the two
 * are one node. Criminal charges (罪名) and 司法救助 matters are not civil causes: they are unknown
 * here and match only themselves.
 */

/** A node: a cause without sub-causes, or [cause, sub-causes]. */
type Node = string | readonly [string, readonly Node[]];

/** Where the table comes from, for the reference-data version stamp. */
export const causeHierarchySource = '民事案件案由规定（法〔2020〕347号修正）· 凭记忆整理（L），试点规则所涉子树已核对（M）';

const tree: readonly Node[] = [
  [
    '人格权纠纷',
    [
      '生命权、身体权、健康权纠纷',
      '姓名权纠纷',
      '名称权纠纷',
      '肖像权纠纷',
      '声音保护纠纷',
      '名誉权纠纷',
      '荣誉权纠纷',
      ['隐私权、个人信息保护纠纷', ['隐私权纠纷', '个人信息保护纠纷']],
      '婚姻自主权纠纷',
      '人身自由权纠纷',
      ['一般人格权纠纷', ['平等就业权纠纷']],
    ],
  ],
  [
    '婚姻家庭、继承纠纷',
    [
      [
        '婚姻家庭纠纷',
        [
          '婚约财产纠纷',
          '婚内夫妻财产分割纠纷',
          '离婚纠纷',
          '离婚后财产纠纷',
          '离婚后损害责任纠纷',
          '婚姻无效纠纷',
          '撤销婚姻纠纷',
          '夫妻财产约定纠纷',
          ['同居关系纠纷', ['同居关系析产纠纷', '同居关系子女抚养纠纷']],
          ['亲子关系纠纷', ['确认亲子关系纠纷', '否认亲子关系纠纷']],
          ['抚养纠纷', ['抚养费纠纷', '变更抚养关系纠纷']],
          ['扶养纠纷', ['扶养费纠纷', '变更扶养关系纠纷']],
          ['赡养纠纷', ['赡养费纠纷', '变更赡养关系纠纷']],
          ['收养关系纠纷', ['确认收养关系纠纷', '解除收养关系纠纷']],
          '监护权纠纷',
          '探望权纠纷',
          '分家析产纠纷',
        ],
      ],
      [
        '继承纠纷',
        [
          ['法定继承纠纷', ['转继承纠纷', '代位继承纠纷']],
          '遗嘱继承纠纷',
          '被继承人债务清偿纠纷',
          '遗赠纠纷',
          '遗赠扶养协议纠纷',
          '遗产管理纠纷',
        ],
      ],
    ],
  ],
  [
    '物权纠纷',
    [
      ['不动产登记纠纷', ['异议登记不当损害责任纠纷', '虚假登记损害责任纠纷']],
      [
        '物权保护纠纷',
        [
          ['物权确认纠纷', ['所有权确认纠纷', '用益物权确认纠纷', '担保物权确认纠纷']],
          '返还原物纠纷',
          '排除妨害纠纷',
          '消除危险纠纷',
          '修理、重作、更换纠纷',
          '恢复原状纠纷',
          '财产损害赔偿纠纷',
        ],
      ],
      [
        '所有权纠纷',
        [
          '侵害集体经济组织成员权益纠纷',
          ['建筑物区分所有权纠纷', ['业主专有权纠纷', '业主共有权纠纷', '车位纠纷', '车库纠纷']],
          '业主撤销权纠纷',
          '业主知情权纠纷',
          '遗失物返还纠纷',
          [
            '相邻关系纠纷',
            [
              '相邻用水、排水纠纷',
              '相邻通行纠纷',
              '相邻土地、建筑物利用关系纠纷',
              '相邻通风纠纷',
              '相邻采光、日照纠纷',
              '相邻污染侵害纠纷',
              '相邻损害防免关系纠纷',
            ],
          ],
          ['共有纠纷', ['共有权确认纠纷', '共有物分割纠纷', '共有人优先购买权纠纷', '债权人代位析产纠纷']],
        ],
      ],
      [
        '用益物权纠纷',
        [
          ['土地承包经营权纠纷', ['土地承包经营权确认纠纷', '承包地征收补偿费用分配纠纷', '土地承包经营权继承纠纷']],
          '土地经营权纠纷',
          '建设用地使用权纠纷',
          '宅基地使用权纠纷',
          '居住权纠纷',
          '地役权纠纷',
        ],
      ],
      ['担保物权纠纷', ['抵押权纠纷', '质权纠纷', '留置权纠纷']],
      ['占有保护纠纷', ['占有物返还纠纷', '占有排除妨害纠纷', '占有消除危险纠纷', '占有物损害赔偿纠纷']],
    ],
  ],
  [
    '合同、准合同纠纷',
    [
      [
        '合同纠纷',
        [
          '缔约过失责任纠纷',
          '预约合同纠纷',
          ['确认合同效力纠纷', ['确认合同有效纠纷', '确认合同无效纠纷']],
          '债权人代位权纠纷',
          '债权人撤销权纠纷',
          '债权转让合同纠纷',
          '债务转移合同纠纷',
          '债务加入纠纷',
          [
            '买卖合同纠纷',
            [
              '分期付款买卖合同纠纷',
              '凭样品买卖合同纠纷',
              '试用买卖合同纠纷',
              '所有权保留买卖合同纠纷',
              '招标投标买卖合同纠纷',
              '互易纠纷',
              '国际货物买卖合同纠纷',
              '信息网络买卖合同纠纷',
            ],
          ],
          '拍卖合同纠纷',
          [
            '房屋买卖合同纠纷',
            ['商品房预约合同纠纷', '商品房预售合同纠纷', '商品房销售合同纠纷', '商品房委托代理销售合同纠纷', '经济适用房转让合同纠纷', '农村房屋买卖合同纠纷'],
          ],
          '民事主体间房屋拆迁补偿合同纠纷',
          '供用电合同纠纷',
          '供用水合同纠纷',
          '供用气合同纠纷',
          '供用热力合同纠纷',
          ['赠与合同纠纷', ['公益事业捐赠合同纠纷', '附义务赠与合同纠纷']],
          [
            '借款合同纠纷',
            [
              '金融借款合同纠纷',
              '同业拆借纠纷',
              '民间借贷纠纷',
              '小额借款合同纠纷',
              '金融不良债权转让合同纠纷',
              '金融不良债权追偿纠纷',
              // 2011 revision only; still found in older data.
              '企业借贷纠纷',
            ],
          ],
          '保证合同纠纷',
          '抵押合同纠纷',
          '质押合同纠纷',
          '定金合同纠纷',
          '储蓄存款合同纠纷',
          ['银行卡纠纷', ['借记卡纠纷', '信用卡纠纷']],
          ['租赁合同纠纷', ['土地租赁合同纠纷', '房屋租赁合同纠纷', '车辆租赁合同纠纷', '建筑设备租赁合同纠纷']],
          '融资租赁合同纠纷',
          '保理合同纠纷',
          ['承揽合同纠纷', ['加工合同纠纷', '定作合同纠纷', '修理合同纠纷', '复制合同纠纷', '测试合同纠纷', '检验合同纠纷']],
          [
            '建设工程合同纠纷',
            [
              '建设工程勘察合同纠纷',
              '建设工程设计合同纠纷',
              '建设工程施工合同纠纷',
              '建设工程价款优先受偿权纠纷',
              '建设工程分包合同纠纷',
              '建设工程监理合同纠纷',
              '装饰装修合同纠纷',
              '农村建房施工合同纠纷',
            ],
          ],
          [
            '运输合同纠纷',
            ['公路旅客运输合同纠纷', '公路货物运输合同纠纷', '出租汽车运输合同纠纷', '城市公交运输合同纠纷', '多式联运合同纠纷'],
          ],
          '保管合同纠纷',
          '仓储合同纠纷',
          '委托合同纠纷',
          ['委托理财合同纠纷', ['金融委托理财合同纠纷', '民间委托理财合同纠纷']],
          '物业服务合同纠纷',
          '行纪合同纠纷',
          '中介合同纠纷',
          '借用合同纠纷',
          '典当纠纷',
          '合伙合同纠纷',
          '农村土地承包合同纠纷',
          [
            '服务合同纠纷',
            [
              '电信服务合同纠纷',
              '邮政服务合同纠纷',
              '快递服务合同纠纷',
              '医疗服务合同纠纷',
              '法律服务合同纠纷',
              '旅游合同纠纷',
              '旅店服务合同纠纷',
              '餐饮服务合同纠纷',
              '网络服务合同纠纷',
              '教育培训合同纠纷',
              '家政服务合同纠纷',
              '保安服务合同纠纷',
              '银行结算合同纠纷',
            ],
          ],
          '演出合同纠纷',
          '劳务合同纠纷',
          '离退休人员返聘合同纠纷',
          '广告合同纠纷',
          '展览合同纠纷',
          '追偿权纠纷',
        ],
      ],
      '不当得利纠纷',
      '无因管理纠纷',
    ],
  ],
  ['知识产权与竞争纠纷', ['知识产权合同纠纷', '知识产权权属、侵权纠纷', '不正当竞争纠纷', '垄断纠纷']],
  [
    '劳动争议、人事争议',
    [
      [
        '劳动争议',
        [
          [
            '劳动合同纠纷',
            ['确认劳动关系纠纷', '集体合同纠纷', '劳务派遣合同纠纷', '非全日制用工纠纷', '追索劳动报酬纠纷', '经济补偿金纠纷', '竞业限制纠纷'],
          ],
          ['社会保险纠纷', ['养老保险待遇纠纷', '工伤保险待遇纠纷', '医疗保险待遇纠纷', '生育保险待遇纠纷', '失业保险待遇纠纷']],
          '福利待遇纠纷',
        ],
      ],
      ['人事争议', ['聘用合同纠纷', '聘任合同纠纷', '辞职纠纷', '辞退纠纷']],
    ],
  ],
  ['海事海商纠纷', []],
  [
    '与公司、证券、保险、票据等有关的民事纠纷',
    [
      [
        '与公司有关的纠纷',
        [
          '股东资格确认纠纷',
          '股东出资纠纷',
          '股东知情权纠纷',
          '股权转让纠纷',
          '公司决议纠纷',
          '公司盈余分配纠纷',
          '损害股东利益责任纠纷',
          '损害公司利益责任纠纷',
          '损害公司债权人利益责任纠纷',
          '公司解散纠纷',
          '清算责任纠纷',
        ],
      ],
      ['合伙企业纠纷', ['入伙纠纷', '退伙纠纷', '合伙企业财产份额转让纠纷']],
      ['与破产有关的纠纷', ['破产债权确认纠纷', '取回权纠纷', '对外追收债权纠纷', '管理人责任纠纷']],
      ['证券纠纷', ['证券虚假陈述责任纠纷', '融资融券交易纠纷']],
      ['期货交易纠纷', ['期货经纪合同纠纷']],
      ['信托纠纷', ['民事信托纠纷', '营业信托纠纷', '公益信托纠纷']],
      [
        '保险纠纷',
        [
          ['财产保险合同纠纷', ['财产损失保险合同纠纷', '责任保险合同纠纷', '信用保险合同纠纷', '保证保险合同纠纷', '保险人代位求偿权纠纷']],
          ['人身保险合同纠纷', ['人寿保险合同纠纷', '意外伤害保险合同纠纷', '健康保险合同纠纷']],
          '再保险合同纠纷',
          '保险经纪合同纠纷',
          '保险代理合同纠纷',
          '保险费纠纷',
        ],
      ],
      ['票据纠纷', ['票据付款请求权纠纷', '票据追索权纠纷', '票据损害责任纠纷']],
      ['信用证纠纷', []],
      ['独立保函纠纷', []],
    ],
  ],
  [
    '侵权责任纠纷',
    [
      '监护人责任纠纷',
      '用人单位责任纠纷',
      '劳务派遣工作人员侵权责任纠纷',
      '提供劳务者致害责任纠纷',
      '提供劳务者受害责任纠纷',
      '网络侵权责任纠纷',
      ['违反安全保障义务责任纠纷', ['经营场所、公共场所的经营者、管理者责任纠纷', '群众性活动组织者责任纠纷']],
      '教育机构责任纠纷',
      ['产品责任纠纷', ['产品生产者责任纠纷', '产品销售者责任纠纷']],
      '机动车交通事故责任纠纷',
      '非机动车交通事故责任纠纷',
      ['医疗损害责任纠纷', ['侵害患者知情同意权责任纠纷', '医疗产品责任纠纷']],
      '环境污染责任纠纷',
      '饲养动物损害责任纠纷',
      ['建筑物和物件损害责任纠纷', ['物件脱落、坠落损害责任纠纷', '高空抛物、坠物损害责任纠纷']],
      '触电人身损害责任纠纷',
      '义务帮工人受害责任纠纷',
      '见义勇为人受害责任纠纷',
      '因申请财产保全损害责任纠纷',
    ],
  ],
  [
    '非讼程序案件案由',
    [
      ['选民资格案件', ['申请确定选民资格']],
      ['宣告失踪、宣告死亡案件', ['申请宣告自然人失踪', '申请撤销宣告失踪判决', '申请宣告自然人死亡', '申请撤销宣告自然人死亡判决']],
      [
        '认定自然人无民事行为能力、限制民事行为能力案件',
        ['申请宣告自然人无民事行为能力', '申请宣告自然人限制民事行为能力', '申请宣告自然人恢复限制民事行为能力', '申请宣告自然人恢复完全民事行为能力'],
      ],
      ['指定遗产管理人案件', ['申请指定遗产管理人']],
      ['认定财产无主案件', ['申请认定财产无主', '申请撤销认定财产无主判决']],
      ['确认调解协议案件', ['申请司法确认调解协议', '申请撤销确认调解协议裁定']],
      ['实现担保物权案件', ['申请实现担保物权', '申请撤销准许实现担保物权裁定']],
      ['监护权特别程序案件', ['申请确定监护人', '申请指定监护人', '申请变更监护人', '申请撤销监护人资格', '申请恢复监护人资格']],
      ['督促程序案件', ['申请支付令']],
      ['公示催告程序案件', ['申请公示催告']],
      ['公司清算案件', ['申请公司清算']],
      ['破产程序案件', ['申请破产清算', '申请破产重整', '申请破产和解']],
      ['申请保全案件', ['申请诉前财产保全', '申请诉前行为保全', '申请诉前证据保全', '申请执行前财产保全']],
      ['申请人身安全保护令案件', ['申请人身安全保护令']],
      ['仲裁程序案件', ['申请确认仲裁协议效力', '申请撤销仲裁裁决']],
    ],
  ],
  [
    '特殊诉讼程序案件案由',
    [
      ['公益诉讼', []],
      '第三人撤销之诉',
      [
        '执行程序中的异议之诉',
        [['执行异议之诉', ['案外人执行异议之诉', '申请执行人执行异议之诉']], '追加、变更被执行人异议之诉', '执行分配方案异议之诉'],
      ],
    ],
  ],
];

/** Names real data uses for a cause of the table: variant → name in the table. */
const aliases: Readonly<Record<string, string>> = {
  劳动争议纠纷: '劳动争议',
  劳动人事争议: '劳动争议、人事争议',
  网络购物合同纠纷: '信息网络买卖合同纠纷',
  执行异议之诉纠纷: '执行异议之诉',
  案外人执行异议之诉纠纷: '案外人执行异议之诉',
  '生命权、健康权、身体权纠纷': '生命权、身体权、健康权纠纷',
  追加被执行人执行异议之诉: '追加、变更被执行人异议之诉',
  变更被执行人执行异议之诉: '追加、变更被执行人异议之诉',
  居间合同纠纷: '中介合同纠纷',
};

const parentOf = new Map<string, string | null>();
const childrenOf = new Map<string, string[]>();

function index(nodes: readonly Node[], parent: string | null): void {
  for (const node of nodes) {
    const [name, children] = typeof node === 'string' ? [node, [] as readonly Node[]] : node;
    if (parentOf.has(name)) throw new Error(`cause hierarchy: ${name} appears twice`);
    parentOf.set(name, parent);
    childrenOf.set(name, []);
    if (parent !== null) childrenOf.get(parent)!.push(name);
    index(children, name);
  }
}
index(tree, null);
for (const [alias, target] of Object.entries(aliases)) {
  if (!parentOf.has(target)) throw new Error(`cause hierarchy: alias ${alias} → unknown ${target}`);
  if (parentOf.has(alias)) throw new Error(`cause hierarchy: alias ${alias} is also a cause`);
}

/**
 * Writes a cause the way the table does: trims, drops inner spaces, and turns ASCII or full-width
 * commas into the enumeration comma ('生命权,身体权,健康权纠纷' → '生命权、身体权、健康权纠纷'),
 * then resolves aliases ('劳动争议纠纷' → '劳动争议'). Unknown causes come back normalised only.
 */
export function canonicalCause(cause: string): string {
  const normal = cause.replace(/\s+/g, '').replace(/[,，]/g, '、');
  return aliases[normal] ?? normal;
}

/** Whether the table knows the cause (directly or by an alias). */
export function isKnownCause(cause: string): boolean {
  return parentOf.has(canonicalCause(cause));
}

/**
 * The path from the 一级 part down to the cause, in table names, e.g. '金融借款合同纠纷' →
 * ['合同、准合同纠纷', '合同纠纷', '借款合同纠纷', '金融借款合同纠纷']; an unknown cause → [itself].
 */
export function causePath(cause: string): string[] {
  const name = canonicalCause(cause);
  if (!parentOf.has(name)) return [name];
  const path: string[] = [];
  for (let at: string | null | undefined = name; at != null; at = parentOf.get(at)) path.unshift(at);
  return path;
}

/**
 * Whether `cause` is `ancestor` or lies below it (含下级案由): isCauseUnder('追索劳动报酬纠纷',
 * '劳动争议纠纷') is true, isCauseUnder('劳务合同纠纷', '劳动争议') is false. Unknown causes are under
 * nothing but themselves.
 */
export function isCauseUnder(cause: string, ancestor: string): boolean {
  const target = canonicalCause(ancestor);
  for (let at: string | null | undefined = canonicalCause(cause); at != null; at = parentOf.get(at)) {
    if (at === target) return true;
  }
  return false;
}

/** The direct sub-causes of a cause in table order ([] for a leaf or an unknown cause). */
export function subCauses(cause: string): string[] {
  return [...(childrenOf.get(canonicalCause(cause)) ?? [])];
}

/** Every cause of the table, parents before children, in table order. */
export function knownCauses(): string[] {
  return [...parentOf.keys()];
}
