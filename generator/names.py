"""Chinese person names and the apposition around them (org + title + name).

Helpers for ``speakers``: which strings can be a person's name, how to read the organisation
and title a report puts before a name, and a stable ASCII id for a name. Everything works on
Simplified text (callers convert Traditional text with ``tw2s``, which keeps character
offsets), and returns offsets so callers can slice the original text.

Vocabulary lives here as data, not as logic: surnames come from ``data/surnames.tsv`` (with its
sources); titles, organisation suffixes and the few organisations that look like names are
listed below with the reason each list exists.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

# --- surnames ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Surname:
    """One surname of the table: ``common`` ones need less evidence than ``rare`` ones."""

    text: str
    common: bool
    reading: str | None


@functools.cache
def surnames() -> dict[str, Surname]:
    """The surname table (Simplified), single and compound, from ``data/surnames.tsv``."""
    table: dict[str, Surname] = {}
    text = resources.files("generator").joinpath("data/surnames.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        table[fields[0]] = Surname(fields[0], fields[1] == "common", fields[2] if len(fields) > 2 else None)
    return table


def surname_of(name: str) -> Surname | None:
    """The surname a (Simplified) Chinese name starts with; compound surnames win."""
    table = surnames()
    return table.get(name[:2]) if len(name) >= 3 and name[:2] in table else table.get(name[:1])


# --- vocabulary -------------------------------------------------------------------------

# Head words of titles and roles, as written before a name (董事长林涛) or after it (李四教授).
# Longest first when matching. A title is a head word plus modifiers (副, 首席, 资深 …).
TITLE_HEADS = tuple(
    sorted(
        set(
            ["董事长", "副董事长", "董事会秘书", "董秘", "董事会主席", "监事会主席", "董事", "独立董事", "执行董事", "董事总经理", "董事经理", "总经理", "副总经理", "经理", "总裁", "副总裁", "总监", "主管", "监事", "首席执行官", "执行官", "首席财务官", "财务官", "首席技术官", "技术官", "首席运营官", "运营官", "首席投资官", "投资官", "首席经济学家", "经济学家", "经济师", "首席经济师", "分析师", "策略师", "研究员", "副研究员", "助理研究员", "研究馆员", "副研究馆员", "馆员", "研究主管", "执行长", "技术长", "财务长", "营运长", "策略长", "总编辑", "副总编辑", "主编", "编辑部主任", "社长", "台长", "站长", "教授", "副教授", "助理教授", "讲座教授", "客座教授", "合聘教授", "特聘教授", "荣誉教授", "名誉教授", "讲师", "导师", "博士", "院士", "学者", "专家", "首席专家", "院长", "副院长", "所长", "副所长", "校长", "副校长", "系主任", "主任", "副主任", "主任委员", "委员", "常委", "召集委员", "召集人", "秘书长", "副秘书长", "秘书", "会长", "副会长", "理事长", "副理事长", "理事", "主席", "副主席", "执行主席", "国务秘书", "副国务秘书", "名誉主席", "轮值主席", "议长", "议员", "立委", "立法委员", "代表", "部长", "副部长", "局长", "副局长", "司长", "副司长", "厅长", "副厅长", "处长", "副处长", "科长", "课长", "副课长", "股长", "署长", "副署长", "次长", "主委", "副主委", "市长", "副市长", "省长", "副省长", "县长", "区长", "镇长", "乡长", "村长", "村代表", "居民代表", "书记", "副书记", "党委书记", "党支部书记", "支书", "村支书", "特首", "行政长官", "总统", "副总统", "总理", "首相", "大使", "领事", "发言人", "新闻发言人", "总干事", "干事", "行政总裁", "专员", "特派员", "督察", "里长", "邻长", "楼长", "楼门长", "栋长", "网格长", "网格员", "河长", "湖长", "林长", "庭长", "舰长", "船长", "机长", "队长", "组长", "班长", "厂长", "站长", "店长", "馆长", "园长", "议长", "区议员", "立法会议员", "法人", "代表人", "负责人", "创始人", "联合创始人", "创办人", "共同创办人", "合伙人", "创始合伙人", "管理合伙人", "投资人", "创投人", "天使投资人", "基金经理", "律师", "法官", "检察官", "医生", "医师", "主治医师", "护士", "工程师", "总工程师", "设计师", "建筑师", "会计师", "特许会计师", "注册会计师", "执业会计师", "大律师", "资深大律师", "事务律师", "老师", "教师", "教练", "总教练", "主教练", "助理教练", "主帅", "队长", "顾问", "高级顾问", "特别顾问", "作家", "导演", "演员", "艺术家", "评论员", "评论家", "记者", "本报记者", "实习生", "通讯员", "主持人", "新闻主播", "电视新闻主播", "电视主播", "电台主播", "特助", "董事长特助", "总经理特助", "特别助理", "得主", "获得者", "创作者", "经营者", "主理人", "制作人", "监制", "编剧", "乐评人", "影评人", "评论人", "歌手", "主唱", "艺人", "音乐人", "作曲家", "经纪人", "博士研究生", "硕士研究生", "博士生", "硕士生", "博士后", "第一作者", "通讯作者", "论文第一作者", "论文通讯作者", "论文作者", "共同第一作者", "共同通讯作者", "总召", "召委", "干事长", "主计长", "永续长", "法务长", "资安长", "人资长", "幕僚长", "检察长", "党鞭", "CEO", "CFO", "CTO", "COO", "CIO", "CMO", "CSO", "企业家", "银行家", "科学家", "研究人员", "官员", "高管", "干部", "局长", "所长",
             # occupations news puts before a name like a title (策展人郑雅文, 电视评述员李振辉)
             "学家",  # 冰川学家沈一鸣 (the science joins the title: parse_apposition)
             "执行员", "首席执行员",  # Malaysia's chief executive (首席执行员再努丁阿都拉)
             "陶艺师", "茶艺师", "园艺师", "工艺师", "架构师", "咨询师", "理财师", "培训师", "调酒师", "咖啡师", "烘焙师", "面包师", "理发师", "发型师", "化妆师",
             "造型师", "美容师", "花艺师", "插画师", "动画师", "按摩师", "评估师", "鉴定师", "审计师", "调音师", "配音员",
             "策展人", "艺术总监", "行政总监", "创意总监", "主播", "评述员", "球评", "解说员", "制片", "制片人", "监制人", "编舞", "舞者", "摄影师", "画家", "诗人", "小说家", "剧作家", "钢琴家", "小提琴家", "指挥", "指挥家", "乐手", "鼓手", "吉他手", "主厨", "厨师", "牧师", "神父", "法师", "住持", "药剂师", "营养师", "心理师", "社工", "社工师", "护理师", "治疗师", "精算师", "估价师", "测量师", "规划师", "分析员", "研究主任", "股评人", "时评人", "作词人", "作曲人", "配音员", "网红", "博主", "部落客", "YouTuber", "裁判", "裁判官", "主控官",
             # trades and services (外送员陈志强（45岁）说, 预报员吴蕙如说明)
             "外送员", "快递员", "送货员", "服务员", "售货员", "收银员", "清洁工", "清洁员", "参选人", "候选人", "拟参选人", "场长", "分场长", "指挥官", "警司", "总警司", "高级警司", "岗位科学家", "电工", "水电工", "技工", "团长", "副团长", "外务大臣", "防卫大臣", "外相", "外长", "审判长", "审判员", "陪审员", "兽医", "兽医官", "卫生官", "医官", "党组成员", "党委委员", "党组副书记", "本科生", "刑警", "员警", "侦查员", "投资总监", "投资经理", "研究总监", "外野手", "内野手", "洋投", "先发投手", "中继投手", "终结者", "中锋", "控卫", "得分后卫", "主攻", "主攻手", "副攻", "二传", "二传手", "接应", "自由人", "边锋", "后腰", "列车长", "乘务长", "男主角", "女主角", "男主演", "女主演", "主演", "配角", "联合监制", "评述员", "解说员", "讲解员", "裁判员", "观察员", "乡村医生", "村医", "保安", "保全", "保安员", "保全员", "警卫", "文员", "管理员", "驾驶员", "中场", "中坚", "警员", "警察", "消防员", "救护员", "救生员", "飞行员", "机师", "空服员", "船员", "海员", "导游", "领队", "向导", "首席向导", "登山向导", "预报员", "播报员", "技术员", "技师", "水电工", "木工", "园丁", "看护", "护工", "照服员", "居服员", "保姆", "保母", "摊贩", "小贩", "菜贩", "渔夫", "农夫", "矿工", "移工", "绿委", "蓝委", "影后", "影帝", "视后", "视帝", "歌后", "歌王", "天后", "天王", "资深讼务律师", "讼务律师", "检控官", "辩护律师", "行政议员", "州务大臣", "首席风险官", "风险官", "首席合规官", "合规官", "首席信息官", "首席数据官", "首席营销官", "营销官", "非执行董事", "独立非执行董事", "立法议员", "首席部长", "农艺师", "总农艺师", "高级农艺师", "畜牧师", "精算师", "规划师", "城市规划师", "营养师", "药剂师", "心理师", "治疗师", "物理治疗师", "职业治疗师", "代理人", "诉讼代理人", "告诉代理人", "委托诉讼代理人", "委托代理人", "代理律师", "执业律师", "执业医师", "执业兽医师", "兽医师", "执业兽医", "执业药师",
             # more offices and roles (次长范志远, 日本财务大臣, 义消小队长, 英国译者, 评审团主席)
             "政务次长", "常务次长", "分署长", "分局长", "大臣", "副大臣", "外相", "行长", "副行长", "小队长", "分队长", "中队长", "大队长", "年级组长", "教研组长", "班主任", "译者", "翻译", "翻译家", "评审", "评委", "政务部长", "高级政务部长", "行政人员", "助理", "所长助理", "总裁助理", "总经理助理", "程序员", "工程师", "站务员", "乘务员", "安检员", "保洁员", "售票员", "营业员", "业务员", "销售员", "背包客", "工人", "博士后研究员", "老板娘", "店长", "特级大师", "国际大师", "棋手", "课长", "副课长", "巡查员", "保育巡查员", "巡山员", "护林员", "巡逻员", "保育员", "行政经理", "总行政经理", "护士长", "支队长", "副支队长", "段长", "副段长", "传承人", "非遗传承人", "代表性传承人", "上将", "中将", "少将", "上校", "中校", "少校", "上尉", "中尉", "少尉", "参谋长", "副参谋长", "指挥官", "副指挥官", "司令", "副司令", "司令员", "政委", "督导", "社工督导", "社工", "主任医师", "副主任医师", "主治医生", "顾问医生", "兽医", "兽医师", "高级兽医师", "关长", "副关长", "体育老师", "体育教师", "语文老师", "语文教师", "数学老师", "数学教师", "英语老师", "英语教师", "音乐老师", "美术老师", "国小教师", "国中教师", "小学教师", "中学教师", "高中教师", "德士司机", "的士司机", "计程车司机", "出租车司机", "州议员", "执行委员会主席", "执行委员会副主席", "执委会主席", "打击教练", "投手教练", "体能教练"]
        ),
        key=len,
        reverse=True,
    )
)
# Positions in a team, which sports reports put before a name as titles (某队后卫张三,
# 外援马克·怀特).
SPORTS_ROLES = ("后卫", "控卫", "分卫", "前锋", "小前锋", "大前锋", "中锋", "外援", "球员", "队员", "门将", "守门员", "投手", "捕手", "打者", "选手", "运动员", "棋手", "车手",
                "游击手", "一垒手", "二垒手", "三垒手", "内野手", "外野手", "中外野手", "左外野手", "右外野手", "指定打击", "先发投手", "救援投手", "终结者", "洋投", "洋将", "洋援", "洋炮")
TITLE_HEADS = tuple(sorted(set(TITLE_HEADS) | set(SPORTS_ROLES), key=len, reverse=True))
# Titles that may also follow a name (李四教授, 王明远律师) or stand for it with a surname
# (张教授, 陈研究员, 李董事长): the honorific use of a title.
POST_TITLES = tuple(
    sorted(
        set(
            ["教授", "副教授", "研究员", "副研究员", "博士", "院士", "先生", "女士", "小姐", "太太", "夫人", "老师", "律师", "医生", "医师", "大夫", "法官", "检察官", "教练", "大使", "议员", "委员", "主任", "局长", "部长", "处长", "科长", "所长", "院长", "校长", "会长", "书记", "主席", "市长", "省长", "县长", "村长", "厅长", "司长", "署长", "行长", "社长", "秘书长", "董事长", "总经理", "总裁", "经理", "总监", "总", "董", "工程师", "主委", "立委", "执行长", "理事长", "顾问", "官",
             "警司", "总警司", "高级警司", "督察", "总督察",
             "上将", "中将", "少将", "上校", "中校", "少校", "上尉", "中尉", "少尉",  # 黄启明上校
             "总教练", "主教练", "副局长", "副校长", "副院长", "副主任", "副市长", "副部长", "副主席", "副总裁", "副署长", "副处长", "副所长", "副总经理",
             "代表"]  # 郭志远代表 (a deputy to a people's congress)
        ),
        key=len,
        reverse=True,
    )
)
# Titles of the people who wrote the report (a byline, not a source).
REPORTER_TITLES = ("记者", "本报记者", "实习生", "通讯员", "编辑", "责任编辑", "摄影记者", "特约记者", "见习记者")
# Honorifics that mark a person's sex, and partial names made of surname + honorific (陈太).
HONORIFICS_FEMALE = ("女士", "小姐", "太太", "夫人", "太", "阿姨", "大妈", "阿婆", "阿嬷", "婆")  # 婆: Hong Kong 李婆
HONORIFICS_MALE = ("先生", "大爷", "阿伯", "伯伯", "大叔", "阿公", "伯")  # 伯: Hong Kong 梁伯
# Words for a person that are not titles of an office: a descriptor before a name (游客陈女士).
PERSON_NOUNS = tuple(
    sorted(
        set(
            ["股东", "小股东", "研究者", "工作者", "贸易商", "出口商", "进口商", "批发商", "零售商", "上班族", "爱好者", "收藏家", "发烧友", "跑友", "球友", "病友", "车友", "驴友", "校友", "工友", "跑者", "游客", "市民", "居民", "村民", "网友", "患者", "病人", "家长", "学生", "研究生", "大学生", "司机", "店主", "业主", "老板", "摊主", "档主", "档贩", "屋主", "户主", "园主", "场主", "青年", "返乡青年", "志愿者", "工人", "农民", "茶农", "藕农", "棉农", "蕉农", "花农", "瓜农", "稻农", "粮农", "蔗农", "菇农", "蟹农", "志工", "义工", "果农", "咖农", "渔民", "消费者", "投资者", "股民", "用户", "员工", "职员", "店员", "船东", "房东", "租客", "买家", "卖家", "创业者", "从业者", "业者", "老人", "村干部", "代表", "主办方代表", "雇主", "摊商", "商家", "男子", "女子", "妇人", "民众", "乘客", "旅客", "车主", "网民", "球迷", "选民", "纳税人", "被告", "被告人", "原告", "上诉人", "当事人", "证人", "控方证人", "辩方证人", "事主", "苦主", "发起人", "共同发起人", "导览员", "主讲人", "分享人", "受访者", "参展商", "匠人", "船匠", "木匠", "铁匠", "银匠", "石匠", "染匠", "坊主", "染坊主", "庄主", "厂主", "牧民", "猎人", "环卫工", "老师傅", "学徒", "月嫂", "家政员", "船工", "观众", "听众", "读者", "与谈人", "参会者", "与会者", "参加者", "出席者", "长者", "街坊", "小将", "新秀", "老将", "歌迷", "影迷", "粉丝", "书迷", "顾客", "老顾客", "主顾", "老主顾", "熟客", "常客", "食客", "老客人", "公务员", "退休公务员", "新人", "目击者", "菜农", "花农", "蕉农", "农户", "种植户", "养殖户", "考生", "高三学生", "毕业生", "青农", "农友", "稻农", "店东", "东主", "被害人", "受害人", "受害者", "骑手", "外卖骑手", "乐龄人士", "人士", "乐龄", "传人", "骑士", "送餐骑士", "外卖骑士", "送餐员", "外卖员", "网约车司机", "巴士司机", "公交司机", "公车司机", "出租车司机", "的士司机", "计程车司机", "货车司机", "卡车司机", "校车司机", "主播", "博主", "视频博主", "买房人", "购房者", "购房人", "罹难者家属", "死者家属", "伤者家属",
             # trades and crafts (老乐师蔡金水十二岁开始学琵琶。他说：…)
             "作者", "调度员", "急救调度员", "辅导员", "心理辅导员", "教练员", "康复师", "理疗师", "护理员", "牙医", "药师", "视光师", "验光师", "乐师", "老乐师", "琴师", "演奏家", "书法家", "裁缝", "老裁缝", "鞋匠", "车夫", "商贩", "漆艺师", "绣娘", "工匠", "胶农", "船夫", "艄公", "挑夫", "搬运工", "家政工", "育婴师", "美甲师", "骑师", "头家"]
            # Students by level (中六生: Hong Kong's Form 6, 高三生, 博士生)
            + [f"{level}{n}生" for level, top in (("小", 6), ("中", 6), ("初", 3), ("高", 3), ("大", 4)) for n in "一二三四五六"[:top]]
            + ["中学生", "小学生", "高中生", "初中生", "博士生", "硕士生", "本科生", "实习生", "留学生", "交换生", "应届生", "医学生"]
            + ["白领", "蓝领", "打工族", "打工者", "务工人员", "外来务工人员", "退休人士", "退休人员", "家庭主妇", "主妇", "作业员", "操作员", "技术员", "作业员工"]
        ),
        key=len,
        reverse=True,
    )
)
# Relations (张慧君的学生陈冠宇): they end an apposition but are neither a title nor an org.
RELATION_NOUNS = tuple(
    sorted(
        set(
            ["女儿", "儿子", "妻子", "丈夫", "太太", "先生", "父亲", "母亲", "学生", "同学", "同事", "助理", "朋友", "表妹", "表哥", "表姐", "表弟", "姐姐", "妹妹", "哥哥", "弟弟", "孙子", "孙女", "老伴", "邻居", "搭档", "徒弟", "师傅", "学生兼助理", "弟子", "遗孀", "家人", "亲戚", "室友", "舍友", "队友", "好友", "老友", "学长", "学姐", "师兄", "师姐", "男友", "女友", "未婚夫", "未婚妻",
             "胞姐", "胞兄", "胞弟", "胞妹", "姐夫", "妹夫", "嫂子", "弟媳", "侄子", "侄女", "姪子", "姪女", "外甥", "外甥女", "孙儿", "外孙", "外孙女",
             "祖父", "祖母", "外公", "外婆", "爷爷", "奶奶", "叔叔", "舅舅", "姑姑", "伯父", "岳父", "岳母", "公公", "婆婆", "继父", "继母"]
        ),
        key=len,
        reverse=True,
    )
)
# Modifiers that belong to a title when they come before its head (首席 经济学家, 前 副总经理).
TITLE_MODIFIERS = tuple(
    sorted(
        ["项目", "家庭", "首席", "资深", "高级", "副", "助理", "代", "第二代", "第三代", "二代", "常务", "暂委", "署理", "独立", "主力", "先发", "替补", "承办", "主审", "辩方", "控方", "辩护", "执行", "总", "名誉", "退休", "新晋", "新锐", "日籍", "美籍", "外籍", "韩籍", "英籍", "澳籍", "台籍", "港籍", "荣誉", "联席", "合聘", "特聘", "客座", "兼职", "兼任", "前", "原", "现任", "代理", "候任", "轮值", "驻会", "专职", "终身", "讲座", "首任", "知名", "著名", "天使", "联合", "共同", "创始", "主任", "主办方", "告诉", "诉讼", "临床", "驻华", "驻港", "驻台", "驻京", "驻沪", "驻澳", "驻新", "驻马", "驻美", "驻日", "驻欧"],
        key=len,
        reverse=True,
    )
)
# A party to a deal or event named before its organisation (领投方国投创业合伙人): not the org.
PARTY_ROLES = ("领投方", "跟投方", "投资方", "出资方", "收购方", "主办方", "承办方", "协办方", "合作方", "发起方", "甲方", "乙方", "买方", "卖方", "资方", "主办单位", "承办单位", "协办单位", "主催单位")
# Evaluative words that are dropped from a title (知名创投人 -> 创投人).
EVALUATIVE = ("知名", "著名")
# Words of a field or speciality that sit between an organisation and a title head
# (中指研究院 | 企业研究总监, 东方金诚 | 首席宏观分析师, 芯片设计工程师): part of the title.
DOMAIN_WORDS = tuple(
    sorted(
        ["设计", "研究", "税务", "审计", "质量", "品质", "品管", "合规", "风控", "策略", "宏观", "产业", "行业", "投资", "技术", "市场", "销售", "财务", "法务", "数据", "软件", "硬件", "芯片", "产品", "运营", "营销", "品牌", "科技", "企业", "主权", "评级", "固收", "信用", "债券", "股票", "经济", "政策", "战略", "外汇", "金融", "能源", "半导体", "医疗", "健康", "教育", "新闻", "传播", "人力资源", "公关", "工程", "安全", "信息", "资讯", "业务", "商务", "首席", "资深", "高级", "住宅", "商业", "零售", "研发", "政务", "金钟", "金马", "金曲", "金像", "财富管理", "资产管理", "保险业", "银行业", "证券业", "地产业", "房地产业", "金融业", "科技业", "零售业", "制造业", "能源业", "运输", "交通", "终端", "设备", "采购", "规划", "地盘", "建筑", "装修", "车务", "营运", "营业", "客务", "票务", "效率", "能效", "高一", "高二", "高三", "初一", "初二", "初三"],
        key=len,
        reverse=True,
    )
)
# Endings of organisation names. Used to tell org from title and to spot organisations that
# look like names (王品集团).
ORG_SUFFIXES = tuple(
    sorted(
        set(
            ["车务段", "工务段", "机务段", "电务段", "车辆段", "供电段",  # railway units (怀化车务段)
             "荣总",  # 台中荣总: Taiwan's Veterans General Hospitals
             "华小", "华中", "独中", "国中",  # Malaysian Chinese primary and secondary schools (启明华小)
             "公司", "集团", "控股", "股份", "银行", "证券", "基金", "资本", "投资", "保险", "信托", "期货", "资管", "创投", "财经", "传媒", "杂志", "周刊", "月刊", "科技", "智能", "电子", "生技", "生医", "能源", "地产", "物业", "置业", "实业", "咨询", "大学", "学院", "学校", "中学", "小学", "研究院", "研究所", "研究中心", "中心", "实验室", "智库", "学会", "协会", "商会", "联合会", "总会", "基金会", "委员会", "专委会", "课题组", "工作组", "小组", "政府", "人大", "政协", "法院", "检察院", "审判庭", "法庭", "医院", "报社", "电视台", "通讯社", "新闻社", "杂志社", "出版社", "事务所", "学域", "高中", "国中", "国小", "初中", "高职", "超市", "园", "部", "局", "厅", "署", "处", "科", "课", "司", "办", "委", "院", "所", "系", "会", "社", "馆", "团", "组", "党", "联", "盟", "室", "站", "行", "厂", "店", "网", "报", "台", "队", "府"]
        ),
        key=len,
        reverse=True,
    )
)
# Things that say "this is an organisation" right after a name-like string (华为公司, 高盛分析师).
ORG_FOLLOWERS = (
    "公司", "集团", "控股", "股份", "银行", "证券", "基金", "资本", "科技", "旗下", "方面", "官方", "门店", "品牌",
    "团队", "总部", "财报", "股价", "市值", "董事会", "发言人", "分析师", "首席", "亚洲区", "亚太区", "中国区", "大中华区",
)
# Organisations and brands whose names read like a person's (surname + given name), and common
# words that do. Without this list "高盛认为" or "白宫表示" would make a person; other
# organisations are caught by rules (a suffix such as 集团 after the same string elsewhere in the
# article, jieba's tags in context).
NAME_LIKE_ORGS = frozenset(
    ["高盛", "华为", "李宁", "王老吉", "周大福", "周生生", "周六福", "万达", "万科", "苏宁", "国美", "康师傅", "马应龙", "张小泉", "王品", "谢瑞麟", "李锦记", "周黑鸭", "马士基", "高通", "金山", "白宫", "杨国福", "鲁花", "金龙鱼", "万豪", "福特", "丰田", "本田", "施耐德", "雷诺", "龙湖", "碧桂园", "汤臣", "安踏", "夏普", "卡特彼勒", "罗氏", "诺华", "辉瑞", "江南", "石油", "黄金", "文化", "方面", "安全", "成本", "常委", "于是", "向来", "常常", "马上", "高度", "龙头", "万元", "明年", "成都", "和平", "宁德", "茅台", "汇丰", "花旗", "曹操出行", "梁山", "武汉", "易经"]
)
# Characters that rarely end a given name but often start the next word (表示, 认为, 在, 对 …):
# a three-character reading whose last character is one of them is cut to two (林涛表示).
NON_FINAL_NAME_CHARS = frozenset(
    "的了是在和与及对将把被从向为也都就而但说表示认指称这那其此该等们个些着过于以由因并且或则又再还曾已要会均却今昨近日上下内外时"
    "作持提透坦直补介预呼承否告宣谈讲问答续笑接受出到进来去看想知觉所跟给让使令请叫可"  # 可: 宁可欣 yes, 王明可能 no
    "县省"  # 花莲县消防局长…: a county or province, which jieba's HMM may tag as a name
)
# Characters that do not occur in given names: a candidate containing one is not a name.
NON_NAME_CHARS = frozenset("的了是在和与及对将把被从向为也都就而但说这那其此该等们个些着过以由因并且或则又再还曾已要会能却今昨时年月号某姓仅副他她我你叫便")  # 仅: 许文彬仅说  # 姓: 林姓阿嬷 is anonymous
# Malaysian and Bruneian honorifics written between a title and the name (秘书长拿督刘国华).
STATE_HONORIFICS = ("拿督斯里", "丹斯里", "准拿督", "拿督", "拿汀", "敦")
# Function characters that also open common given names (以安, 以恩, 以琳): allowed first of two.
INITIAL_GIVEN_CHARS = frozenset("以向为月")  # 秦向东, 李为民, 林月娥
_TIME_AFTER_MONTH = frozenset(["月底", "月初", "月中", "月份", "月薪", "月租", "月票", "月饼"])  # (陈月底: no name)
# Characters common in Japanese given names (由美, 和子) that a Chinese given name rarely has:
# allowed after a two-character surname.
JAPANESE_GIVEN_CHARS = frozenset("由和以")
# Last characters of Japanese given names (健一, 太郎, 和子) that jieba leaves out of the name.
JAPANESE_GIVEN_ENDINGS = frozenset("一二三郎子雄夫")
# Regions between an organisation and a title belong to the title (高盛 | 亚洲区首席经济学家).
REGION_WORDS = tuple(
    sorted(
        ["大中华区", "亚太区", "亚洲区", "中国区", "欧洲区", "北美区", "大中华", "亚太", "亚洲", "全球", "北美", "欧洲", "中国", "台湾", "香港", "澳门", "大陆", "日本", "韩国", "新加坡", "美国", "东南亚", "华东", "华南", "华北", "西南", "香港区", "台湾区", "大陆区", "澳门区", "中国香港区", "东南亚区", "华东区", "华南区", "华北区", "西南区", "北亚区", "东亚区", "海外", "境外"],
        key=len,
        reverse=True,
    )
)
# Organisation words too generic to name an organisation on their own (公司执行长 -> no org).
GENERIC_ORGS = frozenset(["同党", "本党", "该党", "友党", "同事", "公司", "集团", "该公司", "本公司", "学校", "大学", "政府", "当地政府", "企业", "机构", "平台", "银行", "城投", "单位", "球队", "该队", "全队", "本队", "影展", "该会", "大会", "本地", "当地", "本港", "外地"])

JOINERS = "、与和及兼暨並并/"
TRANSLIT_CHARS = frozenset(
    "韩阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕波伯博布查达戴丹当道德登邓迪蒂丁东杜顿多厄恩尔法凡范菲费芬丰佛夫弗福富盖甘冈高戈哥格根古瓜圭哈海汉豪赫黑亨洪胡华怀"
    "霍基吉加贾杰金卡凯坎康考柯科克肯孔库夸拉莱赖兰朗劳勒雷蕾里理丽利莉连林琳灵刘留隆卢鲁路伦罗洛马玛迈麦曼芒毛梅美门蒙米密明摩莫默姆穆纳娜奈南内尼涅宁纽努"
    "诺欧帕潘佩彭皮珀普齐奇恰乔切钦琼丘萨塞赛桑瑟森沙莎山善尚舍申什史士斯松苏索塔泰坦汤唐特滕提廷图托瓦万威韦维温文沃乌伍西希席夏谢辛休雅亚扬耶伊因英尤于约"
    "詹泽扎珍朱兹佐茨澳莎娅妮蒂薇琪翰逊芙黛嘉露霍曼蒙森逊瑞伦尔纳克斯顿特兰德利亚奇可姆王李陈龙普京登拜朗茨鲁"
    "宾惠奎昆庞绍施舒通旺翁武锡得列契柴贺秋末"  # the rest of Xinhua's transliteration table's common characters
    "依"  # Malaysian usage (依斯迈, 依布拉欣)
    "何"  # Spanish and Portuguese José (何塞)
    "修"  # Matthew (马修), Hughes (休斯 / 修斯)
    "再"  # Malay Zainal (再纳)
    "罕卜"  # Arabic names (穆罕默德, 阿卜杜勒)
)
NAME_DOTS = "·・•‧∙．"
LATIN_NAME = re.compile(r"[A-Z\u00c0-\u00de][a-zA-Z\u00c0-\u024f'\-]+(?:[ .][A-Z\u00c0-\u00de][a-zA-Z\u00c0-\u024f'\-]+){1,3}")  # Luis Fernández


# --- names ------------------------------------------------------------------------------


def _double_surname(name: str) -> bool:
    """陈李美华: a married woman's name in Hong Kong style (her husband's surname, then hers)."""
    table = surnames()
    return len(name) == 4 and name[0] in table and name[1] in table and table[name[1]].common and name[:2] not in table


def has_surname(name: str) -> bool:
    """True when ``name`` (Simplified) starts with a surname and has one or two more characters."""
    surname = surname_of(name)
    if surname is not None and _double_surname(name):
        return True
    return surname is not None and 1 <= len(name) - len(surname.text) <= 2


def given_name_ok(name: str, *, allow: frozenset[str] = frozenset()) -> bool:
    """True when the characters after the surname can be a given name (``allow``: characters
    the context shows to be part of it)."""
    surname = surname_of(name)
    if surname is None:
        return False
    given = name[2:] if _double_surname(name) else name[len(surname.text) :]
    if given[:1] in ("男", "女", "嫌") and given not in HONORIFICS_FEMALE + HONORIFICS_MALE:
        return False  # 林女, 张男: how Taiwanese news withholds a name (anonymous)
    excluded = (NON_NAME_CHARS - JAPANESE_GIVEN_CHARS if len(surname.text) == 2 else NON_NAME_CHARS) - allow
    if len(given) == 2 and given[0] in INITIAL_GIVEN_CHARS and given not in _TIME_AFTER_MONTH:
        excluded = excluded - {given[0]}  # 戴以安, 林以恩: 以 opens a given name, never ends one
    return bool(given) and all("\u4e00" <= ch <= "\u9fff" and ch not in excluded for ch in given)


def is_latin_name(text: str) -> bool:
    """A Latin-script personal name of two to four capitalised words (Kevin Chen)."""
    return LATIN_NAME.fullmatch(text) is not None


def name_slug(name: str, *, latin_name: str | None = None) -> str:
    """ASCII id from a name: pinyin of a Chinese name (surname readings fixed), else the Latin
    name lowercased and hyphenated. ``王小明`` -> ``wang-xiao-ming``, ``Kevin Chen`` -> ``kevin-chen``.
    """
    from pypinyin import lazy_pinyin  # local: speaker ids are made in the (cached) analysis

    from .chinese import convert  # local: keeps this module importable without OpenCC state

    simple = convert(name, "tw2s")
    parts: list[str] = []
    han = "".join(ch for ch in simple if "\u4e00" <= ch <= "\u9fff")
    if han:
        surname = surname_of(han) if has_surname(han) else None
        if surname is not None and surname.reading:
            parts.extend(surname.reading.split("-"))
            simple = simple[simple.index(surname.text) + len(surname.text) :]
        parts.extend(lazy_pinyin(simple))
    else:
        parts.append(name)
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")
    if not slug and latin_name:
        slug = re.sub(r"[^a-z0-9]+", "-", latin_name.lower()).strip("-")
    return slug or "speaker"


# --- apposition: org + title ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Apposition:
    """Organisation(s) and title(s) read from the words before (or around) a name.

    Spans are offsets into the analysed text, so the caller can take the words in the
    article's own script. Several affiliations are kept in order.
    """

    orgs: tuple[tuple[int, int], ...] = ()
    titles: tuple[tuple[int, int], ...] = ()
    descriptor: tuple[int, int] | None = None
    """A description that is not an office (上班族, 游客), used as title when there is none."""


class _SuffixTable:
    """Which of ``words`` a text ends with: the first in order, as
    ``next(w for w in words if text.endswith(w))`` says, found by looking up the text's
    suffixes of the words' few lengths instead of testing hundreds of words."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self._rank: dict[str, int] = {}
        for rank, word in enumerate(words):
            self._rank.setdefault(word, rank)
        self._lengths = sorted({len(word) for word in words})

    def first_ending(self, text: str) -> str | None:
        found: tuple[int, str] | None = None
        for length in self._lengths:
            if length > len(text):
                break
            suffix = text[len(text) - length :]
            rank = self._rank.get(suffix)
            if rank is not None and (found is None or rank < found[0]):
                found = (rank, suffix)
        return found[1] if found is not None else None


