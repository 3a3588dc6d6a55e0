// Words that stand beside a person's name in reports: titles before or after it, verbs of
// saying after it, and the roles of bylines. Hand-written from newspaper usage.

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);

/** Roles and titles a name follows: 教授洪亮, 负责人饶秋华, 工作人员谢晶. */
export const TITLES_BEFORE: readonly string[] = words(`
  教授 副教授 院士 研究员 副研究员 博士 博士后 主任 副主任 院长 副院长 所长 副所长 校长 副校长 书记 副书记 局长 副局长 区长 副区长 市长 副市长
  县长 省长 主席 副主席 董事长 副董事长 总经理 副总经理 经理 总裁 副总裁 创始人 联合创始人 负责人 工作人员 记者 通讯员 专家 医生 主任医师 工程师
  高级工程师 总工程师 首席科学家 科学家 教师 老师 厂长 站长 秘书长 会长 理事长 部长 处长 科长 主管 总监 合伙人 村民 市民 居民 员工 职工 学生
  代办员 帮办员 技术员 研究生 本科生 总经济师 总设计师 首席执行官 执行董事 董事 监事 党委书记 主任委员 委员 队长 组长 班长 带头人 负责同志
  行政总裁 执行长 社长 台长 总编辑 主编 行长 副行长 厅长 副厅长 司长 副司长 署长 主委 副主委 次长 参事 常委 镇长 乡长 村长 发言人 联系人 作者
  总理 副总理 部长助理 大使 领事 议员 特派员 调研员 巡视员 经理人 董秘 首席 创办人 掌门人 得主 获得者 CEO CTO COO CFO
`);

/** Titles after a name that make it a person on their own: 李若教授, 下修武院士. */
export const TITLES_AFTER: readonly string[] = words(`
  教授 副教授 院士 研究员 副研究员 博士 先生 女士 同志 老师 主任 书记 局长 院长 所长 校长 董事长 总经理 经理 总裁 部长 处长 科长 工程师 医生
`);

/** The strong ones: with them a rare surname the table lacks still makes a three-character name. */
export const STRONG_TITLES_AFTER: readonly string[] = ['院士', '教授', '研究员', '博士'];

/** Verbs of saying after a name: 洪亮说, 谢晶表示. */
export const SPEECH_AFTER: readonly string[] = words(`
  说 说道 表示 介绍 认为 指出 强调 告诉 坦言 透露 称 谈到 解释 回忆 感慨 补充 提到 坦承 直言 笑着说 举例 建议 希望 相信 评价 分析
  报道 预估 宣布 表态 致辞 讲话 发言 主持 出席 参加 会见 看望
`);

/** After the last name of a list, words that say the list is of people: 张伟、王芳、李强等专家. */
export const PEOPLE_AFTER_LIST: readonly string[] = words(`
  等人 等专家 等领导 等嘉宾 等同志 等院士 等代表 等负责人 等学者 等企业家 等教授
`);

/** Time words a name may stand before (王明近日表示, 作者:夏丹 joined to 近日 by a layout break). */
export const TIME_AFTER: readonly string[] = words(`
  近日 日前 近期 此前 今天 昨天 今年 去年 目前 当天 当日 随后 同时 还 分别 一同 共同 一起 亲自 先后 专门 特别
`);

/** Characters a name may stand before, when no cue follows it: 洪亮带领, 饶秋华对, 林全能受访. */
export const AFTER_NAME = '，。、；：！？,.;:!?)）”」 \t\n说表介认指强告坦透称谈解回感补提对带在等的为和与及是也都就曾已将向率代主笑作从把被给让同跟还又所可会能要来去到昨今受';

/** Characters before a name that do not join it: 起 in 汇聚起下修武院士, 的, 了 … */
export const BEFORE_NAME = '，。、；：！？,.;:!?(（“「”」 \t\n的了着过起到向给等与和及由被把对让请经是为有据和';

/** Words that look like a surname and a name but are common words. */
export const NOT_NAMES: readonly string[] = words(`
  同时 目前 相关 公司 企业 高新 科技 创新 发展 项目 工作 服务 全国 全面 国家 中国 关于 通过 经过 方面 管理 管委 党委 部门 单位 政府 专家
  记者 学生 他们 她们 我们 大家 自己 双方 各方 有关 这些 那些 负责人 工作人员 此外 其中 应该 可以 就是 也就是 比如 例如 据悉 据了解 方式
  成果 平台 中心 园区 高校 院所 学者 人员 人才 团队 领导 主要领导 同志 老师 医生 市民 村民 居民 员工 职工 用户 客户 群众 代表 委员 成员
  明显 明确 文化 安全 应用 时间 程度 能力 水平 质量 高端 和谐 宁静 平安 华丽 常态 常规 万元 亿元 云端 云上 夏季 冬季 秋季 春季
  师生 党员 干部 嘉宾 游客 观众 选手 学员 会员 全体 全员 双方 各界 申报 金融 高层 高管 安排 董事会 管理层
`);

/** Byline roles, longest first where one contains another. */
export const BYLINE_ROLES: readonly string[] = words(`
  本报特约通讯员 本报通讯员 本报见习记者 本报实习记者 本报记者 特约通讯员 见习记者 实习记者 特约记者 通讯员 实习生 记者 特约撰稿人 撰稿 摄影 摄 文/图 文 图 编辑 责任编辑
`);