_TITLE_ENDINGS = _SuffixTable(TITLE_HEADS)
_TITLE_HEADS_BY_FIRST: dict[str, tuple[str, ...]] = {
    first: tuple(head for head in TITLE_HEADS if head[0] == first) for first in {head[0] for head in TITLE_HEADS}
}
_PERSON_NOUN_ENDINGS = _SuffixTable(PERSON_NOUNS + RELATION_NOUNS)
_ORG_ENDINGS = _SuffixTable(ORG_SUFFIXES)


def starts_with_title_head(text: str, position: int) -> bool:
    """True when a title head (教授, 总经理) starts at ``position`` of ``text``."""
    return title_head_at(text, position) is not None


def title_head_at(text: str, position: int) -> str | None:
    """The longest title head (教授, 总经理) that starts at ``position`` of ``text``, or ``None``."""
    heads = [head for head in _TITLE_HEADS_BY_FIRST.get(text[position : position + 1], ()) if text.startswith(head, position)]
    return max(heads, key=len) if heads else None


def ends_with_title(text: str) -> str | None:
    """The title head ``text`` ends with, or ``None``."""
    return _TITLE_ENDINGS.first_ending(text)


def ends_with_person_noun(text: str) -> str | None:
    """The person noun (游客) or relation (女儿) ``text`` ends with, or ``None``."""
    return _PERSON_NOUN_ENDINGS.first_ending(text)


def ends_with_org_suffix(text: str) -> bool:
    """True when ``text`` ends like an organisation name (…集团, …研究院, …委员会)."""
    return len(text) >= 2 and _ORG_ENDINGS.first_ending(text) is not None


def parse_apposition(text: str, start: int, end: int) -> Apposition:
    """Read orgs and titles from ``text[start:end]``, the words right before a name.

    The span is split into affiliations at 、 与 和 及 兼 暨 (only where the part before ends
    like an organisation, a title or a person noun, so 人口与发展研究中心 stays whole). In each
    part the title is the head word at its end with its modifiers and field words; the rest is
    the organisation. 兼/暨 add a role in the same organisation (创始人兼首席执行官). Within a
    part, only what follows a 的 describes the person (在台北经营便当店十多年的 is dropped;
    张慧君的学生 is a relation, not an affiliation).
    """
    orgs: list[tuple[int, int]] = []
    titles: list[tuple[int, int]] = []
    descriptor: tuple[int, int] | None = None
    parts = [(*_strip(text, s, e), joiner) for s, e, joiner in _split_affiliations(text, start, end)]
    current = [p for p in parts if p[0] < p[1] and not _former(text, p[0], p[1]) and ends_with_title(text[p[0] : p[1]])]
    for part_start, part_end, joiner in parts:
        if part_start >= part_end:
            continue
        if current and _former(text, part_start, part_end):
            continue  # 技术总监、前国家队教练: the current post describes the person
        org, title = _org_and_title(text, part_start, part_end)
        if joiner in "兼暨" and titles and ends_with_title(text[part_start:part_end]) and (org is None or _department(text[org[0] : org[1]])):
            titles[-1] = (titles[-1][0], part_end)  # 会长兼总经理, 副主席兼住宅部总裁: one affiliation, two posts
            continue
        if title is None:
            noun = ends_with_person_noun(text[part_start:part_end])
            of_someone = text[part_end - len(noun) - 1 : part_end - len(noun)] == "的" if noun else False
            if noun and (noun not in RELATION_NOUNS or (noun in PERSON_NOUNS and not of_someone)):  # 中四学生 (not 张慧君的学生)
                descriptor = (part_end - len(noun), part_end)
                school = _school_before_student(text, part_start, part_end - len(noun), noun)
                if school is not None:
                    orgs.append(school)  # 清华大学学生, 该院机电一体化技术专业学生: the school is theirs
            elif noun:
                pass  # a relation (…的学生): not an affiliation
            elif org is not None and ends_with_org_suffix(text[org[0] : org[1]]) and not text.startswith(tuple("的" + t for t in _AGENT_TITLES), org[1]):
                orgs.append(org)  # A与B课题组首席专家: A is the first of two organisations (物业公司的代理人: the client)
            continue
        if org is not None and text[org[0] : org[1]] not in GENERIC_ORGS:
            orgs.append(org)
        titles.append(title)
    orgs = [org for org in (_without_category(text, *span) for span in orgs) if not _SOME_ORG.match(text[org[0] : org[1]])]  # 一家互联网公司: which one, it does not say
    titles = [(start + len(verb.group(0)), end) if (verb := _TAKING_UP.match(text, start, end)) and ends_with_title(text[start:end]) else (start, end) for start, end in titles]
    return Apposition(orgs=tuple(orgs), titles=tuple(titles), descriptor=descriptor)


def _school_before_student(text: str, start: int, end: int, noun: str) -> tuple[int, int] | None:
    """The school (or 该院, 该校, a school named before) in front of a student noun, with the
    programme between them left to the title: 该院 | 机电一体化技术专业 | 学生."""
    if not noun.endswith("生") or end - start < 2:
        return None
    for stop in range(end, start + 1, -1):
        named = text[start:stop]
        if ends_with_org_suffix(named) or re.fullmatch("[该本此][校院系所]", named):
            return None if named in GENERIC_ORGS else (start, stop)
    return None


_AGENT_TITLES = ("委托诉讼代理人", "诉讼代理人", "委托代理人", "代理人", "代理律师", "辩护律师", "辩护人")
"""Posts held for a client: X的代理人 names the party represented, not the employer."""
_SOME_ORG = re.compile(r".{0,8}?(?:一家|一间|一个|一所|某|多家|几家)")  # (北京朝阳区一家超市 too)
# 市场研究机构Counterpoint, 美商设备大厂Lumitek, 美国智库战略与国际研究中心: what kind of
# organisation it is, then its name.
_CATEGORY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:研究机构|调研机构|咨询机构|评级机构|机构|大厂|厂商|智库|咨询公司|投行|外媒|主办商|主办方|发行商|供应商|运营商|经销商|代理商|安全公司|科技公司)")
# 做产品经理, 担任顾问: the verb of taking up a post is no part of its title.
_TAKING_UP = re.compile(r"做|当|任|担任|出任|身兼")


def _without_category(text: str, start: int, end: int) -> tuple[int, int]:
    role = next((r for r in PARTY_ROLES if text.startswith(r, start) and end - start - len(r) >= 3), None)
    if role is not None and ends_with_org_suffix(text[start:end]):
        start += len(role)  # 主办单位 | 马来西亚24节令鼓协会: the organisation's part in the event is no part of its name
    category = _CATEGORY.match(text, start, end)
    if category is not None and end - category.end() >= 2:
        rest = text[category.end() : end]
        return (category.end(), end) if rest[0].isascii() and rest[0].isalpha() else (start, end)  # (盘古智库学术委员会 is a name)
    # 跨境电商企业海拓科技, 研发企业苏州恒康生物医药有限公司: a kind of company, then its name
    # (a company's: not 国有企业改革研究院, nor 中国企业联合会)
    kind = _COMPANY_KIND.match(text, start, end)
    if kind is not None and end - kind.end() >= 4 and (
        text.endswith(_COMPANY_ENDINGS, kind.end(), end) or _LATIN_IN_BRACKETS.search(text, kind.end(), end)
    ):  # (共享单车业者骑乐（QiLe Bike）: a name with its Latin original)
        return kind.end(), end
    return start, end


# (食堂运营方成都禾邻餐饮管理有限公司, 出口商果丰环球有限公司: a role in the story, then the company)
_COMPANY_KIND = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:企业|业者|厂商|运营方|承办方|出口商|进口商|贸易商|批发商|开发商|发展商|承建商|承包商|分销商|制造商|生产商|服务商)(?=[\u4e00-\u9fff])"
)
_COMPANY_ENDINGS = ("公司", "科技", "集团", "贸易", "股份", "控股", "实业")
_LATIN_IN_BRACKETS = re.compile(r"[（(][A-Za-z][^（()）]*[）)]$")


def _former(text: str, start: int, end: int) -> bool:
    """前国家队教练, 原财政部副部长: a former post."""
    return _former_marker(text, start) and ends_with_title(text[start:end]) is not None


def _former_marker(text: str, start: int) -> bool:
    """前, 原 or 曾任 saying "former" at ``start`` (not the 前 of 前镇区, a place name)."""
    return text.startswith(("前", "原", "曾任"), start) and text[start + 2 : start + 3] not in tuple("区县市镇乡村里")


def _within_one_org(text: str, joint: int, end: int) -> bool:
    """Whether a 、 at ``joint`` lists parts of one organisation's name: what follows it up to
    the title at ``end`` is a name's tail without a place of its own (交通及基础设施委员会)."""
    rest = text[joint + 1 : end]
    head = ends_with_title(rest)
    body = rest[: len(rest) - len(head)] if head else rest
    # The name is itself a list (交通及基础设施委员会), which the 、 continues; a role before
    # it (审议委员之一、台湾大学经济学系) is not part of the name.
    return bool(head) and ends_with_org_suffix(body) and any(joint in body for joint in "及与和") and not any(ch in "、/" for ch in body)


def _split_affiliations(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    parts: list[tuple[int, int, str]] = []
    part_start, joiner = start, ""
    for i in range(start, end):
        ch = text[i]
        if ch.isspace() and not (text[i - 1 : i].isascii() and text[i + 1 : i + 2].isascii()):
            # A space between Chinese words separates roles (主持人　所长); inside Latin it does not.
            if i > part_start:
                parts.append((part_start, i, joiner))
            part_start, joiner = i + 1, "、"
        elif ch in JOINERS and i > part_start and not (ch == "兼" and text[i + 1 : i + 2] in "任职"):  # 兼任教授: one title
            before = text[part_start:i]
            # (柔佛州公共工程、交通及基础设施委员会: a 、 inside one organisation's name)
            if ends_with_title(before) or ends_with_org_suffix(before) or ends_with_person_noun(before) or (ch == "、" and not _within_one_org(text, i, end)):
                parts.append((part_start, i, joiner))
                part_start, joiner = i + 1, ch
    if part_start < end:
        parts.append((part_start, end, joiner))
    # A relative clause or relation ends at its last 的: only the words after it describe.
    trimmed = []
    for part_start, part_end, joiner in parts:
        if part_end - part_start > 1 and text[part_end - 1] == "的":
            part_end -= 1  # 现任某大学讲座教授的 | 怀特: the 的 joins the title to the name
        cut = text.rfind("的", part_start, part_end)
        while cut > part_start and (text[cut + 1 : cut + 2] == "士" or text.startswith("集团", cut + 1)):
            cut = text.rfind("的", part_start, cut)  # 香港的士业议会: 的士 is a taxi
        if any(text.endswith(role, part_start, part_end) for role in PARTY_ROLES) and not ends_with_title(text[part_start:part_end]):
            continue  # 星途科技的早期投资方、启明创投合伙人: a relation between two companies
        if cut > part_start:
            owner_start = text.rfind("的", part_start, cut) + 1 or part_start
            owner = text[owner_start:cut]
            if _named_org(owner):
                # 中金公司的首席经济学家: the organisation the title is of
                trimmed.append((owner_start, cut, joiner))
                trimmed.append((cut + 1, part_end, "的"))
                continue
        trimmed.append((cut + 1 if cut >= 0 else part_start, part_end, joiner))
    return trimmed


_INDEFINITE = re.compile(r"^(?:一家|一间|一个|一所|某|这家|那家|该|多家|几家)")
_RELATIVE_VERBS = re.compile(r"住|来自|位于|出身|毕业|任职|就职|工作|经营|在|于|从|到|向|对|把|被")


def _named_org(text: str) -> bool:
    """中金公司, 中国信息通信研究院 (before 的 and a title): a named organisation, not a
    description such as 一家物流公司, 竹科半导体厂 or 家住镇中心."""
    suffix = next((s for s in ORG_SUFFIXES if text.endswith(s)), "")
    return len(suffix) >= 2 and len(text) > len(suffix) and not _INDEFINITE.match(text) and not _RELATIVE_VERBS.search(text)


_AGE = re.compile(r"(?:现年|今年|年仅|年届|年约)?[0-9０-９一二三四五六七八九十两]{1,3}(?:多)?岁(?:的)?")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "，,、"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    age = _AGE.search(text, start, end)
    if age is not None and age.end() < end:
        start = age.end()  # 22岁前锋, 现年78岁的退休教师, 本地14岁棋手: an age, and what precedes it, is no org
    start = _skip_quantifier(text, start, end)  # 另一名评审: neither org nor title
    listing = text.rfind("包括", start, end)
    if listing >= 0 and end - listing > 4:
        start = listing + 2  # 本场与谈人包括 | 工研院…所长: the list's introduction is no affiliation
    for joint in ("以及", "还有", "另有"):
        if text.startswith(joint, start) and end - start > len(joint) + 2:
            start += len(joint)  # (…、以及 | 美国智库…研究员: the next of a list)
    for word in ("现任", "现为", "时任", "拟任", "新任", "该案", "本案", "此案", "涉案", *PARTY_ROLES, *EVALUATIVE):
        if text.startswith(word, start) and end - start > len(word):
            if word in PARTY_ROLES and ends_with_title(text[start:end]) == text[start + len(word) : end]:
                continue  # 主办方代表: the party is what the title is of
            start += len(word)
    return start, end


_GENERATION = re.compile(r"[“「]?(?:[0-9０-９]{2}|[五六七八九零〇]{2}|[五六七八九零〇]零)后[”」]?$|[0-9０-９]{2,4}级$")  # (“90后”: quoted too)


def _ends_with_any(text: str, start: int, stop: int, words: tuple[str, ...]) -> str | None:
    return next((w for w in words if stop - len(w) >= start and text.startswith(w, stop - len(w))), None)


_NOT_ACTING_BEFORE = frozenset("一二三四五六七八九十世年时现古近当后前历新换交")


def _org_and_title(text: str, start: int, end: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Split one affiliation ``text[start:end]`` into (org, title) spans."""
    head = ends_with_title(text[start:end])
    portfolio = _TRAILING_BRACKET.search(text, start, end)
    if head is None and portfolio is not None and ends_with_title(text[start : portfolio.start()]):
        org, title = _org_and_title(text, start, portfolio.start())  # 副校长（研究）: a portfolio
        return org, (title[0], end) if title is not None else None
    if head is None:
        return (start, end), None
    title_start = end - len(head)
    contracting_head = (
        len(head) == 2 and head[1] == "长" and head[0] in _CONTRACTING and title_start > start and text[title_start - 1] != head[0]
        and not _ends_with_any(text, start, title_start, TITLE_MODIFIERS)
        and not ends_with_org_suffix(text[start:title_start])  # 大学 | 校长, 国小 | 校长: a whole name before it
    )
    if head == "学家":
        # 冰川学家, 中科院 | 海洋生物学家: the science is the title's, up to an organisation's end
        field_start = next((k for k in range(title_start - 1, max(start, title_start - 4) - 1, -1) if ends_with_org_suffix(text[start:k])), None)
        title_start = field_start if field_start is not None else (start if title_start - start <= 4 else title_start - 2)
    # Extend the title left over modifiers (副, 首席) and field words (宏观, 企业研究), stopping
    # where an organisation name ends; a region word (亚太区, 中国) is the last word it takes.
    while title_start > start and not contracting_head:  # 产业局长: the 局 of 产业局, no field word
        modifier = _ends_with_any(text, start, title_start, TITLE_MODIFIERS)
        org_ending = _ORG_ENDINGS.first_ending(text[start:title_start]) if title_start - start >= 2 else None
        if org_ending and (not modifier or len(org_ending) > len(modifier)):  # (台中荣总 | 副院长: 荣总, not 总)
            title_start = _region_before_fields(text, start, title_start) or title_start
            break
        region = _ends_with_any(text, start, title_start, REGION_WORDS)
        if region and title_start - len(region) > start:
            title_start -= len(region)
            joined = title_start - 1
            if joined > start and text[joined] in "暨及和与、":
                other = _ends_with_any(text, start, joined, REGION_WORDS)
                if other:
                    title_start = joined - len(other)
            break
        fields = () if head in _FIELD_HEADS else DOMAIN_WORDS  # 资产管理 | 投资总监: the head has its field
        word = _ends_with_any(text, start, title_start, TITLE_MODIFIERS + fields)
        nationality = _NATIONALITY.search(text, start, title_start)
        if word is None and nationality is not None and nationality.start() > start:
            title_start = nationality.start()  # 星焰战队 | 韩国籍主教练: a nationality, the title's first word
            break
        if word == "总" and ("总" in head or title_start - 1 - start == 1):
            break  # 足总 | 行政总裁, 职总 | 助理秘书长: 总 ends a short name here
        if word == "项目" and not ends_with_org_suffix(text[start : title_start - 2]):
            break  # 沿秀高铁项目 | 总工程师: the project is the unit (not 工程局 | 项目经理)
        if word is None or (word == "代" and title_start - 1 > start and text[title_start - 2] in _NOT_ACTING_BEFORE):
            break  # (宁德时代 | 董事长, 新一代: 代 ends a name or a word there, not "acting")
        title_start -= len(word)
    if (scope := _PLACE_AFTER_ABBREVIATION.search(text, start, title_start)) is not None:
        title_start = scope.start(1)  # 检疫与检验服务局（MAQIS） | 彭亨州主任: the state is the post's
    if title_start > start and text.startswith(("区议员", "界议员", "界代表"), title_start) and text[title_start - 1] in "选会":
        title_start += 1  # 九龙东地方选区 | 议员, 选举委员会界 | 议员: a constituency, not 区议员
    if head == "区议员" and title_start > start and text[end - len(head) - 1] not in "选会" and not ends_with_org_suffix(text[start:title_start]):
        return None, (start, end)  # 九龙城区议员: the district is the seat, no organisation
    if head in ("议员", "代表") and title_start - 1 > start and text[title_start - 1] == "界" and text.startswith("立法会", start) and title_start - start > 4:
        return (start, start + 3), (start + 3, end)  # 立法会 | 医学及卫生服务界议员: a functional constituency
    if head in ("主管", "主任") and (profession := ends_with_title(text[start:title_start])) and profession in PROFESSIONS:
        title_start -= len(profession)  # 动物健康部 | 兽医主管: the head of the vets
    if text.endswith("集团", start, title_start) and text.endswith("公司", start, title_start - 2):
        title_start -= 2  # 地铁公司 | 集团总裁: the group's chief, in a company named before
    if text.startswith("议员", title_start) and title_start - 1 > start and text[title_start - 1] in "市县省" and (
        text.endswith(("籍", "党"), start, title_start - 1) or text[start : title_start - 1] in (*_LOCAL_WORDS, "地")
    ):  # (在 was read as a preposition: 地 is what is left of 在地)
        title_start -= 1  # 民进党籍市议员, 在地市议员: a party (or nothing) and a city councillor
    if text[start:title_start] in _LOCAL_WORDS:
        return None, (title_start, end)  # 在地 | 市议员: "local", no organisation
    if text.endswith("族", start, title_start) and title_start - start <= 4:
        return None, (start, end)  # 马来族演员, 华族青年: a people describes the person, no organisation
    if head in _CANDIDATES and title_start > start:
        party = max(text.rfind(mark, start, title_start) for mark in "党盟阵")  # (希盟, 国阵: Malaysian coalitions)
        if party > start:  # 国民党 | 彰化县长参选人: the party, and the post the person runs for
            return (start, party + 1), (party + 1 + (text[party + 1 : party + 2] == "籍"), end)
        return None, (start, end)  # 县长候选人: the post is part of the title
    generic = _ends_with_any(text, start, title_start, tuple(GENERIC_ORGS)) if title_start > start else None
    if generic is None and title_start == start:
        generic = next((w for w in GENERIC_ORGS if text.startswith(w, start) and start + len(w) < end and ends_with_title(text[start + len(w) : end])), None)
        if generic is not None:
            title_start = start + len(generic)  # 企业总经理: "the company's" general manager, no org named
    org_start, org_end = start, title_start
    contracted = text[title_start] if text[title_start] in _CONTRACTING and title_start + 1 < end and text[title_start + 1] == "长" else None
    named_end = org_end - len(m.group(0)) if (m := _TRAILING_BRACKET.search(text, org_start, org_end)) else org_end
    if contracted and org_end > org_start and text[named_end - 1] != contracted and not text.endswith(("会馆", "会所"), org_start, named_end) and title_start == end - len(head) and not (
        contracted in "组庭校" and ends_with_org_suffix(text[org_start:org_end])
    ):  # 工研院资通所 | 组长: a group leader in a full organisation, not 资通所组 (大学 | 校长)
        org_end = title_start + 1  # 经济发展局长: the org is 经济发展局, the title 局长
    if org_end - org_start > 1 and text[org_start] in "前原" and _former_marker(text, org_start):
        org_start += 1  # 前台积电副总经理: a former post at 台积电
    if org_end > org_start and text[org_end - 1] == "籍" and text[org_start:org_end] != "无党籍":
        org_end -= 1  # 国民党籍立委: the party
    generation = _GENERATION.search(text, org_start, org_end)
    if generation is not None:
        org_end = generation.start()  # 公司85后创办人: an age group, not part of the organisation
    while org_end > org_start and text[org_end - 1].isspace():
        org_end -= 1
    if text.endswith(("委任", "聘请", "委托"), org_start, org_end) and title_start == org_end:
        return None, (title_start, end)  # 家属委任 | 律师: whom a lawyer acts for, not an organisation
    org = (org_start, org_end) if org_end - org_start >= 2 else None  # 市议员: 市 is no organisation
    if org is not None:
        moved_start, moved_end = _org_tail_to_title(text, org_start, org_end)
        if moved_end < org_end and not contracted:
            title_start = _skip_quantifier(text, moved_end, title_start)
        org_start, org_end = moved_start, moved_end
        org = (org_start, org_end) if org_end - org_start >= 2 else None
    if org is not None and text[org_start:org_end] in GENERIC_ORGS:
        org = None  # 公司执行长: which company the text does not say here
    if org is not None and text.endswith(_TEAMS, org_start, org_end):
        return None, (org_start, end)  # 策略团队负责人: a team inside the organisation named before
    if org is not None and head[0] == "分" and len(head) == 3 and head[2] == "长" and head[1] in _CONTRACTING and title_start == end - len(head) and not text.endswith(head[:2], org_start, org_end):
        org = (org_start, title_start + 2)  # 三重分局长: the org is 三重分局, the title 分局长
    if org is not None and _only_title_words(text[org_start:org_end]):
        return None, (org_start, end)  # 资深科技投资人: all of it is the title
    if org is not None and head == "代表" and ends_with_person_noun(text[org_start:org_end]):
        return None, (org_start, end)  # 罹难者家属代表: whom the person represents
    if org is not None and text[org_start:org_end] in PERSON_NOUNS:
        return None, (org_start, end)  # 业主代表, 家长代表: whom the person represents, not an org
    if org is not None and text.startswith(_SECTORS, title_start):
        named = next((i for i in range(org_end - 2, org_start + 1, -1) if text.endswith(_FIRM_SUFFIXES, org_start, i)), None)
        if named is not None:  # 中金公司 | 电力设备与新能源行业首席分析师: the company, then its sector
            return (org_start, named), (named, end)
        if not ends_with_org_suffix(text[org_start:org_end]):
            region = next((i for i in range(org_start + 2, org_end) if text.startswith(REGION_WORDS, i)), None)
            if region is not None:  # 摩根士丹利 | 亚洲电池行业分析师: a company, then its region's sector
                return (org_start, region), (region, end)
            return None, (org_start, end)  # 白酒行业独立分析师: a sector, not an organisation
    if org is not None and org[1] == title_start and text.startswith(("界议员", "界代表"), title_start):
        org, title_start = (org[0], title_start + 1), title_start + 1  # 选举委员会界 | 议员: a constituency
    return org, (title_start, end)


_TEAMS = ("团队", "小队", "工作小组")
_FIELD_HEADS = frozenset(["投资总监", "投资经理", "研究总监"])
_NATIONALITY = re.compile(
    "(?:韩国|日本|美国|英国|法国|德国|巴西|西班牙|葡萄牙|意大利|荷兰|俄罗斯|加拿大|澳洲|澳大利亚|新西兰|阿根廷|墨西哥"
    "|马来西亚|新加坡|印尼|印度尼西亚|泰国|越南|菲律宾|印度|中国|外国|塞尔维亚|克罗地亚|尼日利亚)籍$"
)
_LOCAL_WORDS = ("在地", "当地", "本地", "本土", "地方")  # (本土后卫: a home-grown player, no organisation)
PROFESSIONS = frozenset(["兽医", "医生", "医师", "护士", "护理师", "药剂师", "工程师", "律师", "教师", "社工", "营养师"])
_PLACE_AFTER_ABBREVIATION = re.compile(r"[）)]([\u4e00-\u9fff]{1,4}[州省市县区])$")
_TRAILING_BRACKET = re.compile(r"[（(][^（）()]{1,20}[）)]$")  # 研究所（GGII）: an abbreviation after the name
_CANDIDATES = ("参选人", "候选人", "拟参选人")


def _department(org: str) -> bool:
    """住宅部, 研究部: a short unit name, part of a post rather than another affiliation."""
    return len(org) <= 6 and org.endswith(("部", "组", "科", "处", "室"))
# Words that make the words before them a sector (白酒 行业), not an organisation.
_SECTORS = ("行业", "产业", "领域", "板块")
# Endings that close a firm's name for certain (not 新能源, which may be a field).
_FIRM_SUFFIXES = ("公司", "集团", "证券", "银行", "研究院", "研究所", "研究中心")


def _region_before_fields(text: str, start: int, stop: int) -> int | None:
    """贝莱德 | 中国区投资策略主管: field words after a region word belong to the title even when
    one of them (投资) also ends organisation names; the start of the region word, if any."""
    position = stop
    while (word := _ends_with_any(text, start, position, DOMAIN_WORDS)) is not None:
        position -= len(word)
    region = _ends_with_any(text, start, position, REGION_WORDS) if position < stop else None
    if region and position - len(region) > start:
        return position - len(region)
    return None


_CONTRACTING = "局部院所处署厅校会社司科课股组庭市县区乡镇村里"



def _org_tail_to_title(text: str, start: int, end: int) -> tuple[int, int]:
    """东吴证券 | 汽车行业首席分析师: a short tail after an org suffix is the title's field."""
    span = text[start:end]
    if ends_with_org_suffix(span):
        return start, end
    best = None
    for suffix in ORG_SUFFIXES:
        if len(suffix) < 2:
            continue
        position = span.rfind(suffix)
        if position > 0:
            stop = position + len(suffix)
            best = stop if best is None or stop > best else best
    numbered = [m.end() for m in _NUMBERED_UNIT.finditer(span) if ends_with_org_suffix(span[: m.start()])]
    if numbered and (best is None or numbered[-1] > best):
        best = numbered[-1]  # 航天科技集团有限公司五院 | 天舟货运飞船总设计师: a numbered unit ends the name
    tail = span[best:] if best is not None else ""
    if best is not None and 1 <= len(tail) <= 10 and all("\u4e00" <= ch <= "\u9fff" for ch in tail):
        return start, start + best
    return start, end


_NUMBERED_UNIT = re.compile("[一二三四五六七八九十][院所局厂处]")
_QUANTIFIER = re.compile(r"(?:另外|另)?[一这该那此](?:位|名|个)")


def _skip_quantifier(text: str, start: int, stop: int) -> int:
    """知域科技另一位共同创办人: 另一位 belongs to neither the org nor the title."""
    match = _QUANTIFIER.match(text, start, stop)
    return match.end() if match else start


def _only_title_words(text: str) -> bool:
    """True when ``text`` is made only of title modifiers and field words (资深 科技)."""
    while text:
        word = next((w for w in TITLE_MODIFIERS + DOMAIN_WORDS if text.startswith(w)), None)
        if word is None:
            return False
        text = text[len(word) :]
    return True


def is_name_like_org(name: str) -> bool:
    """True for organisations and common words that read like a surname + given name, and for
    capitals that stand for their governments (马尼拉希望…: jieba tags 马尼拉 as a person)."""
    return name in NAME_LIKE_ORGS or name in CAPITALS


CAPITALS = frozenset(
    ["马尼拉", "莫斯科", "新德里", "华盛顿", "北京", "东京", "首尔", "平壤", "河内", "曼谷", "雅加达", "吉隆坡", "金边", "万象", "仰光", "内比都", "堪培拉", "惠灵顿", "渥太华", "伦敦", "巴黎", "柏林", "布鲁塞尔", "罗马", "马德里", "里斯本", "维也纳", "华沙", "布拉格", "基辅", "明斯克", "斯德哥尔摩", "奥斯陆", "哥本哈根", "赫尔辛基", "德黑兰", "利雅得", "安卡拉", "特拉维夫", "耶路撒冷", "开罗", "巴格达", "大马士革", "喀布尔", "伊斯兰堡", "多哈", "阿布扎比", "巴西利亚", "布宜诺斯艾利斯", "墨西哥城", "加拉加斯", "哈瓦那", "比勒陀利亚", "内罗毕", "阿布贾"]
)
