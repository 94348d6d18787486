"""Stage: Article -> People. Who said what, where, and why we think so.

``find_people(article)`` finds every named person the article gives as the source of a
statement, the anonymous sources (一位业内人士) and the quotes whose speaker the text does not
give. It works the same on Traditional and Simplified text: every paragraph is analysed in a
``tw2s`` copy that has the same length character for character, so offsets found in the copy
are offsets in the original, and names, quotes and evidence are cut from the original.

How it reads an article, in order:

1. **Quote spans**: top-level 「」『』“”‘’ (and ASCII ") quotations, tolerating mismatched marks, a
   quote left open at the end of a paragraph, and a paragraph that only closes one.
2. **Names** (``_discover``): a person's name is only taken where the text anchors it: after a
   title (董事长林涛, 董事长的李四, 财务总监（CFO）王五), before an honorific title
   (李国平研究员), before its original in brackets (雷思齐（Simon Lui）), joined by a name dot
   (科莱特·克雷斯), in a label line (清华大学教授李四：, or 与谈人　王五（…医师） without a
   colon), by a description (现年42岁的张三，曾是…工程师), or as the subject of a speech verb
   (陈刚认为). Candidates must start with a surname of ``data/surnames.tsv``; bare subjects also
   need jieba's person tag in context. A string that is elsewhere followed by
   集团/公司/分析师… is an organisation, not a person.
3. **Mentions**: every occurrence of those names, their aliases (张教授, 卡特, 麦官), a title one
   person holds standing for them (法官续指, 这位20岁的小将), pronouns (他/她), anonymous
   descriptions (一名接近当地政府的人士, 张某, 消息指) and back-references (前述人士).
4. **Statements**: a speech cue (表示, 认为, 指出, 據…介紹, 在…看來, …的看法是, …) whose subject is
   the first mention of the clause with only adverbials between it and the cue, or, when the
   cue's clause has none, the sentence's subject (X持不同意见，认为…); direct quotes are given to
   the speaker named right after them (「…」X说), right before them (X说：「…」), earlier in the
   same paragraph, in the quote it continues, in a label line or an interview answer (答：), or
   beside a sentence whose subject is a named person when the paragraph has no cue; a quote
   paragraph with no attribution that follows a statement continues it. Anything else is
   unattributed, never guessed.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import jieba

from . import names as N
from .chinese import HAN, convert
from .lexicon import posseg, word_tag
from .model import (
    DOCUMENT,
    NO_SPEAKER,
    ORGANISATION,
    SAYING,
    WRITTEN,
    AnonymousSource,
    Article,
    People,
    Quote,
    QuoteKind,
    Speaker,
)
from .parse import BULLETS

jieba.setLogLevel(logging.WARNING)

# --- confidence of each kind of evidence -------------------------------------------------

CONFIDENCE = {
    "cue": 0.9,          # X表示，…  /  「…」X说  /  X说：「…」
    "label": 0.9,        # 清华大学教授李四： followed by the statement
    "alias": 0.85,       # 张教授认为 (surname + title of a person named before)
    "pronoun": 0.75,     # 他提出
    "paragraph": 0.75,   # a quote in a paragraph whose statement is X's
    "continued": 0.8,    # a quote left open in the previous paragraph
    "follows": 0.6,      # a quote paragraph right after X's statement
    "topic": 0.8,        # X持不同意见，认为… (the cue's clause has no subject of its own)
    "beside": 0.6,       # X对表现给予肯定。「…」 (a quote beside a sentence X is the subject of)
}

# --- punctuation ------------------------------------------------------------------------

OPENERS = {"「": "」", "『": "』", "“": "”", "‘": "’"}
CLOSERS = set(OPENERS.values())
SENTENCE_END = "。！？!?…"
CLAUSE_BOUNDARY = set("。！？!?；;，,：:\n「」『』“”‘’\"…—")
_PUNCT = r"，,。；;！？!?：:「」『』“”‘’\""

# --- speech cues (Simplified; the analysis runs on a tw2s copy) ---------------------------

_CUES = sorted(
    set(
        ["表示", "说", "说道", "认为", "指出", "声称", "称", "提出", "强调", "坦言", "坦承", "透露", "直言", "解释", "解释说", "解释称", "补充", "补充说", "补充道", "介绍", "介绍说", "介绍称", "分析", "分析称", "分析说", "分析指出", "预计", "预测", "估计", "建议", "呼吁", "回应", "回应称", "回应说", "回复", "告诉", "承认", "否认", "警告", "提醒", "主张", "相信", "觉得", "提到", "谈到", "重申", "表明", "说明", "写道", "问道", "反问", "感叹", "感慨", "回忆", "回忆说", "回忆道", "忆述", "忆述说", "总结", "总结说", "直指", "直说", "点出", "点明", "笑说", "笑称", "笑言", "批评", "质疑", "反驳", "抱怨", "喊话", "形容", "描述", "称赞", "表态", "宣布", "披露", "证实", "确认", "续指", "又指", "并指", "亦指", "续称", "又称", "并称", "亦称", "反映", "答道", "答称", "讲述", "透露称", "表示称", "指称", "看来", "的看法是", "的观点是", "的意见是", "的说法是", "的判断是", "的解释是", "的回答是", "所说", "所言", "的话说", "的话来说", "担心", "担忧", "坦白说", "直言说", "补充指出", "进一步指出", "撰文指出", "撰文称", "撰文提出", "斥", "痛斥", "怒斥", "驳斥", "斥责", "怒批", "狠批", "批评指出", "辩称", "辩解", "辩解称", "分享", "分享称", "留言", "留言称", "留言说", "爆料", "爆料称", "发文称", "发帖称", "投诉称", "吐槽", "希望", "期望", "期盼", "预期", "评价", "评价说", "评论说", "点评", "点评说", "澄清", "澄清说", "裁定", "转述", "反批", "痛批", "炮轰", "追问", "质问", "问及", "询问", "质询", "促请", "敦促", "吁请", "报告", "苦笑说", "苦笑道", "喊出", "承诺", "允诺", "大赞", "盛赞", "赞扬", "赞许", "回击", "反击", "留意到", "注意到", "观察到", "回答", "这样说", "如是说", "预估", "预判", "研判", "供称", "供述", "引述", "转述", "回应指", "反驳指", "补充指", "解释指", "批评指", "质疑指", "强调指"]
    ),
    key=len,
    reverse=True,
)
_CUE = re.compile("|".join(map(re.escape, _CUES)) + r"|(?<![要想以迎受答的])提问(?=[，,：:])|指(?=[，,：:])|(?<=[\u4e00-\u9fff])指(?=[\u4e00-\u9fff])(?![的出导标定向着控南引数示令挥派责望明甲纹尖头点缝环称为日正教使路骂摘认])")
# (陈指被告当时情急: Hong Kong papers' 指 goes straight on with the statement; not 指导, 指标…)
_GROUP_ROLES = frozenset(["评审", "评委", "委员", "代表", "议员", "董事", "理事", "监事"])
_ANON_OWNED = re.compile(r"的(?:家属|家人|亲属|亲友|朋友|同事|邻居|律师|代理人|儿子|女儿|妻子|丈夫|母亲|父亲)")
_SURNAME_SEX = re.compile(r"([\u4e00-\u9fff])(?:[男女](?![士儿性子生人孩婴童星友装排足篮籍工权神方主])|嫌(?![疑犯弃恶隙]))")
# (林嫌辩称: a suspect, as Taiwanese police news names one)
# 「…」这句话被反复提起, 记者不止一次听到这样的说法: a saying of many, nobody's statement.
_HEARSAY = re.compile(r"这句话|这样的话|这样的说法|这种说法|类似的说法|类似的话|这番话|这句口头禅|一声|有人|广播|喊声|口号")
_RELAY_CUES = frozenset(["引述", "转述"])
_CLAUSE_MARKS = r"[，,。；;：:！？!?]"
# 他放下背包，望着主峰的方向说: a clause of manner (V着 …) before the cue.
_MANNER_CLAUSE = re.compile(r"[\u4e00-\u9fff]{1,2}着[^，,。；;：:「」“”]{0,12}")
_INTERVIEWED = re.compile(r"(?:专访|采访|访问|访谈)了?")
_GROUP = re.compile(r"(?:两|二|三|四)(?:人|位)(?![\u4e00-\u9fff]{0,1}[士员])|双方")
_GROUP_SIZES = {"两": 2, "二": 2, "三": 3, "四": 4}
# Between the second of two joined speakers and the cue (A与B都认为).
_JOINT_MARKER = re.compile(r"\s*(?:也都|都|均|亦|皆|一致|同样|共同|双双|也|则)?\s*")
_JOINT_WORDS = re.compile("都|均|一致|异口同声|不约而同|共同|一同|同样|双双|联合|皆")
_CUE_ADVERB = re.compile("则是|则|也|亦|还|更|都|均|便|就|又|再")


def _cue_at(simp: str, position: int) -> bool:
    """A speech cue starts at ``position``, or after one adverb (王美华则表示: 则 is no part of the name)."""
    if _CUE.match(simp, position):
        return True
    adverb = _CUE_ADVERB.match(simp, position)
    return adverb is not None and _CUE.match(simp, adverb.end()) is not None


_NOT_CUE_AFTER = {
    "说": ("明书", "法", "服", "谎", "情", "客", "辞", "唱", "书", "了算", "不定", "起来"),
    "称": ("为", "之", "作", "号", "霸", "雄", "职", "心", "得上", "谓", "赞"),
    "介绍": ("人", "信", "会"),
    "分析": ("师", "人士", "员", "报告", "框架", "工具", "模型"),
    "说明": ("书", "会"),
    "总结": ("会", "报告", "大会"),
    "建议": ("书", "稿", "案"),
    "表示": ("感谢", "欢迎", "祝贺", "哀悼", "慰问"),
    "提出": ("申请", "质询", "诉讼", "辞职", "辞呈"),
    "回复": ("率",),
    "斥": ("资", "巨资"),
    "希望": ("工程", "小学", "所在"),
}
# Cues that often take a noun phrase rather than a clause (提出方案, 介绍新茶): without a comma
# after them, a short object is not a statement.
_NOUN_OBJECT_CUES = frozenset(
    ["报告", "介绍", "提出", "提到", "承认", "分享", "留言", "爆料", "吐槽", "评价", "点评", "谈到", "分析", "建议", "回应", "描述", "形容", "披露", "宣布", "总结", "反映", "批评", "质疑", "表明", "说明", "确认", "证实", "否认", "警告", "提醒", "呼吁", "重申", "回忆", "讲述", "抱怨", "称赞", "表态", "回复", "喊话", "撰文提出"]
)
_NOT_CUE_BEFORE = {"称": "号简堪俗统昵职名对宣声自被", "说": "小传学游据听虽再演解", "指": "手直如屈染", "斥": "充排训呵"}
# Frames that need a word before the subject: 在X看来, 据X介绍, 正如X所说, 用X的话说.
_FRAME_PREFIX = {"看来": ("在",), "所说": ("正如", "如", "诚如", "就像"), "所言": ("正如", "如", "诚如"), "的话说": ("用", "引述", "转述"), "的话来说": ("用",)}
# Words that may open a clause before its subject (而、对此、据 …) and are not part of it.
_CONNECTIVES = sorted(
    ["而", "但", "但是", "加上", "再加上", "不过", "同时", "另外", "此外", "对此", "其中", "随后", "接着", "最后", "首先", "其次", "另一方面", "因此", "所以", "并且", "也", "还", "则", "为此", "据此", "会上", "会后", "席间", "当时", "对于此", "对此事", "即", "据", "在", "正如", "诚如", "如", "按照", "依", "照", "用", "就像", "可是", "然而", "事实上", "其实", "总之", "另据", "据了解", "会议期间", "赛后", "赛前", "易边后", "半场后", "下半场", "上半场", "事后", "事发后", "会前", "稍后",
     # times before the subject (上个月她在脸书上写道)
     "上个月", "上周", "上星期", "昨天", "昨日", "昨晚", "前天", "日前", "近日", "当天", "当晚", "早前", "去年", "月初", "月底", "年初", "年底", "后来"],
    key=len,
    reverse=True,
)

# What may stand between a subject and its cue: adverbs, times, prepositional phrases,
# an honorific title (李国平研究员看来) or the Latin original in brackets.
_ADVERBS = (
    "出面 也曾 还曾 都曾 亦曾 曾经 也 还 则 就 都 更 又 亦 再 曾 同样 随后 随即 进一步 明确 直接 公开 坦率地 再次 多次 一再 反复 特别 便 更是 此前 "
    "质询时 答询时 备询时 质询 答询 备询 答复 回复 答覆 上台 举例 打比方 苦笑 微笑 叹气 哽咽 召开记者会 开记者会 见记者 会见记者 "
    "日前 近日 近期 早前 早些时候 当天 当日 当晚 昨天 昨日 昨晚 昨夜 今晚 今早 稍早 今天 今日 前天 最近 近来 目前 如今 一直 始终 当时 会上 会后 席间 现场 接着 最后 首先 "
    "其次 同时 并且 并 而 却 则是 私下里 私下 事后 后来 另外 此外 进而 这样 如此 在一旁 一旁 正在 正 均 仍然 仍 依然 坦白 坦率 笑着 笑 "
    "异口同声 不约而同 一同 这样 这么 上午 下午 晚间 晚上 早上 今年 去年 本周 上周 本月 上月 年初 年底 月初 月底 周末 随之 则在 还在 也在 甚至 已经 已 一度 也就此 对此 为此 就此 "
    "庭上 庭外 庭内 台上 台下 场边 场外 场上 大声 小声 高声 轻声 低声 齐声 连声 即场 当即 "
    "开宗明义 一针见血 直截了当 开门见山 直言不讳 毫不讳言 斩钉截铁 不无担忧 不无感慨 开场即 开场便 开场时 开场 "
    "无奈 感性 激动 哽咽 苦笑 难过 气愤 不满 低调 强硬 严肃 沉痛 坦然 语重心长 兴奋 开心 忍不住 不禁 幽默 淡定 自信 谦虚 直白 "
    "赛后 赛前 会前 会中 课后 其后 之后 稍后 事前 早前 当场 当面 普遍 纷纷 一致 大多 大都 多 率先 先后 分别 相继 再度 继续 公开地"
)
_TIME = r"[0-9０-９一二三四五六七八九十两]+(?:月|日|号)(?:[0-9０-９一二三四五六七八九十]+[日号])?|周[一二三四五六日末]|星期[一二三四五六日天]|[今昨前明][（(][0-9０-９]{1,2}[）)]日"
_NP = rf"[^{_PUNCT}]"
_PP = (
    rf"(?:在|于){_NP}{{1,24}}?(?:时|上|中|里|期间|之际|后|前|内|间)|在{_NP}{{1,10}}"
    rf"|(?:接受|受){_NP}{{0,16}}?(?:采访|专访|访问|访谈|询问|查询)(?:时)?|受访(?:时)?"
    rf"|(?:对着|对|向|跟|给|和|与|朝){_NP}{{1,20}}"
    rf"|(?:通过|借助|透过|经由){_NP}{{1,16}}"
    rf"|[\u4e00-\u9fff]{{1,2}}着{_NP}{{0,16}}"  # 指着墙上一台平板 | 说: a gesture while speaking
    rf"|[\u4e00-\u9fff]{{2}}(?:前|后)(?![\u4e00-\u9fff])"  # 休庭前, 宣判后: before or after an event
    rf"|(?:以|作为){_NP}{{1,20}}?(?:身份|身分|名义|方式)|以{_NP}{{1,16}}?为例|(?:就|对){_NP}{{1,16}}?(?:而言|来说)"
    rf"|一边{_NP}{{1,10}}?一边|边{_NP}{{1,6}}?边"
    rf"|{_NP}{{1,14}}?时|[\u4e00-\u9fff]{{1,2}}后"
    rf"|(?:看过|看完|读过|读完|听完|听过|得知|获悉|查看|翻阅|审阅){_NP}{{0,10}}?后"  # 看过本刊资料后直言
    rf"|撰文|发文|发帖|致信|写信|撰写|发表|在其?{_NP}{{0,14}}?(?:撰文|发文|文章中|报告中|研报中|节目中|声明中|信中|帖子中|采访中)"
    rf"|(?:信中|文中|书中|声明中|帖文中|文章中|报告中|研报中|求情信中)"
)
# 开门见山地说, 不无担忧地表示: a manner adverbial made with 地.
_MANNER = r"[\u4e00-\u9fff]{2,4}地"
_GAP = re.compile(
    rf"(?:\s|{'|'.join(sorted(_ADVERBS.split(), key=len, reverse=True))}|{_TIME}|{_PP}|{_MANNER}"
    rf"|{'|'.join(N.POST_TITLES)}|[（(][^）)]{{1,40}}[）)])*"
)

# --- anonymous sources --------------------------------------------------------------------

_ANON_HEADS = sorted(
    ["人士", "私教", "姑娘", "女生", "男生", "小伙", "小伙子", "汉子", "女孩", "男孩", "老人", "老汉", "妇女", "投资人士", "金融人士", "法律人士", "行业人士", "市场人士", "政界人士", "学界人士", "商界人士", "知情人士", "消息人士", "业内人士", "相关人士", "负责人", "有关负责人", "官员", "高管", "高层", "主管", "人员", "工作人员", "员工", "职员", "分析师", "专家", "学者", "经济学家", "投资人", "投资者", "业者", "从业者", "创投业者", "律师", "医生", "教师", "老师", "议员", "委员", "代表", "发言人", "经理", "门店经理", "创始人", "研究员", "居民", "村民", "市民", "网友", "股民", "用户", "消费者", "家长", "学生", "司机", "商户", "店主", "老板", "外交官", "交易员", "基金经理", "银行家", "财务负责人", "知情者", "消息源", "内部人士", "客服", "住户", "租户", "街坊", "经销商", "代理商", "家属", "受访者", "公诉人", "辩护人", "媒体人", "圈内人", "知情人", "内部人", "开发者", "使用者", "读者", "观众", "听众", "球迷", "粉丝", "乘客", "旅客", "游客", "患者", "病患", "东主", "店东"]
    + list(N.TITLE_HEADS)
    + [n for n in N.PERSON_NOUNS if n not in ("代表", "主办方代表")],
    key=len,
    reverse=True,
)
_ANON_HEADS = sorted(set(_ANON_HEADS), key=len, reverse=True)
_ANON_INTRO = r"(?:另一家|另一间|另一个|另外一名|另外一家|一家|某家|多家|一位|一名|一个|两位|两名|几位|几名|数位|数名|多位|多名|不少|部分|一些|某位|某名|某|有(?!限)|另有|还有|也有|另一位|另一名|另外一位|众多|许多|多数|不愿具名的|不愿透露姓名的|匿名的|接近|业内|业界|学界|有关|相关|个别)"
_ANON_HEAD = re.compile("|".join(_ANON_HEADS))
_ANON = re.compile(rf"{_ANON_INTRO}(?:[“「][^”」]{{1,6}}[”」]|{_NP}){{0,24}}?(?:{'|'.join(_ANON_HEADS)})(?![A-Za-z])(?![\u4e00-\u9fff](?<![在于从向对通])[A-Za-z])")
# (a head before a Latin name names someone; 开发者在GitHub上 is a place after a preposition)
# Heads that are anonymous by themselves (房屋局发言人称): a named person would follow them.
_ANON_BARE = re.compile(rf"{_NP}{{0,20}}?(?:知情人士|消息人士|业内人士|相关人士|有关负责人|发言人|负责人|主持人|公诉人|辩护人)")
# 消息指, 有消息称: unnamed "word" as the source of a statement (Hong Kong and mainland usage).
# 某协会秘书长说, 富邦悍将总教练在赛后坦言: an organisation and a title with no name, right
# before the cue (a name after the title would make it a named person, so the cue must follow).
_ANON_TITLED = re.compile(
    rf"(?:(?<=^)|(?<=[{_PUNCT}\s]))"  # from a clause's start only: keeps the scan cheap
    rf"{_NP}{{2,20}}?(?:{'|'.join(N.TITLE_HEADS)})(?=(?:在{_NP}{{1,8}}?)?(?:{'|'.join(map(re.escape, _CUES))}))"
)
_ANON_NEWS = re.compile(r"(?:(?<=^)|(?<=[。！？；，\s]))(?:有|另有|据|另据)?(?:消息|传闻|坊间消息|市场消息)(?=(?:指|称|透露|表示|说)[，,：:])")
# 林姓摊商, 陈姓老板 (Taiwan's way of not naming a person): anonymous, with its description.
# 华商报记者提问：“…？”, 记者问：“…”: a journalist's question quoted at a press conference.
_ANON_REPORTER_ASKS = re.compile(r"(?:(?<=^)|(?<=[。！？；，\s]))(?:有|另有)?[\u4e00-\u9fff]{0,8}?记者(?=(?:提问|问道|追问|问)\s*[：:]\s*[“「『])")
_ANON_SURNAME_ONLY = re.compile(rf"[\u4e00-\u9fff]姓(?:{'|'.join(_ANON_HEADS)})")
# 张某, 李某某: the pseudonym court and police reports give a person (after a surname); not
# 某公司, 某地 (which 某 qualifies).
_NOT_AFTER_PSEUDONYM = ("公司", "集团", "单位", "机构", "银行", "医院", "学校", "地", "处", "种", "些", "天", "日", "年", "人", "某")


def _pseudonyms(simp: str, tokens: tuple[tuple[int, int, str], ...] = ()) -> Iterable[tuple[int, int]]:
    """Spans of 张某 / 欧阳某某 in ``simp``; with jieba's ``tokens``, not where a noun follows
    (白云区某小区: 某 qualifies the noun, 区 is no surname there)."""
    starts = {start: flag for start, _, flag in tokens}
    for match in re.finditer("某某?", simp):
        if match.start() > 0 and simp[match.start() - 1] == "某":
            continue
        after = simp[match.end() : match.end() + 2]
        if after.startswith(_NOT_AFTER_PSEUDONYM):
            continue
        if starts.get(match.end(), "x")[:1] in ("n", "s", "f"):
            continue
        for length in (2, 1):
            surname = simp[match.start() - length : match.start()]
            if match.start() - length >= 0 and surname in N.surnames() and (length == 2 or N.surnames()[surname].common):
                yield match.start() - length, match.end()
                break
_ANON_BACKREF = re.compile(rf"(?:前述|上述|该名|该位|该|这位|这名|此位|那位|这些|此)(?:[“「][^”」]{{1,6}}[”」]|{_NP}){{0,4}}?(?:{'|'.join(_ANON_HEADS)})")
# (这位“90后”姑娘: a short quoted term may describe the person)

_PRONOUNS = {"他": "m", "她": "f"}
# 张三的看法与之类似。在他看来…: a person whose view opens a sentence is its topic.
_TEAM_OF = re.compile(r"的(?:研究|科研|调查)?(?:团队|课题组|实验室|研究组)")
_OPINION_OF = re.compile(r"的(?:看法|观点|判断|意见|说法|态度|立场|分析|观察)")
# 这位清华大学化学系教授，…: a description of the person just named, opening a sentence.
_COREFERENT = re.compile(rf"(?:^|(?<=[。！？!?；;，,\s]))(这位|这名|该位|该名)({_NP}{{2,30}}?)(?=[，,])")
_AS_TITLE = re.compile(rf"(?:^|(?<=[。！？!?；;，,\s]))(?:身为|作为)({_NP}{{2,24}}?)(?=[，,])")
"""身为团队中唯一的博士生，她说: a sentence that opens by naming the role of the speaker."""
_NOT_PRONOUN_AFTER = "们人国乡者方日"
_NOT_PRONOUN_BEFORE = "其吉利排无"

# --- working values ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Para:
    index: int
    id: str
    line: int
    text: str
    simp: str
    section: int
    tokens: tuple[tuple[int, int, str], ...]
    """(start, end, jieba flag) of each token of ``simp``."""


@dataclass(frozen=True, slots=True)
class _Span:
    """A top-level quotation in a paragraph: ``start``/``end`` enclose the quoted words."""

    start: int
    end: int
    opened: bool
    """False when the paragraph only closes a quote opened before it."""
    closed: bool


@dataclass(slots=True)
class _Person:
    key: str
    """The name in Simplified characters: one person per key."""
    name: str
    latin: str | None = None
    org: str | None = None
    title: str | None = None
    reporter: bool = False
    """Named in a byline (记者张三): never the one a 他/她 refers to."""
    sex: str | None = None
    aliases: list[str] = field(default_factory=list)
    """Other names the article used for the person in attributions (张教授, 卡特)."""
    described: bool = False
    """Words before the name said who it is where it was first found (经营大排档的郑先生)."""
    roles: list[str] = field(default_factory=list)
    """Role words before the name that its title does not keep (被告 in 被告李永康（46岁，地盘工人）):
    the article may call the person by them later."""
    first_seen: tuple[int, int] = (0, 0)
    """(paragraph index, offset) where the name was first found."""


@dataclass(slots=True)
class _Anon:
    description: str
    head: str
    """The noun that says who it is (人士, 高管): back-references match on it."""
    first: tuple[int, int]
    mention: str = ""
    """The words that named it (Simplified): 张某 again is the same source."""


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    kind: str
    """person | alias | titleref (法官 for the one judge) | pronoun | anon | anonref"""
    key: str | None
    text: str


@dataclass(slots=True)
class _Event:
    """A speech cue with its resolved subject."""

    para: int
    cue_start: int
    cue_end: int
    subject: tuple[str, str] | None
    """("person", key) or ("anon", index), after resolving pronouns and back-references."""
    mention: _Mention
    evidence: str
    confidence: float
    clause_start: int = 0
    bare: bool = False
    """The cue ends its sentence (「…」前述人士说。): it can only attribute a quote before it."""
    topic: bool = False
    """The subject is the sentence's, the cue's clause has none (X持不同意见，认为…)."""


# --- the stage ----------------------------------------------------------------------------


def find_people(article: Article, *, curation: Curation | None = None) -> People:
    """Who said what in ``article``: named speakers, anonymous sources, unattributed quotes.

    Pure: the article is not changed and nothing is read from disk (jieba's dictionary
    aside). ``curation`` (editor corrections) is applied last; extraction never needs it.
    """
    paras = _paragraphs(article)
    if not paras:
        return People()
    spans: dict[int, list[_Span]] = {}
    left_open = False  # the paragraph before ends inside a quotation
    for para in paras:
        spans[para.index] = _quote_spans(para.simp, continued=left_open)
        left_open = bool(spans[para.index]) and not spans[para.index][-1].closed
    persons = _discover(article, paras, spans)
    nicknames = _nicknames(paras, spans, persons)
    reader = _Reader(article, paras, spans, persons, nicknames=nicknames)
    people = reader.read()
    return curate(people, curation) if curation is not None else people


# --- paragraphs in Simplified -------------------------------------------------------------


def _paragraphs(article: Article) -> list[_Para]:
    out: list[_Para] = []
    index = 0
    for section_index, section in enumerate(article.sections):
        for paragraph in section.paragraphs:
            simp = simplified_copy(paragraph.text)
            out.append(_Para(index, paragraph.id, paragraph.line, paragraph.text, simp, section_index, _tokens(simp)))
            index += 1
    return out


def simplified_copy(text: str) -> str:
    """``text`` in Simplified characters with the same length (offsets stay valid).

    ``tw2s`` maps characters one to one in practice; should a conversion change the length,
    the text is converted character by character and any character whose conversion is not
    one character is kept as it is.
    """
    converted = convert(text, "tw2s")
    if len(converted) == len(text):
        return converted
    out = []
    for ch in text:
        one = convert(ch, "tw2s")
        out.append(one if len(one) == 1 else ch)
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def _tokens(simp: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    position = 0
    for word, flag in posseg().cut(simp):
        out.append((position, position + len(word), flag))
        position += len(word)
    return tuple(out)


# --- quote spans --------------------------------------------------------------------------


def _quote_spans(text: str, *, continued: bool = True) -> list[_Span]:
    """Top-level quotations of one paragraph, tolerant of the flaws real text has.

    Any closing mark closes the innermost open quote (『…’ is a quote); a closing mark with
    nothing open ends a quote that began in an earlier paragraph (``continued``: the one
    before ended inside a quotation; otherwise the mark is a stray one, and the text before
    it is narration); a quote still open at the end runs to the end of the paragraph. ASCII
    " opens or closes by position.
    """
    spans: list[_Span] = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch in OPENERS or (ch == '"' and not stack):
            if ch == "‘" and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalpha():
                continue  # an apostrophe-like mark inside Latin text
            stack.append(i)
        elif ch in CLOSERS or ch == '"':
            if ch == "’" and i > 0 and text[i - 1].isascii() and text[i - 1].isalpha():
                continue
            if stack:
                start = stack.pop()
                if not stack:
                    spans.append(_Span(start + 1, i, opened=True, closed=True))
            elif not spans and text[:i].strip() and continued:
                spans.append(_Span(0, i, opened=False, closed=True))
    if stack:
        spans.append(_Span(stack[0] + 1, len(text), opened=True, closed=False))
    return spans


def _inside(spans: Iterable[_Span], position: int) -> bool:
    return any(s.start <= position < s.end for s in spans)


_WRITTEN_BEFORE = re.compile(r"(?:(?:标语|口号|横幅|招牌|牌子|告示|海报|条幅)(?:上)?(?:写着|写的是|印着|是)?|题为|名为|称为|叫做|名叫)[：:，,]?$")
_WRITTEN_AFTER = re.compile(r"为(?:口号|主题|题|名|标语|宗旨)|的(?:口号|标语|主题|横幅)")


_SAYING_BEFORE = re.compile(
    r"(?:常说|常讲|常言道|俗话说|俗语说|老话说|有句话说|有道是|所谓|(?:流传|流行|有)着?(?:这样)?一句(?:话|老话|俗话|顺口溜)"
    # 全场观众跟着节奏喊：“加油！”: a crowd's chant, many voices, nobody's statement
    r"|(?:观众|球迷|群众|民众|人群|全场|众人|村民|居民|学生|孩子|歌迷|粉丝)们?[^，,。；;：:]{0,12}?(?:齐声|一起|一同)?(?:高喊|齐喊|大喊|呼喊|高呼|欢呼|喊着|喊道|喊))[：:，,]?$"
)
_SAYING_AFTER = re.compile(r"[，,]?\s*(?:[^。！？!?“”「」]{0,16}[，,])?\s*(?:这句(?:话|老话|俗话|口头禅)(?!是)|这样的(?:吐槽|抱怨|说法|声音|评论|留言))")
"""「…」这句话被反复提起, 「…」在收容所里，这句话被反复提起: the quotation is a saying of many."""
_WRITING_BEFORE = re.compile(r"(?:写着|写的是|印着|刻着|贴着|写得最多的(?:一句话|话)?是|写下的(?:一句话|话)?是|写下了?[^，,。：:]{0,6}|(?:置顶|打出|贴出|挂出|挂着|打着)着?[^，,。：:]{0,4}(?:一句话|一行字|一行大字|标语|字幕|大字))[：:，,]?$")
_DOCUMENT_BEFORE = re.compile(r"(?:判决书|裁定书|裁决书|起诉书|判决|报告|声明|公告|通告|公开信|信中|信件|遗书|社论|条文)(?:中|里|上)?(?:写道|指出|称|提到|载明|强调|写着)[：:]$")


# An institution as the subject of the cue right before the quotation (院方表示：「, 交通部
# 呼吁…要“, 市气象台提醒，…驾车要“): its words, no person's.
_ORGANISATION_BEFORE = re.compile(
    r"(?:^|[。！？；，,：:\s])(?:[\u4e00-\u9fff]{0,12}(?:局|署|部|厅|处|委|院|台|公司|集团|银行|协会|基金会|政府|法院|医院|警方|院方|校方|官方|厂方|店方|馆方|园方|市府|县府|当局))"
    r"(?:[^，。！？；「」“”『』]{0,6})(?:表示|指出|称|强调|回应|提醒|呼吁|透露|说明|重申)[^。！？；「」“”『』]{0,30}[：:，,]?[^。！？；「」“”『』]{0,20}$"
)


def unattributed_reason(text: str, span: _Span, before_paragraph: str = "") -> str:
    """Why a quote has no speaker (Simplified ``text``): a saying (当地人常说「…」, 「…」这句话在…
    流传), words written on a sign (告示牌写着“…”), a document quoted (判决书写道：, also from the
    paragraph before when the quote opens its own), or ``NO_SPEAKER``: someone said it, the text
    never says who (the only case the editor's report lists)."""
    before = text[: max(span.start - 1, 0)].rstrip()
    if _SAYING_BEFORE.search(before) or (span.closed and _SAYING_AFTER.match(text, span.end + 1)):
        return SAYING
    if _WRITING_BEFORE.search(before):
        return WRITTEN
    if _DOCUMENT_BEFORE.search(before) or (not before and _DOCUMENT_BEFORE.search(before_paragraph.rstrip())):
        return DOCUMENT
    if _ORGANISATION_BEFORE.search(before):
        return ORGANISATION
    return NO_SPEAKER


def _statement_like(text: str, span: _Span) -> bool:
    """A quotation that reports speech, not a quoted term (「免费」) or title."""
    inner = text[span.start : span.end]
    if len(inner.strip()) < 2:
        return False
    after = text[span.end + 1 : span.end + 2] if span.closed else ""
    if after == "的":
        return False
    before = text[: max(span.start - 1, 0)].rstrip()
    if _WRITTEN_BEFORE.search(before) or (span.closed and _WRITTEN_AFTER.match(text, span.end + 1)):
        return False  # 标语写着“…”, 以“…”为口号: a slogan, not words someone said (a message 写道 is)
    if span.closed and _EVENT_AFTER_NAME.match(text, span.end + 1) and not any(mark in inner for mark in "。！？!?，,；;") and not before.endswith(("：", ":")):
        return False  # 举办「校园精神健康：由识别到支援」研讨会: the event's name, colon and all
    if any(mark in inner for mark in "，,。！？!?；;：:…"):
        return True
    if len(inner) <= 20 and _EVENT_NAME.search(inner):
        return False  # 「2026竹科人才论坛」昨日举行: an event's name, no one's words
    starts_paragraph = not text[: max(span.start - 1, 0)].strip()
    return starts_paragraph and len(inner) >= 6


_EVENT_AFTER_NAME = re.compile(r"\s*(?:论坛|研讨会|座谈会|讲座|峰会|分享会|交流会|发布会|工作坊|展览|展|计划|活动|课程|比赛|大赛|系列)")
_EVENT_NAME = re.compile(r"(?:论坛|研讨会|座谈会|讲座|峰会|大会|年会|博览会|展览会|展览|艺术节|文化节|音乐节|电影节|嘉年华|工作坊|音乐会|晚会|颁奖礼|典礼|比赛|大赛|锦标赛|联赛)$")


# --- name discovery -------------------------------------------------------------------------


def _discover(article: Article, paras: list[_Para], spans: dict[int, list[_Span]]) -> dict[str, _Person]:
    """Every person's name the article anchors, with the apposition at its first anchoring."""
    found: dict[str, _Person] = {}
    org_like: set[str] = set()

    def add(para: _Para, start: int, end: int, *, apposition: tuple[int, int] | None = None,
            latin: str | None = None, post_title: tuple[int, int] | None = None, bracket: tuple[int, int] | None = None) -> None:
        key = para.simp[start:end]
        if not key.strip():
            return
        person = found.get(key)
        if person is None:
            person = found[key] = _Person(key=key, name=para.text[start:end], first_seen=(para.index, start))
            person.described = apposition is not None and bool(para.simp[apposition[0] : apposition[1]].strip())
        if latin and not person.latin:
            person.latin = latin
        if apposition is not None:
            apposition = (apposition[0], apposition[0] + len(_without_joint(para.simp[apposition[0] : apposition[1]])))
            apposition = (_after_titled_names(para.simp, *apposition), apposition[1])
            dateline = _DATELINE.match(para.simp, apposition[0], apposition[1])
            if dateline is not None:  # （吉隆坡18日讯）房屋及地方政府部副部长: not part of the ministry's name
                apposition = (dateline.end(), apposition[1])
        if person.org is None and person.title is None:
            org, title, _ = _describe(para, apposition, post_title, bracket)
            if org is None and title is not None and simplified_copy(title).endswith("发言人"):
                org = _press_conference_host(paras, para, start)
            reference = _BACK_REFERENCE.match(para.simp, apposition[0], apposition[1]) if apposition is not None else None
            referred = simplified_copy(org or "")
            if reference is None and referred[:1] in ("该", "本", "此"):
                reference = _BACK_REFERENCE.match(referred + "一")  # 讲者包括 | 该系副教授: the organisation itself says it
            if title is not None and reference is not None and (org is None or referred.startswith(reference.group("ref"))):
                # 该公司负责人, 该局局长, 协会秘书长, 该院医务部主任: the organisation of that kind named just before
                explicit = reference.group("ref")[0] in "该本此"
                # (集团/公司 alone, too, is the article's company: 集团财务总监X)
                far = explicit or reference.group("ref") in ("公司", "集团")
                # 该院学生 two paragraphs after 常州…学院院长X: that college, before any named further back
                # (not for the unit's own head, 该局局长: the clause naming the unit decides)
                member = explicit and not simplified_copy(title).endswith(reference.group(2)[-1] + "长")
                near = _org_of_someone_before(found.values(), reference.group(2)[-1], (para.index, start), since=para.index - 2) if member else None
                named = near or _unit_named_before(paras, para, start, simplified_copy(title), unit=reference.group(2)[-1], far=far)
                if named is None and explicit:
                    named = _org_of_someone_before(found.values(), reference.group(2)[-1], (para.index, start))  # 该院 after 常州…学院院长X
                if named is not None:
                    org = named + (org[len(reference.group("ref")) :] if org else "")
                elif far and not explicit and org is None:
                    org = _company_of_leader(found.values())  # 公司财务总监X after 恒远光伏董事长Y
                elif explicit and org is not None and simplified_copy(org) == reference.group("ref"):
                    org = None  # 该集团 with no group named before: no organisation is better than "that group"
            if org is None and title is not None:
                org = _unit_named_before(paras, para, start, simplified_copy(title))
            person.org, person.title = org, title
            if apposition is not None and bracket is not None:
                before = para.simp[apposition[0] : apposition[1]]
                role = N.ends_with_title(before) or N.ends_with_person_noun(before)
                if role and role not in simplified_copy(title or ""):
                    person.roles.append(role)
            if title is not None and simplified_copy(title).endswith(N.REPORTER_TITLES) and not simplified_copy(title).endswith("总编辑"):
                # (a magazine's 副总编辑 chairing a forum is a source, not the article's byline)
                person.reporter = True
        for honorific in N.HONORIFICS_FEMALE:
            if key.endswith(honorific):
                person.sex = "f"
        if key.endswith(N.HONORIFICS_MALE):
            person.sex = "m"

    for section_index, section in enumerate(article.sections):
        if section.kind in ("label", "bullet", "numbered", "short") and section.heading:
            heading = _heading_para(section.heading, section_index)
            label = _label_of(heading.simp) if section.kind != "short" else _bare_label_of(heading.simp)
            if label is not None:
                for start, end, latin, appo, bracket in _names_in_label(heading, label):
                    add(heading, start, end, apposition=appo, latin=latin, bracket=bracket)
    for para in paras:
        simp = para.simp
        quoted = spans[para.index]
        # Partial names: surname + honorific (陈女士, 陳太), after a boundary, 的 or a noun.
        for start, end in _honorific_names(para):
            if not _inside(quoted, start):
                add(para, start, end, apposition=(_clause_start(simp, start), start))
        # Label lines: 清华大学教授李四：, 与谈人　王五（某医院主治医师）
        label = _label_of(simp) or _bare_label_of(simp)
        if label is not None:
            for start, end, latin, appo, bracket in _names_in_label(para, label):
                add(para, start, end, apposition=appo, latin=latin, bracket=bracket)
        # After a title or a person noun: 董事长林涛, 游客陈女士, 总经理Kevin Chen.
        for head_end in _title_ends(simp):
            if _inside(quoted, head_end) or _TITLE_OR_PERSON_NOUN.match(simp, head_end) is not None:
                continue  # (学生|家长韩冬梅: the title goes on, 家长 is no surname)
            if simp[head_end : head_end + 1] in "向对跟给与和同" and _TITLE_OR_PERSON_NOUN.match(simp, head_end + 1) is not None:
                continue  # 志工向记者表示: a preposition and the listener, not the surname 向
            one_of = simp.startswith("之一", head_end)  # 店主之一郑浩然: one of the owners
            read = _read_name_after(para, head_end + 2 if one_of else head_end)
            if read is not None and simp.endswith("代表", 0, head_end) and simp[read[1] : read[1] + 1] == "的":
                continue  # 代表冯家辉的大律师: 代表 is "representing" here, not a title
            if read is not None and _title_used_as_verb(para, head_end):
                continue  # 我们和她聊了聊翻译童书的难处: 翻译 is what they talked of doing
            if read is not None:
                start, end, latin = read
                # Peter 陈大文: the English given name is no part of the apposition
                appo_end = head_end if re.search("[A-Za-z]", simp[head_end:start]) or simp[head_end:start] in N.STATE_HONORIFICS or one_of else start
                add(para, start, end, apposition=(_apposition_start(simp, head_end), appo_end), latin=latin,
                    bracket=_bracket_after(simp, end))
                # 议员何俊文、梁淑芬, 学生卢心悦、谢梓轩及鲍嘉琪: the title is the whole list's
                while (joint := _LIST_JOINT.match(simp, end)) and (listed := _read_name_after(para, joint.end())) is not None and listed[2] is None:
                    start, end = listed[0], listed[1]
                    add(para, start, end, apposition=(_apposition_start(simp, head_end), appo_end))
        # Before an honorific title: 李国平研究员, 王明远律师.
        for match in _POST_TITLE.finditer(simp):
            if not _whole_word(para, match.start(), match.end()):
                continue  # 总 inside 总结
            qualified = _TITLE_QUALIFIER.search(simp, max(0, match.start() - 2), match.start())
            read = _read_name_before(para, qualified.start() if qualified else match.start())
            if read is not None and not _inside(quoted, match.start()):
                start, end = read
                add(para, start, end, apposition=(_clause_start(simp, start), start), post_title=(match.start(), match.end()))
        # Listed with a description in brackets: 陈家豪（立法会议员）、黄咏琪（社联业务总监）.
        for match in _DESCRIPTION_IN_BRACKETS.finditer(simp):
            if _inside(quoted, match.start()) or not N.ends_with_title(match.group(1)):
                continue
            read = _name_before_description(para, match.start())
            if read is not None:
                add(para, *read, bracket=(match.start(1), match.end(1)))
        # Before its original in brackets: 雷思齐（Simon Lui）; joined by a name dot: 科莱特·克雷斯.
        for match in re.finditer(r"[（(]\s*([A-Z\u00c0-\u00de][^（()），,]{2,40}?)\s*(?:[，,、]\s*[0-9０-９]{1,3}岁)?(?:[，,、][^（()）]{1,12})?\s*[）)]", simp):  # (Mohamad Farid，45岁，行政人员)
            single = _SINGLE_LATIN_NAME.fullmatch(match.group(1).strip()) is not None and match.start() - _transliteration_start(simp, match.start()) >= 3
            if not (N.is_latin_name(match.group(1)) or single) or _inside(quoted, match.start()):
                continue  # (诺哈斯南（Norhasnan，52岁）: one Latin word, the name the transliteration gives)
            if N.title_head_at(simp, match.end()) is not None:
                continue  # 骑乐（QiLe Bike）发言人陈慧敏: a company, whose spokesperson follows
            read = _read_name_before_bracket(para, match.start())
            if read is not None:
                start, end = read
                add(para, start, end, apposition=(_clause_start(simp, start), start), latin=para.text[match.start(1) : match.end(1)])
        for match in re.finditer(rf"[\u4e00-\u9fff]+[{N.NAME_DOTS}][\u4e00-\u9fff]+(?:[{N.NAME_DOTS}][\u4e00-\u9fff]+)*", simp):
            read = _dotted_name(para, match.start(), match.end())
            if read is not None and not _inside(quoted, match.start()):
                start, end = read
                add(para, start, end, apposition=(_clause_start(simp, start), start), bracket=_bracket_after(simp, end))
        # A pseudonym the article marks as one: 大学生小林（化名）.
        for match in _PSEUDONYM.finditer(simp):
            start = _pseudonym_start(simp, match.start())
            if start is not None and not _inside(quoted, start):
                add(para, start, match.start(), apposition=(_clause_start(simp, start), start))
        # Introduced by an age: 68岁的李美华说, 现年72岁的陈大文.
        for match in _AGE_INTRO.finditer(simp):
            start = match.end()
            if _inside(quoted, start):
                continue
            for length in _name_lengths(para, start):
                end = start + length
                if _TITLE_OR_PERSON_NOUN.match(simp, end) and not _CUE.match(simp, end):
                    continue  # 29岁的马来族青年努尔丁: a description, the name comes after it
                if _ends_at_word_boundary(para, start, end) and _valid_name(para, start, end, strong=True):
                    add(para, start, end, apposition=(_clause_start(simp, start), start))
                    break
        # The subject of a sentence, named with no title or cue (…清洁工的黄亚妹今年63岁。), whom
        # a 他/她 + cue later in the paragraph quotes: that pronoun's antecedent.
        for start, end in _subjects_before_pronoun_cue(para, quoted):
            add(para, start, end, apposition=_post_before_description(simp, _clause_start(simp, start), start))
        # Introduced by a description: 眭子豪是一名刚刚提车的消费者, 林明仁，台大经济系教授，他说, 现年42岁的张三，曾是…工程师.
        for match in _COPULA_INTRO.finditer(simp):
            start = match.start(1)
            for length in _name_lengths(para, start) or [match.end(1) - start]:
                end = start + length
                if end == match.end(1) and _valid_name(para, start, end, strong=True):
                    add(para, start, end, apposition=(match.start(2), match.end(2)))
                    break
        # As the bare subject of a speech cue: 陈刚认为, 「…」林涛说.
        for cue in _cues(simp):
            if _inside(quoted, cue.start()):
                continue
            clause = _subject_clause(simp, cue)
            read = _read_bare_subject(para, clause, cue.start()) if clause is not None else None
            implied = _implied_subject(para, cue) if read is None else None
            if read is not None or implied is not None:
                start, end = read[:2] if read is not None else implied  # type: ignore[misc]
                short_forms = {key.split(dot)[-1] for key in found for dot in N.NAME_DOTS if dot in key}
                if any(simp.startswith(short, start) for short in short_forms):
                    continue  # 梅农赛后…说 after 阿俊·梅农: the short form of a foreign name, not 梅农赛
                add(para, start, end, apposition=_post_before_description(simp, clause.start, start) if read is not None and clause is not None else None)
    # An interview (问：/答： turns) names its interviewee in its headline, after a title or a
    # person noun (专访旧书店店主余国强：…): the person the answers are from. (After the
    # paragraphs: where the body also introduces the person, its fuller apposition wins.)
    first_turn = next((p.index for p in paras if _TURN.match(p.simp)), None)
    if article.title and first_turn is not None:
        headline = _heading_para(article.title, len(article.sections) + 1)
        # (Not after the colon of 专访译者许静宜：翻译童书，…: what follows is the interviewee's words.)
        colon = next((m.start() for m in re.finditer("[：:]", headline.simp) if _INTERVIEW_MARK.fullmatch(headline.simp[: m.start()].strip()) is None), len(headline.simp))
        for head_end in _title_ends(headline.simp[:colon]):
            read = _read_name_after(headline, head_end)
            tagged = read is not None and any(t[0] == read[0] and t[2].startswith("nr") for t in headline.tokens)
            if tagged and _TITLE_OR_PERSON_NOUN.match(headline.simp, head_end) is None:  # (not 学生|爱上写作)
                start, end, latin = read
                opening = max([_clause_start(headline.simp, start), *(m.end() for m in _INTERVIEW_MARK.finditer(headline.simp, 0, start))])
                add(headline, start, end, apposition=(opening, start), latin=latin)
        # …or in the introduction, described before the name (任教二十年的陈美玲，…).
        for para in paras[:first_turn]:
            for described in re.finditer("的", para.simp):
                start = described.end()
                token, given = _token_starting(para, start), _token_starting(para, start + 1)
                if not any(t is not None and t[2].startswith("nr") for t in (token, given)):
                    continue  # (jieba tags the name, or its given name after the surname: 林/美玲)
                end = next((start + n for n in (3, 2, 4) if para.simp[start + n : start + n + 1] in ("，", ",") and _valid_name(para, start, start + n, strong=True)), None)
                if end is not None:
                    add(para, start, end, apposition=(_clause_start(para.simp, start), start))
    # Organisations that look like names: 王品 (王品集团), 高盛 (高盛亚洲区首席经济学家).
    for key in list(found):
        # (教授宋雨桐团队: a professor's team; a name with a person's title is a person)
        team_ok = found[key].title is not None and N.ends_with_title(simplified_copy(found[key].title or "")) is not None
        if N.is_name_like_org(key) or any(_org_follows(p.simp, key, ignore=("团队",) if team_ok else ()) for p in paras):
            org_like.add(key)
        elif any(N.ends_with_org_suffix(p.simp[: m.start()]) for p in paras for m in re.finditer(rf"[（(]{re.escape(key)}[）)]", p.simp)):
            org_like.add(key)  # 华校董事联合会总会（董总）: an organisation's short name, not 董 the 总
    for key in org_like:
        found.pop(key, None)
    _complete_short_names(found, paras)
    # 林董, 张教授: a surname and a title are another name of a person named in full.
    full_surnames = {N.surname_of(k).text for k, p in found.items() if N.has_surname(k) and not _title_form(k)}
    for key in [k for k in found if _title_form(k)]:
        if N.surname_of(key).text in full_surnames:
            found.pop(key)
    # 梁女士 after 房屋局首席助理秘书长梁婉华: a surname and 女士, 小姐 or 先生, with nothing to
    # say who it is, is the one person named in full with that surname, named before it.
    # (Not 陈太 or 陈太太: Mrs Chen is as often the wife of the 陈 named before.)
    order = list(found)
    for key in [k for k in found if k.endswith(_BACK_REFERENCE_HONORIFICS) and not (found[k].org or found[k].title or found[k].described)]:
        surname = N.surname_of(key)
        if surname is None or len(key) - len(surname.text) != 2:
            continue
        named = [k for k in order if k != key and k.startswith(surname.text) and N.surname_of(k) == surname and not found[k].reporter
                 and not _title_form(k) and not k.endswith(N.HONORIFICS_FEMALE + N.HONORIFICS_MALE)]
        if len(named) == 1 and order.index(named[0]) < order.index(key):
            found.pop(key)
    # 卡特 after 麥可·卡特: the short form of a foreign name is that person again.
    # (韩迪 after 韩迪·普拉塔玛: Indonesian and Thai names go by the first part.)
    short_forms: dict[str, str] = {}
    for key in [k for k in found if re.search(f"[{N.NAME_DOTS}]", k)]:
        parts = re.split(f"[{N.NAME_DOTS}]", key)
        short_forms.update({part: key for part in (parts[0], parts[-1]) if len(part) >= 2})
    for key in [k for k in found if k in short_forms or any(k == re.sub(f"[{N.NAME_DOTS}]", "", f) for f in short_forms.values())]:
        found.pop(key)
    # 陈组长 after 监理组组长陈德威: the surname and the head of a title given before is that
    # person again (the reader's aliases link it), not a name 陈组长.
    titled = {_surname_and_title_head(person) for person in found.values()} - {None}
    for key in [k for k in found if k in titled and not found[k].title]:
        found.pop(key)
    return found


_BACK_REFERENCE_HONORIFICS = ("女士", "小姐", "先生")


# 代厅长, 助理署长, 署理主席: an acting or assistant office, the title's head after it.
_TITLE_QUALIFIER = re.compile(r"(?:助理|署理|代理|代|常务)$")


def _surname_and_qualified_title(person: _Person) -> str | None:
    """施代厅长 for 施家乐 (代厅长), 李助理署长 for 李浩贤 (助理署长): surname + the whole title when
    it is a head with an acting or assistant qualifier before it."""
    surname = N.surname_of(person.key)
    own = simplified_copy(person.title or "")
    head = N.ends_with_title(own) if own else None
    qualifier = _TITLE_QUALIFIER.search(own, 0, len(own) - len(head)) if head else None
    return surname.text + own[qualifier.start() :] if surname is not None and qualifier is not None else None


def _surname_and_title_head(person: _Person) -> str | None:
    """陈组长 for 陈德威 (组长), 梁馆长 for 梁嘉欣 (总馆长（新界西）): how an article refers back
    to a titled person; ``None`` without surname or title."""
    surname = N.surname_of(person.key)
    own = re.sub(r"[（(][^）)]*[）)]$", "", simplified_copy(person.title or ""))
    head = N.ends_with_title(own) if own else None
    if surname is None or head is None or person.key.endswith(head):
        return None
    return surname.text + head


def _complete_short_names(found: dict[str, _Person], paras: list[_Para]) -> None:
    """陈韵/如质询 (jieba: a two-character name and the verb 如): when every time the article
    writes a two-character name the same character follows it, and that character can end a
    name, the name has three characters. Two occurrences at least: one proves nothing."""
    for key in [k for k in found if len(k) == 2 and N.surname_of(k) is not None and len(N.surname_of(k).text) == 1]:
        places = [(para, position) for para in paras for position in _occurrences(para.simp, key)]
        following = {para.simp[position + 2 : position + 3] for para, position in places}
        if len(places) < 2 or len(following) != 1:
            continue
        last = following.pop()
        full = key + last
        if not ("\u4e00" <= last <= "\u9fff") or last in N.NON_FINAL_NAME_CHARS or full in found or not N.given_name_ok(full):
            continue
        if word_tag(full) is not None and not word_tag(full).startswith("nr"):
            continue  # 王府井: a word, not a name
        para, position = places[0]
        person = found.pop(key)
        found[full] = replace(person, key=full, name=para.text[position : position + 3])


_JOINT = re.compile(r"(?:\s*[（(](?:[A-Za-z&]{2,8}|[\u4e00-\u9fff]{1,6})[）)]|的)$")


_PRESS_CONFERENCE = re.compile(r"(?:召开|举行|举办)[^，,。；;]{0,10}?(?:发布会|记者会|吹风会|记者招待会|简报会|通气会|通报会)")


def _paragraph_before(paras: list[_Para], para: _Para) -> _Para | None:
    """The body paragraph before ``para`` in the same section (none for a heading's line)."""
    if 0 < para.index < len(paras) and paras[para.index] is para and paras[para.index - 1].section == para.section:
        return paras[para.index - 1]
    return None


def _press_conference_host(paras: list[_Para], para: _Para, position: int) -> str | None:
    """国家航天局当晚召开新闻发布会。发言人X介绍: a spokesperson's organisation, when the
    sentence before says it held the press conference (the sentence may end the paragraph before)."""
    simp = para.simp
    sentence = max(simp.rfind(mark, 0, position) for mark in SENTENCE_END) + 1
    before_para = _paragraph_before(paras, para)
    if sentence > 0:
        source, end = para, sentence
    elif before_para is not None:
        source, end = before_para, len(before_para.simp.rstrip())
    else:
        return None
    before = source.simp[:end].rstrip("。！？!? ")
    start = max(before.rfind(mark) for mark in SENTENCE_END) + 1
    previous = before[start:]
    held = _PRESS_CONFERENCE.search(previous)
    if held is None:
        return None
    for stop in range(min(held.start(), 30), 2, -1):  # the longest organisation opening the sentence
        if N.ends_with_org_suffix(previous[:stop]) and not any(ch in _PUNCT for ch in previous[:stop]):
            return source.text[start : start + stop].strip() or None
    return None


_BACK_REFERENCE = re.compile(r"\s*(?:据|另据)?(?P<ref>(?:该|本|此)?(公司|集团|协会|学会|商会|基金会|委员会|工会|联盟|中心|学系|局|会|馆|院|园|署|处|所|校|学校|系))(?=[\u4e00-\u9fff])")


def _unit_named_before(paras: list[_Para], para: _Para, position: int, title: str, *, unit: str | None = None, far: bool = False) -> str | None:
    """市府卫生局今天召开记者会，局长X表示 / 故宫文化博物馆…。馆长X说: the head of a unit (局长,
    馆长, 院长…) whose title names no organisation heads the one that opens the last clause
    before it ending in that unit (this paragraph before the name, or the paragraph before;
    with ``far``, for an explicit 该/本, any paragraph before)."""
    if unit is None:
        head = N.ends_with_title(title.split("、")[0]) or ""
        if len(head) != 2 or head[1] != "长" or head[0] not in _UNITS:
            return None
        unit = head[0]
    texts = [(para, para.simp[:position])]
    before_para = _paragraph_before(paras, para)
    if far and paras[para.index] is para:
        # 该集团 points at a group named anywhere before (the nearest wins).
        texts[:0] = [(p, p.simp) for p in paras[: para.index]]
    elif before_para is not None:
        texts.insert(0, (before_para, before_para.simp))
    found: tuple[_Para, int, int] | None = None
    for source, text in texts:
        # Further back than the paragraph before, the first unit of the kind is the one meant
        # (an article names it in full first); nearer, the last one named.
        distant = source is not para and source is not before_para
        for clause in re.finditer(r"[^，,。；;！？!?：:「」“”]+", text):
            if distant and found is not None:
                break
            ending = _UNIT_NAMES.get(unit, unit)  # 该校: a 学院 or 大学 named before
            # (长期协助处理租屋纠纷的 | 崔妈妈基金会: a description before the name)
            opening = re.match(rf"\s*(?:据|由|将由|经|另据|而)?(?:[\u4e00-\u9fff]{{2,30}}的)?([\u4e00-\u9fffA-Za-z（）()]{{1,24}}?(?:{ending}))(?![\u4e00-\u9fff]*长)", clause.group(0))
            if opening is None or len(opening.group(1)) < 3 or not N.ends_with_org_suffix(opening.group(1)):
                continue
            if any(ch in "是在的了将由据和与被把对向为他她我你" for ch in opening.group(1)):
                continue  # 小雨是园…: a sentence, not an organisation's name
            if (opening.group(1)[0] in "该本此" and len(opening.group(1)) <= 4) or opening.group(1) in N.GENERIC_ORGS:
                continue  # 该公司 is the reference itself (本港连锁餐饮集团 is not)
            if opening.group(1).startswith(_CONJUNCTIONS):
                continue  # 如果公司真的有困难: a clause of someone's words, not an organisation's name
            named = re.match(rf"(?:为|是)([\u4e00-\u9fffA-Za-z]{{3,24}}(?:{ending}))$", clause.group(0)[opening.end() :])
            called = _company_called(clause.group(0), opening.end()) if ending in ("团", "司") else None
            if named is not None:  # 涉事公司为某某餐饮管理有限公司: the name after 为
                if _could_name_a_unit(named.group(1)):  # (not 涉事学校为沙田一所资助中学)
                    found = (source, clause.start() + opening.end() + named.start(1), clause.start() + opening.end() + named.end(1))
            elif called is not None:  # 连锁餐饮集团金湾餐饮昨日公布: the group's name follows its kind
                found = (source, clause.start() + called.start(1), clause.start() + called.end(1))
            elif _could_name_a_unit(opening.group(1), distant=distant):
                stop = _longer_org_end(clause.group(0), opening.end(), ending) if distant else opening.end()
                if stop is not None:  # (北京市公安局 | 朝阳分局 is one name; 教育局学校 | 发展分部 no 学校)
                    found = (source, clause.start() + opening.start(1), clause.start() + stop)
    if found is None:
        return None
    source, start, end = found
    role = next((r for r in N.PARTY_ROLES if source.simp.startswith(r, start) and end - start > len(r) + 2), "")
    return source.text[start + len(role) : end]  # (主办方 | 某某协会: the organisation, not its role)


_COMPANY_CALLED = re.compile(
    r"([\u4e00-\u9fff]{2,6}?|[A-Za-z][A-Za-z0-9 &.-]{1,20}?)"
    r"(?=昨日|今日|今天|昨天|日前|近日|本周|上周|[0-9０-９一二三四五六七八九十]{1,2}日|公布|宣布|发布|表示|宣告|披露"
    r"|[昨今](?:公布|宣布|发布|表示|宣告|披露))"  # (港悦餐饮昨公布: Hong Kong papers' 昨 alone)
)
"""The name right after a company's kind (餐饮集团 | 金湾餐饮 | 昨日公布…), ending where the
sentence's time or verb begins."""


_COMPANY_LEADERS = ("董事长", "总裁", "总经理", "首席执行官", "执行长", "行政总裁", "CEO", "创始人", "创办人")


def _org_of_someone_before(people: Iterable[_Person], unit: str, here: tuple[int, int], *, since: int = 0) -> str | None:
    """The organisation of a kind (院, 校, 局…) of the last person named before ``here`` who has
    one: what 该院 or 该校 refers to when no clause opens with it (常州…学院院长X说, … 该院学生Y)."""
    ending = re.compile(f"(?:{_UNIT_NAMES.get(unit, unit)})$")
    before = sorted(
        (p.first_seen, p.org) for p in people
        if p.org and since <= p.first_seen[0] and p.first_seen < here and ending.search(simplified_copy(p.org)) and N.ends_with_org_suffix(simplified_copy(p.org))
    )
    return before[-1][1] if before else None


def _company_of_leader(people: Iterable[_Person]) -> str | None:
    """The company of the last person named so far who leads one: what 公司 alone refers to."""
    leaders = [p.org for p in people if p.org and p.title and any(head in simplified_copy(p.title) for head in _COMPANY_LEADERS)]
    return leaders[-1] if leaders else None


def _could_name_a_unit(text: str, *, distant: bool = False) -> bool:
    """Not a description (沙田一所资助中学, 华北一家县级医院) nor words of a sentence
    (不能再靠学校, 如今公司): no numeral; the first word is no verb, adverb, preposition,
    pronoun or time word.
    ``distant`` (a paragraph further back than the one before): no verb at all (议员X呼吁教育局…)."""
    tokens = _tokens(text)
    if not tokens or tokens[0][2] in ("v", "d", "p", "c", "r", "t") or any(flag == "m" for _, _, flag in tokens):
        return False
    return not distant or all(flag != "v" for _, _, flag in tokens)


def _longer_org_end(clause: str, end: int, ending: str) -> int | None:
    """Where the unit named up to ``end`` really ends: ``end``, or further when its name goes
    on as a unit of the same kind (北京市公安局 | 朝阳分局); None when it goes on as another
    kind of organisation (教育局学校 | 发展分部: no school)."""
    longer = [stop for stop in range(end + 2, min(end + 8, len(clause)) + 1) if N.ends_with_org_suffix(clause[:stop])]
    if not longer:
        return end
    same_kind = [stop for stop in longer if re.search(f"(?:{ending})$", clause[:stop])]
    return same_kind[-1] if same_kind else None


def _company_called(clause: str, position: int) -> re.Match[str] | None:
    """The company's name at ``position``, right after its kind, if a name is there (not
    通过官方微博 after a company's full name)."""
    called = _COMPANY_CALLED.match(clause, position)
    if called is None:
        return None
    first = next(iter(_tokens(called.group(1))), None)
    return called if first is not None and first[2][:1] not in "pvdcrutmf" else None


_INTERVIEW_MARK = re.compile(r"专访|对话|访谈|——|—|：|:")
_CONJUNCTIONS = ("如果", "假如", "即使", "虽然", "因为", "但是", "所以", "只要", "而且", "不过", "可是", "若", "若是")
_DATELINE = re.compile(r"\s*[（(【\[][^）)】\]]{1,30}(?:讯|电|报道|报导)[）)】\]]\s*")
"""(吉隆坡18日讯), （中央社记者X台北5日电）: the dateline that may open a paragraph."""
_UNITS = "局馆院署处所校厅厂店"
_UNIT_NAMES = {"校": "学校|大学|学院|中学|小学|高中|校"}


def _without_joint(text: str) -> str:
    """An apposition without what joins it to the name: 财务总监（CFO） -> 财务总监, 董事长的 -> 董事长."""
    return _JOINT.sub("", text)


def _holds_title_of(person: _Person, alias: str) -> bool:
    """Whether ``alias`` (surname + title, 张副局长) names the title ``person`` holds."""
    surname = N.surname_of(alias)
    title = simplified_copy(person.title or "")
    rest = alias[len(surname.text) :] if surname is not None else ""
    return bool(rest) and bool(title) and alias.startswith(person.key[: len(surname.text)]) and (title.endswith(rest) or rest in title.split("、"))


def _title_form(key: str) -> bool:
    """True for surname + honorific title (张教授, 王总), which is how one refers back to a person."""
    surname = N.surname_of(key)
    if surname is None:
        return False
    rest = key[len(surname.text) :]
    return (rest in N.POST_TITLES or rest == "氏") and rest not in N.HONORIFICS_FEMALE + N.HONORIFICS_MALE


_HEADING_MARK = re.compile(rf"^\s*(?:[{BULLETS}]|\d{{1,2}}\s*[.．、)）]|[一二三四五六七八九十]{{1,3}}\s*[、．.]|[（(]\s*[一二三四五六七八九十\d]{{1,3}}\s*[）)])\s*")


_COPULA_INTRO = re.compile(
    rf"(?:^|(?<=[。！？!?；;，,\s的]))([\u4e00-\u9fff]{{2,4}}?)(?:[，,]?(?:曾经是|曾是|原是|原为|现为|现任|曾任|是|为)(?:一名|一位|一个|位|名)?|[，,](?=[^，,。；]{{2,20}}[，,]))({_NP}{{0,20}}?(?:{'|'.join(N.TITLE_HEADS + N.PERSON_NOUNS)}))(?=[，,。；])"
)


_AGE_INTRO = re.compile(r"(?:^|(?<=[。！？!?；;，,\s、]))(?:现年|今年|年仅|年届)?[0-9０-９一二三四五六七八九十两]{1,3}多?岁的")


# A clause of 他/她 ending in a colon right before a quotation (她红了眼眶：「).
_PRONOUN_COLON = re.compile(r"(?:^|(?<=[，,。；;！!？?\s]))(?P<pronoun>[他她])(?![的们])[^，,。；;！!？?：:「“『」”』]{1,8}[：:][「“『]$")
_PRONOUN_OPENS_CLAUSE = re.compile(r"(?:^|[，,。；;！!？?：:」”』\s])[他她][\u4e00-\u9fff]{0,3}$")


def _colon_before(simp: str, opener: int) -> bool:
    """A colon right before the quotation opening at ``opener``, after no writing or sign
    (门口的易拉宝上写着：“…” is no one's words)."""
    before = simp[:opener].rstrip()
    return before[-1:] in ("：", ":") and not _WRITING_BEFORE.search(before) and not _WRITTEN_BEFORE.search(before)


def _subjects_before_pronoun_cue(para: _Para, quoted: list[_Span]) -> list[tuple[int, int]]:
    """Full names jieba tags as names that open a sentence, or follow its first clause's 的
    (做了十二年清洁工的 | 黄亚妹今年63岁), before a clause that opens with 他/她 and a speech cue."""
    simp = para.simp
    cue_at = next(
        (c.start() for c in _cues(simp) if not _inside(quoted, c.start()) and _PRONOUN_OPENS_CLAUSE.search(simp, max(0, c.start() - 5), c.start())),
        None,
    )
    if cue_at is None:  # (or a clause of 他/她 that opens a quotation with a colon: 她红了眼眶：「…」,
        # or any clause before one: …的张秀兰听说涨工资的消息后很高兴：“…”)
        cue_at = next((span.start for span in quoted if span.opened and (_PRONOUN_COLON.search(simp, 0, span.start) or _colon_before(simp, span.start - 1))), None)
    if cue_at is None:
        return []
    found = []
    for sentence in range(cue_at):
        if sentence > 0 and simp[sentence - 1] not in SENTENCE_END:
            continue
        clause_end = min([i for i in (simp.find(mark, sentence, cue_at) for mark in "，,。；;：:") if i >= 0] or [cue_at])
        for start in [sentence, *(m.end() for m in re.finditer("的", simp[:clause_end]) if m.start() >= sentence)]:
            token = _token_starting(para, start)
            if token is None or _inside(quoted, start):
                continue
            end = token[1]
            given = _token_starting(para, end)
            surname = N.surnames().get(simp[start])
            if (
                end - start == 2 and given is not None and given[1] - start == 3 and surname is not None and surname.common
                and not token[2].startswith("nr") and _rare_word(simp[start : start + 2], 5000) and N.given_name_ok(simp[start : start + 3]) and (_verb_follows(simp, start + 3) or simp[start + 3 : start + 4] in ("，", ","))
            ):
                token = (start, start + 3, "nr")  # 梁国 | 辉负责…: a common surname's two-character word, and the given name's last character
                end = start + 3
            split = end - start == 1 and given is not None and given[1] - start <= 3 and (
                given[2].startswith("nr")
                # 周 | 建军 (a word jieba knows, tagged as one): a common surname and a 2-character given name
                or (surname is not None and surname.common and given[1] - start == 3 and N.given_name_ok(simp[start : given[1]]))
            )
            if not token[2].startswith("nr") and not (split and surname is not None and surname.common):
                continue  # (but 于 | 海涛: jieba reads the surname 于 as a preposition, the given name as a name)
            if split:
                end = given[1]  # (jieba tags the surname and the given name apart: 陈 | 秀英)
            name = simp[start:end]
            if (
                2 <= end - start <= 3 and N.has_surname(name) and _valid_name(para, start, end, strong=True)
                and name[-1] not in _NOT_A_NAMES_END and simp[end : end + 1] not in "的和与及、"
                and N.title_head_at(simp, end) is None and _TITLE_OR_PERSON_NOUN.match(simp, end) is None
                and not N.ends_with_org_suffix(simp[start : end + 4])  # (富里 | 乡长, 弘道 | 老人福利基金会)
                and not any(end < head_end <= clause_end for head_end in _title_ends(simp))  # (苗绣非 | 遗传承人龙秀华)
            ):
                found.append((start, end))
    return found


_NOT_A_NAMES_END = set("区县乡镇市省村州国路街岛港湾亦也都还又再就")
"""Last characters of what jieba tags as a name at a sentence's start that make it a place
(越秀区, 官庄镇) or glue an adverb to it (陈伯 | 亦)."""


def _heading_para(heading: str, section_index: int) -> _Para:
    """A heading as a paragraph-like value, without its bullet or number (▍王小明：)."""
    marker = _HEADING_MARK.match(heading)
    if marker is not None:
        heading = " " * marker.end() + heading[marker.end() :]
    simp = simplified_copy(heading)
    return _Para(-1 - section_index, "", 0, heading, simp, section_index, _tokens(simp))


_HONORIFIC = re.compile("(" + "|".join(sorted(N.HONORIFICS_FEMALE + N.HONORIFICS_MALE, key=len, reverse=True)) + ")")


def _honorific_names(para: _Para) -> Iterable[tuple[int, int]]:
    """陈女士, 杨先生, 陳太: a surname and an honorific, used as a name when nothing more is given."""
    simp = para.simp
    for match in _HONORIFIC.finditer(simp):
        start = match.start() - 1
        if start < 0 or N.surnames().get(simp[start]) is None:
            continue
        before = simp[start - 1 : start] if start > 0 else ""
        if before and not (before in CLAUSE_BOUNDARY or before.isspace() or before in "的、" or N.ends_with_person_noun(simp[:start])
                           or N.ends_with_title(simp[:start]) or _connective_ends(simp, start)):
            continue
        if match.group(0) in ("太", "伯", "婆"):
            token = _token_starting(para, start)
            glued = token is not None and token[1] == match.end() + 1 and simp[match.end()] in "亦也都则又就还"  # 陈伯亦 (jieba)
            if token is None or (token[1] != match.end() and not glued) or not token[2].startswith("nr"):
                continue  # 太 is mostly "too" (伯, 婆 mostly part of a word); only a token such as 陈太, 梁伯 is a name
        yield start, match.end()


def _post_before_description(simp: str, clause_start: int, start: int) -> tuple[int, int] | None:
    """营地的首席向导、来自附近村落的鲁斯迪: a post, then a description ending in 的, before a
    name: the post's span (the person's apposition). ``None`` for a description alone
    (在附近经营茶园的黄亚妹: no organisation, and no post)."""
    joint = simp.rfind("、", clause_start, start) if start > 0 and simp[start - 1] == "的" else -1
    return (clause_start, joint) if joint > clause_start and N.ends_with_title(simp[clause_start:joint]) else None


def _describe(para: _Para, apposition: tuple[int, int] | None, post_title: tuple[int, int] | None,
              bracket: tuple[int, int] | None) -> tuple[str | None, str | None, str | None]:
    """Org, title and descriptor (in the article's script) from the words around a name."""
    orgs: list[str] = []
    titles: list[str] = []
    descriptor = None
    represented = _REPRESENTING.match(para.simp, apposition[0], apposition[1]) if apposition is not None else None
    if represented is not None and N.ends_with_org_suffix(represented.group(1)):
        # 代表律政司的高级检控官: the organisation represented is the employer
        title = para.text[represented.end() : apposition[1]].strip()
        return para.text[represented.start(1) : represented.end(1)], title or None, None
    quoted = _quoted_org_before(para, apposition) if apposition is not None else None
    if quoted is not None:  # 「世界蚊子计画」（World Mosquito Program）亚洲区计画主任: the org, then the post
        org_text, post_start = quoted
        post = para.text[post_start : apposition[1]].strip().removeprefix("的")  # (「洁亮服务」的经理)
        return org_text, post or None, None
    for span in (apposition, bracket):
        if span is None or span[1] <= span[0]:
            continue
        start, end = _strip_connectives(para.simp, span[0], span[1])
        for token_start, token_end, flag in para.tokens:
            word = para.simp[token_start:token_end]
            if start <= token_start and token_end <= end and (
                (flag == "p" and word not in ("与", "和", "及", "同") and not N.ends_with_org_suffix(para.simp[start:token_start]))
                or flag in ("ul", "uz", "ug") or word in _PERSON_OBJECT_VERBS
            ):  # (中铁五局沿秀高铁项目: 沿 after an organisation opens a project's name)
                start = token_end  # 由…院长张建宏主持, 专访了…教授周明远: the apposition starts after it
            elif (
                start <= token_start and token_end < end and flag.startswith("nr") and token_end - token_start >= 2 and para.simp[token_end] in "和与及、"
                and word not in N.REGION_WORDS  # (jieba reads 亚太 as a name)
                and not (token_start == start and word_tag(word) is not None)  # (康乐及文化事务署: a dictionary word opening an org)
            ):
                start = token_end + 1  # 副院长刘雅琴和 | 北京师范大学教授孙明轩: another person's apposition
            elif start <= token_start and token_end < end and (
                (flag == "r" and word in _PERSONAL_PRONOUNS) or (flag == "t" and token_start == start and para.simp[start - 1 : start] in _PERSONAL_PRONOUNS)
            ):
                start = token_end  # 他日前与 | 导演岑绮雯: a pronoun (and the time after it) is no part of it (现代汽车 is)
        while start < end and para.simp[start] in "与和同跟及" and N.ends_with_title(para.simp[start + 1 : end]) and (start, start + 1) in {t[:2] for t in para.tokens}:
            start += 1  # (a joining word on its own: not the 同 of 同济大学)
        start = _after_titled_names(para.simp, start, end)
        parsed = N.parse_apposition(para.simp, start, end)
        title_spans = list(parsed.titles)
        last_org: tuple[int, int] | None = None
        for s, e in parsed.orgs:
            # 制程工程师, 退休教师, 创作歌手: one common word right before the title is the title's
            # field or state, not an organisation (not 硅谷 | 知名创投人, a place before modifiers).
            joined = next((i for i, (ts, te) in enumerate(title_spans) if ts == e and N.ends_with_title(para.simp[ts:te]) == para.simp[ts:te]), None)
            team_role = joined is not None and para.simp[title_spans[joined][0] : title_spans[joined][1]].endswith(_SPORTS_ROLES)
            if joined is not None and not team_role and (_common_word(para, s, e) or _specialty(para, s, e, start) or _shop(para, s, e, title_spans[joined])):
                title_spans[joined] = (s, title_spans[joined][1])
                continue
            if _DURATION.fullmatch(para.simp, s, e):
                continue  # 当了三十年老师的: how long, not where
            if not _is_place(para, s, e, parsed):
                if last_org is not None and orgs and orgs[-1] == para.text[last_org[0] : last_org[1]] and para.simp[last_org[1] : s] in _JOINERS:
                    # 内科及药物治疗学系: one name with its own 及, kept as written (not 内科、…)
                    orgs[-1] = para.text[last_org[0] : e]
                    last_org = (last_org[0], e)
                    continue
                orgs.append(para.text[s:e])
                last_org = (s, e)
        titles += [_drop_evaluative(para.text[s:e], para.simp[s:e]) for s, e in title_spans]
        if parsed.descriptor:
            descriptor = para.text[parsed.descriptor[0] : parsed.descriptor[1]]
    if post_title is not None:
        word = para.text[post_title[0] : post_title[1]]
        if para.simp[post_title[0] : post_title[1]] not in N.HONORIFICS_FEMALE + N.HONORIFICS_MALE and word not in titles:
            titles.append(word)
    org = "、".join(dict.fromkeys(orgs)) or None
    title = "、".join(dict.fromkeys(titles)) or None
    if title is None and descriptor is not None:
        title = descriptor
    return org, title, descriptor


_JOINERS = frozenset(["", "及", "和", "与", "暨", "、"])
_DURATION = re.compile(r"[0-9０-９一二三四五六七八九十百两几多半余]+多?(?:年|个月|月|周|天|日|岁|小时)")
_REPRESENTING = re.compile(r"(?:代表|就读于?|任职于|供职于|服务于|任教于)([^，,。的]{2,20})的")
# (代表律政司的高级检控官, 就读东海大学华语中心的学生: the organisation, then the post)
_QUOTE_PAIRS = {"」": "「", "”": "“", "』": "『"}


def _quoted_org_before(para: _Para, apposition: tuple[int, int]) -> tuple[str, int] | None:
    """An organisation's name in quotes that the post follows at once (国际组织「世界蚊子计画」
    亚洲区主任, 艺术顾问公司「观澜艺术」创办人): the quoted name (with its original in
    brackets, if any) and where the post starts. Only a short quote of two Chinese characters
    or more (not “90后”工程师), right before or inside the apposition, ending in a title."""
    simp = para.simp
    start, end = apposition
    close = max(simp.rfind(mark, 0, end) for mark in _QUOTE_PAIRS)
    if close < max(start - 1, 1):
        return None
    opened = simp.rfind(_QUOTE_PAIRS[simp[close]], 0, close)
    name = simp[opened + 1 : close]
    if opened < 0 or not 2 <= len(name) <= 16 or any(ch in CLAUSE_BOUNDARY for ch in name) or len(HAN.findall(name)) < 2:
        return None
    post_start = close + 1
    bracket = re.match(r"\s*[（(][^）)]{2,60}[）)]", simp[post_start:end])
    if bracket is not None:
        post_start += bracket.end()
    if not N.ends_with_title(simp[post_start:end]):
        return None
    return para.text[opened + 1 : close] + para.text[close + 1 : post_start].strip(), post_start


_SPORTS_ROLES = ("教练", "主帅", "领队", "队长", "球员", "投手", "洋投", "捕手", "外野手", "内野手", "前锋", "后卫", "中锋", "控卫", "门将", "队员")
"""Roles in a team: the word before them is the team (台钢总教练), not the title's field."""
_SHOP_ROLES = ("老板", "老板娘", "店主", "店长", "店员", "东主", "摊主", "头家")


def _shop(para: _Para, start: int, end: int, title: tuple[int, int]) -> bool:
    """杂货店老板娘, 面包店店主: a kind of shop, not a named one, is part of the title."""
    word = para.simp[start:end]
    return (
        para.simp[title[0] : title[1]] in _SHOP_ROLES and word.endswith(("店", "铺", "摊", "行", "馆"))
        and len(_tokens_over(para, start, end)) == 1 and word_tag(word) is not None
    )


def _specialty(para: _Para, start: int, end: int, apposition_start: int) -> bool:
    """小儿科医师, 骨科医生: a medical specialty alone (no hospital before it) is the title's."""
    word = para.simp[start:end]
    return (start == apposition_start or para.simp[start - 1] in "、的") and 2 <= len(word) <= 4 and word.endswith("科") and len(_tokens_over(para, start, end)) == 1


_PERSONAL_PRONOUNS = frozenset(["他", "她", "我", "你", "他们", "她们", "我们", "你们"])
# Verbs whose object is a person: what precedes them is not the person's apposition.
_PERSON_OBJECT_VERBS = frozenset(["是", "专访", "采访", "访问", "邀请", "请", "会见", "会晤", "拜访", "联系", "询问", "对话", "找到", "见到", "问", "告诉", "陪同", "宴请", "接见", "约见", "走访"])

_GOVERNMENT_POSTS = ("市长", "县长", "省长", "区长", "镇长", "乡长", "村长", "书记", "议员", "主席", "代表", "委员", "厅长", "局长", "署长", "部长", "长官")


def _is_place(para: _Para, start: int, end: int, parsed: N.Apposition) -> bool:
    """A place or common noun before a title that is not an office of it (矽谷创投人).

    An organisation without a suffix (高盛, 摩根士丹利, 东方金诚) is a name to jieba, or
    several words; a single place word or common noun (硅谷, 宁波市) is not an organisation,
    unless the title is an office of that place (宁波市副市长).
    """
    if N.ends_with_org_suffix(para.simp[start:end]) or any(ch.isascii() and ch.isalpha() for ch in para.simp[start:end]):
        return False
    if end - start == 2 and para.simp[end - 1] == "大":
        return False  # 澳大, 港大, 台大: a university's short name (jieba may read 澳大 as Australia)
    tokens = [t for t in para.tokens if t[0] < end and t[1] > start]
    if not (len(tokens) == 1 and tokens[0][0] == start and tokens[0][1] == end and tokens[0][2] in ("ns", "n", "s", "nl")):
        return False
    titles = "".join(para.simp[s:e] for s, e in parsed.titles)
    if titles.startswith(N.REGION_WORDS):
        return False  # 友邦 | 香港区首席执行官: a title for a region is held in a company, not a place
    if titles.endswith(_SPORTS_ROLES) and tokens[0][2] != "ns":
        return False  # 台钢外野手: a team (巴西前锋: a nationality)
    return not titles.endswith(_GOVERNMENT_POSTS + _TEAM_POSTS)  # 东方主教练: 东方 is the team


_TEAM_POSTS = ("教练", "主帅", "领队", "队长")  # (巴西前锋: a nationality, not a team)


def _common_word(para: _Para, start: int, end: int) -> bool:
    """``simp[start:end]`` is one common word (noun, verb, adjective), not an organisation name."""
    if N.ends_with_org_suffix(para.simp[start:end]) or N.is_name_like_org(para.simp[start:end]):
        return False
    tokens = _tokens_over(para, start, end)
    return len(tokens) == 1 and tokens[0][0] == start and tokens[0][1] == end and tokens[0][2] in ("n", "vn", "v", "a", "an")


def _drop_evaluative(title: str, simp: str) -> str:
    for word in N.EVALUATIVE:
        if simp.startswith(word) and len(simp) > len(word):
            return title[len(word) :]
    return title


_CONNECTIVE_INITIALS = frozenset(word[0] for word in _CONNECTIVES)


def _strip_connectives(simp: str, start: int, end: int) -> tuple[int, int]:
    moved = True
    while moved and start < end:
        moved = False
        # Most positions start no connective: test the first character before the words.
        for word in _CONNECTIVES if simp[start : start + 1] in _CONNECTIVE_INITIALS else ():
            if simp.startswith(word, start) and end - start > len(word):
                start += len(word)
                moved = True
                break
        while start < end and (simp[start].isspace() or simp[start] in "，,"):
            start += 1
    return start, end


def _clause_end(simp: str, position: int) -> int:
    """Where the clause that contains ``position`` ends (its punctuation, or the text's end)."""
    i = position
    while i < len(simp) and simp[i] not in CLAUSE_BOUNDARY:
        i += 1
    return i


def _apposition_start(simp: str, position: int) -> int:
    """Where the apposition before the title ending at ``position`` starts: its clause, and
    across one dash joining two names (碧山—大巴窑集选区议员, a Singapore constituency)."""
    start = _clause_start(simp, position)
    if start >= 2 and simp[start - 1] == "—" and HAN.match(simp, start - 2) and simp[start - 3 : start - 2] != "—":
        return _clause_start(simp, start - 1)
    return start


def _clause_start(simp: str, position: int) -> int:
    """Start of the clause that contains ``position`` (after the last clause punctuation)."""
    i = position - 1
    while i >= 0:
        ch = simp[i]
        if ch in "）)":
            opening = max(simp.rfind("（", 0, i), simp.rfind("(", 0, i))
            if opening >= 0 and i - opening <= 42:
                i = opening - 1  # （Mohamad Farid，45岁）: a comma in brackets ends no clause
                continue
        if ch in "，," and 0 < i < len(simp) - 1 and simp[i - 1].isdigit() and simp[i + 1].isdigit():
            i -= 1  # 1,000
            continue
        if ch in "”」" and i + 1 < len(simp) and HAN.match(simp, i + 1):
            opening = simp.rfind("“" if ch == "”" else "「", 0, i)
            term = simp[opening + 1 : i]
            if opening > 0 and i - opening <= 7 and HAN.match(simp, opening - 1) and not any(c in CLAUSE_BOUNDARY for c in term):
                i = opening - 1  # 这位“90后”姑娘: a short quoted term inside a phrase ends no clause
                continue
        if ch in CLAUSE_BOUNDARY:
            break
        i -= 1
    return i + 1


_TITLE_OR_PERSON_NOUN = re.compile("(?=(" + "|".join(sorted(set(N.TITLE_HEADS) | set(N.PERSON_NOUNS) | set(N.RELATION_NOUNS), key=len, reverse=True)) + "))")
"""Title heads, person nouns and relations, longest first (compiled once, not per paragraph)."""
_POST_TITLE = re.compile("|".join(N.POST_TITLES))


def _title_ends(simp: str) -> Iterable[int]:
    """Positions right after a title head or person noun (where a name may start)."""
    seen = set()
    for match in _TITLE_OR_PERSON_NOUN.finditer(simp):  # overlapping: 球评 | 评述员
        end = match.start() + len(match.group(1))
        if simp[end : end + 1] in tuple("暨兼、与和及并並/"):
            continue  # 创办人暨董事长: another title follows, not a name
        if N.starts_with_title_head(simp, end) or (end < len(simp) and N.ends_with_title(simp[max(0, end - 6) : end + 1])):
            continue  # 研究助理 | 教授白礼贤, 兽医 | 师廖子贤: the title goes on
        abbreviation = re.match(r"\s*[（(](?:[A-Za-z&]{2,8}|[\u4e00-\u9fff]{1,6})[）)]|的", simp[end:])
        if abbreviation is not None:
            end += abbreviation.end()  # 财务总监（CFO）王五, 助理处长（新界南）陈志明, 拟任董事长的李四: the name follows
        if end not in seen:
            seen.add(end)
            yield end


def _title_used_as_verb(para: _Para, head_end: int) -> bool:
    """The word before a name is a verb after another verb (聊了聊 | 翻译 | 童书), not a title."""
    tokens = [t for t in para.tokens if t[1] <= head_end]
    if len(tokens) < 2 or tokens[-1][1] != head_end or para.simp[tokens[-1][0] : head_end] not in _VERB_TITLES:
        return False
    previous = para.simp[tokens[-2][0] : tokens[-2][1]]
    return tokens[-2][2].startswith(("v", "ul", "uz", "ug", "d")) and previous not in ("兼", "兼任", "身兼", "任", "担任", "出任", "是", "为")


_VERB_TITLES = frozenset(["翻译", "导演", "编辑", "主持", "主编", "策划", "监制", "编剧", "设计", "摄影", "指导"])
"""Titles that are also verbs (翻译童书 is translating children's books)."""


def _token_starting(para: _Para, position: int) -> tuple[int, int, str] | None:
    for token in para.tokens:
        if token[0] == position:
            return token
        if token[0] > position:
            break
    return None


def _tokens_over(para: _Para, start: int, end: int) -> list[tuple[int, int, str]]:
    return [t for t in para.tokens if t[0] < end and t[1] > start]


# jieba tags of words that follow a name rather than end it: verbs, prepositions, adverbs,
# conjunctions, particles, pronouns, localisers, numerals (李骏/作, 张建宏/在; not 王明/远).
_FOLLOWER_TAGS = ("v", "p", "d", "c", "u", "r", "f", "m", "q")


def _starts_next_word(token: tuple[int, int, str]) -> bool:
    """True when a token after a two-character name is the next word, not the name's end.

    A bound morpheme (jieba's vg, ag, dg …, such as a final 怡 after a two-character person
    token) is no word of its own: it ends the name."""
    return token[2].startswith(_FOLLOWER_TAGS) and not token[2].startswith(("vn",)) and not token[2].endswith("g")


def _is_word(simp: str) -> str | None:
    """jieba's tag when ``simp`` is a dictionary word (None for unknown strings)."""
    return word_tag(simp)


_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十正腊冬")
_AFTER_MONTH = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十日号份底初中间末")


def _valid_name(para: _Para, start: int, end: int, *, strong: bool, bounded: bool = False, before_latin: bool = False) -> bool:
    """Can ``simp[start:end]`` be a Chinese person's name here?

    Strong anchors (a title before it, a label line, brackets) need a surname and a possible
    given name; a bare subject also needs a common surname or jieba's person tag, and must
    not be a dictionary word of another kind (方面, 文章).
    """
    name = para.simp[start:end]
    if name.endswith("族") or any(t[0] < end < t[1] and para.simp[t[1] - 1] == "族" for t in para.tokens):
        return False  # 马来族演员: a people, not a person (nor is 马来 of it)
    if any(t[0] < end < t[1] and N.ends_with_org_suffix(para.simp[t[0] : t[1]]) for t in para.tokens):
        return False  # 老人福利基 | 金会: a name never cuts an organisation's word
    over = _tokens_over(para, start, end)
    surname = N.surnames().get(name[:1])
    if len(over) == 2 and over[0] == (start, start + 1, over[0][2]) and over[0][2] in ("d", "v", "p", "c", "q") and over[1][1] - over[1][0] >= 2 and (
        not over[1][2].startswith(("nr", "ns", "nz")) and word_tag(para.simp[over[1][0] : over[1][1]]) is not None
        and (not (surname and surname.common) or (over[0][2] == "d" and over[1][2].startswith("v")))
    ):  # (not 曾国安, 顾文静: common surnames; but 业主曾考虑: an adverb and a verb)
        return False  # 医师须评估, 学生有特殊需求, 家医科: a function word and a word, not a surname and a given name
    if strong and N.surname_of(name) is None and 2 <= len(name) <= 3:
        # 眭子豪: a surname missing from the table, which jieba tags as one in context
        first = _token_starting(para, start)
        given_ok = all("\u4e00" <= ch <= "\u9fff" and ch not in N.NON_NAME_CHARS for ch in name[1:])
        return first is not None and first[1] == start + 1 and first[2] == "nr" and given_ok and _is_word(name) is None
    # 张庆和说, 张庆和正忙着: 和 before a verb joins nothing, it ends the name
    allow = frozenset(name[-1]) if _given_name_may_end(para.simp, name[-1:], end) else frozenset()
    first_char = _token_starting(para, start)
    if first_char is not None and first_char[1] - first_char[0] == 1 and first_char[2] == "p" and name[0] in "向对跟给被把从为替":
        return False  # 向本报, 向财新: a preposition, not the surname 向
    if name[-1:] == "月" and name[-2:-1] not in _NUMERALS and para.simp[end : end + 1] not in _AFTER_MONTH:
        allow = frozenset("月")  # 古秋月，/ 黄秋月受访时: a given name, not a month (5月, 正月初)
    if not N.has_surname(name) or not N.given_name_ok(name, allow=allow) or N.is_name_like_org(name):
        return False
    tag = _is_word(name)
    double = len(N.surname_of(name).text) == 2 and len(name) >= 3  # (欧阳峰: jieba's place)
    # 州议员陈佩珊指出: jieba's dictionary lists some full names as places; after a title and
    # right before a cue, a common surname and two more characters are a person
    listed_as_place = strong and tag in ("ns", "nz") and len(name) == 3 and N.surnames()[name[0]].common and _cue_at(para.simp, end)
    if tag is not None and not tag.startswith("nr") and not double and not listed_as_place:
        return False
    first = _token_starting(para, start)
    unknown_word = first is not None and (first[0], first[1]) == (start, end) and tag is None  # 江奕辰 as jieba's "idiom"
    # 苏建|宏说: jieba glued the name's last character to the cue after it; a common surname,
    # the rest of the name one proper-noun word, and the cue right there make it a name.
    common = N.surname_of(name)
    if (
        common is not None and common.common and first is not None and first[1] == end - 1
        and (first[2] in (*_PROPER_TAGS, "nr") or (first[2] == "n" and _rare_word(para.simp[first[0] : first[1]])))  # (林品 | 睿说)
        and _CUE.match(para.simp, end) is not None and any(t[0] == end - 1 and t[1] > end for t in para.tokens)
    ):
        return True
    if (
        common is not None and common.common and len(name) == len(common.text) + 2 and first is not None and first[1] == end - 1
        and para.simp[first[0] : first[1]] == common.text + "家" and name[-1] not in "人属长族里中乡门"
        and any(t[:2] == (end - 1, end) for t in para.tokens)  # (the given name's last character a word of its own)
        and (strong or (_cue_at(para.simp, end) and (start == 0 or para.simp[start - 1] in CLAUSE_BOUNDARY)))
    ):
        return True  # 叶家|乐介绍: jieba's "the Ye family" swallowed the given name's 家 (叶家乐, 王家明)
    given_token = _token_starting(para, start + len(common.text)) if common is not None else None
    if (
        common is not None and common.common and first is not None and first[1] == start + len(common.text) and tag is None
        and given_token is not None and given_token[1] == end and _cue_at(para.simp, end)
        and (given_token[2].startswith(("nr", "nz")) or (
            given_token[2] == "n" and _CUE.match(para.simp, end) and (start == 0 or para.simp[start - 1] in CLAUSE_BOUNDARY)
            and _rare_word(name[len(common.text) :], 1000) and not N.ends_with_org_suffix(name)  # (not 包|指导, 高|公局)
        ))
    ):
        # 许/振华则认为: jieba reads 许 as a numeral; the given name is a proper noun before a cue
        # (or a noun, opening the clause right before the cue: 于/春生告诉记者)
        return True
    if first is not None and first[1] - first[0] >= 2 and not first[2].startswith("nr") and first[1] <= end and not (
        strong and (
            _proper_first_token(para, first, start, end) or unknown_word or _rare_word(para.simp[first[0] : first[1]]) or before_latin
            or _tagged_rest(para, first[1], end)  # 议员王家/伟则…: jieba tags the rest of the name as a person's
            or (first[1] < end and _cue_at(para.simp, end) and not (first[2] == "n" and not _rare_word(para.simp[first[0] : first[1]], 5000)))
            # (教授单一/鸣分析: the name runs on to the cue; not 被告公司/虽主张, a common noun)
        )
    ):  # 周家/朗（Kelvin Chow）: the original in brackets vouches for the whole name
        return False  # 游客陈: the "name" starts with a common word (not 范志/远: a rare one)
    if not bounded and first is not None and first[2].startswith("nr") and 2 <= first[1] - first[0] < end - start:
        rest = [t for t in para.tokens if first[1] <= t[0] < end]
        last = para.simp[first[1]]
        glued = end - first[1] == 1 and (
            (last not in N.NON_FINAL_NAME_CHARS and (_verb_follows(para.simp, end) or para.simp.startswith(("一边", "一面"), end)))
            # 王良享表示, 陈怡如也上台, 林亚发一边搅动大锅一边说
            or (last in "和与及" and _verb_follows(para.simp, end))
            or (last in N.JAPANESE_GIVEN_ENDINGS and len(N.surname_of(name).text) == 2)  # 远藤健/一
        )
        if rest and all(t[1] <= end and _starts_next_word(t) for t in rest) and not glued:
            return False  # 李骏作: jieba's name is 李骏, 作 is the next word (but 王良享表示 is a name)
    if strong:
        return True
    surname = N.surname_of(name)
    given = _token_starting(para, start + len(surname.text)) if surname is not None else None
    tagged_person = (first is not None and first[2].startswith("nr")) or (
        first is not None and first[1] == start + len(surname.text) and given is not None and given[2].startswith("nr") and given[1] == end
    )  # 林/美玲: jieba tags the given name as a person
    inside_one_token = any(t[0] < start < t[1] or t[0] < end < t[1] for t in para.tokens if t[2] not in ("nr", "nrfg", "nrt"))
    if inside_one_token and not tagged_person:
        return False
    return tagged_person or (surname is not None and surname.common and tag is not None)


# jieba tags of proper nouns (place, other proper noun, abbreviation): a name that jieba cut
# as 郑国/… or 欧阳/… starts with one of these, never with a common word like 游客.
_PROPER_TAGS = ("ns", "nz", "j", "nt", "m", "q")  # jieba even reads 许家 as a numeral


RARE_WORD_COUNT = 50
"""A dictionary word jieba has seen fewer times than this (范志: 10; 游客: 4650) may be the start
of a name that a title anchors (次长范志远)."""


def _rare_word(word: str, limit: int = RARE_WORD_COUNT) -> bool:
    return (jieba.dt.FREQ.get(word) or 0) < limit


def _tagged_rest(para: _Para, start: int, end: int) -> bool:
    """The token from ``start`` to ``end`` is one jieba tags as (part of) a person's name."""
    token = _token_starting(para, start)
    return start < end and token is not None and token[1] == end and token[2].startswith("nr")


def _proper_first_token(para: _Para, first: tuple[int, int, str], start: int, end: int) -> bool:
    """After a strong anchor, a name may start with a token jieba took for a proper noun
    (郑国/…: jieba reads a surname and a character as a place) or with its compound surname
    (欧阳/…), if the rest is a given name."""
    word = para.simp[first[0] : first[1]]
    surname = N.surname_of(para.simp[start:end])
    if surname is None or not word.startswith(surname.text):
        return False
    return word == surname.text or (first[2] in _PROPER_TAGS and first[1] < end)


def _possessor_of(simp: str, end: int, name_start: int) -> bool:
    """林姓阿嬷的儿子潘建华: the first person owns the apposition of the second, who is the subject."""
    between = simp[end:name_start]
    if not between.startswith("的"):
        return False
    # (韩德厚的徒弟、三十四岁的郑晓雨: the relation, then the second person's own description)
    owned, _, described = between.partition("、")
    if described and (not described.endswith("的") or any(mark in described for mark in CLAUSE_BOUNDARY)):
        owned = between
    return bool(N.ends_with_title(owned) or N.ends_with_person_noun(owned) or owned.endswith(N.RELATION_NOUNS))


def _verb_follows(simp: str, position: int) -> bool:
    return _cue_at(simp, position) or simp[position : position + 1] in tuple("正也则又还就都曾已将")


# 说 or 讲 with the statement right after it: 王德来说：“…” and 谢福来说，队员们… are 王德来 and
# 谢福来 speaking; 王明来说明 is not.
_SAYS_THEN_STATEMENT = re.compile(r"[说讲]\s*[：:，,]")


def _given_name_may_end(simp: str, char: str, after: int) -> bool:
    """A character that rarely ends a name (和, 为, 来) ends one here: 张庆和说, 张庆和正忙着 (和
    before a verb joins nothing), 倪可为补充称 (为 right before the cue), 王德来说：“…”."""
    return (
        (char in "和与及" and _verb_follows(simp, after))
        or (char in "为以" and _cue_at(simp, after))
        or (char == "来" and _SAYS_THEN_STATEMENT.match(simp, after) is not None and not _as_for_frame(simp, after))
    )


def _name_lengths(para: _Para, start: int, *, double_surname: bool = False) -> list[int]:
    """Lengths to try for a Chinese name starting at ``start``: most plausible first.

    jieba's person token, when it has one here, decides; otherwise a three-character reading
    whose last character usually starts the next word (林涛表示) is cut to two.
    ``double_surname``: also try a four-character name made of two surnames and a given name
    (陈李美华, the Hong Kong form of a married woman's name).
    """
    simp = para.simp
    name = simp[start : start + 4]
    surname = N.surname_of(name)
    if surname is None:
        return []
    base = len(surname.text)
    lengths = [base + 2, base + 1]
    third = simp[start + base + 1 : start + base + 2]
    token = _token_starting(para, start)
    person_token = token is not None and token[2].startswith("nr") and token[1] - token[0] in (base + 1, base + 2)
    if third and third in N.NON_FINAL_NAME_CHARS and not _given_name_may_end(simp, third, start + base + 2):
        lengths = [base + 1]
    elif person_token and token[1] - token[0] == base + 1 and not (third in "和与及" and _verb_follows(simp, token[1] + 1)) and not (
        base == 2 and third in N.JAPANESE_GIVEN_ENDINGS  # 远藤健/一: jieba cuts a Japanese given name short
    ):
        following = _token_starting(para, token[1])
        if following is not None and _starts_next_word(following) and not _cue_at(simp, token[1] + 1):
            lengths = [base + 1, base + 2]  # 李骏/作总结: a verb follows the name
            # (but 林志/明说 is 林志明 说: jieba's word swallowed the name's last character)
    second = N.surnames().get(simp[start + 1 : start + 2])
    three_char_name = person_token and token[1] - token[0] == 3
    if double_surname and base == 1 and second is not None and second.common and len(name) == 4 and not three_char_name and not set(name[2:]) & N.NON_FINAL_NAME_CHARS and not N.ends_with_title(name):
        after = _GAP.match(simp, start + 4).end()
        if after >= len(simp) or simp[after] in CLAUSE_BOUNDARY or simp[after] in "（(" or _CUE.match(simp, after):
            lengths.insert(0, 4)
    return [n for n in lengths if start + n <= len(simp)]


_SINGLE_LATIN_NAME = re.compile(r"[A-Z][a-z]{2,15}")
"""One Latin word (Abdullah): a name only beside a transliteration of it."""
_SURNAME_LATIN_GIVEN = re.compile(r"([\u4e00-\u9fff])([A-Z][a-z]{1,12})(?![A-Za-z])")
_LATIN_GIVEN_SURNAME = re.compile(r"([A-Z][a-z]{1,12})[ 　]?([\u4e00-\u9fff])(?![\u4e00-\u9fff]{0,1}[（(])")
_STAGE_NAME = re.compile(r"([\u4e00-\u9fff]{2,3})\s*[（(](?:本名|原名|真名)\s*([\u4e00-\u9fff]{2,4})[）)]")


def _read_name_after(para: _Para, position: int) -> tuple[int, int, str | None] | None:
    """A name right after a title at ``position``: Chinese, dotted, transliterated or Latin."""
    simp = para.simp
    start = position
    while start < len(simp) and simp[start] in " 　":
        start += 1
    honorific = next((h for h in N.STATE_HONORIFICS if simp.startswith(h, start)), None)
    after = start + len(honorific) if honorific is not None else start
    if honorific is not None and (N.surname_of(simp[after : after + 3]) is not None or simp[after : after + 1] in N.TRANSLIT_CHARS):
        start = after  # 秘书长拿督刘国华, 州务大臣拿督斯里阿兹哈: the honorific is not part of the name
    latin = N.LATIN_NAME.match(simp, start)
    if latin is not None and N.is_latin_name(latin.group(0)):
        return start, latin.end(), None
    given = re.match(r"[A-Z][a-z]{1,12} ?(?=[\u4e00-\u9fff])", simp[start:])
    if given is not None:
        # Peter 陈大文, Gigi炎明熹: an English given name before the full Chinese name
        chinese = start + given.end()
        for length in _name_lengths(para, chinese):
            end = chinese + length
            after = _GAP.match(simp, end).end()
            if not any(token[1] == end for token in para.tokens):
                continue  # Kevin 陈 | 接受: not 陈接 (jieba's word goes on)
            if (after >= len(simp) or simp[after] in CLAUSE_BOUNDARY or _CUE.match(simp, after)) and _valid_name(para, chinese, end, strong=True):
                return chinese, end, None  # the Chinese name is how the text refers to the person later
    surname_first = _SURNAME_LATIN_GIVEN.match(simp, start)
    if surname_first is not None and surname_first.group(1) in N.surnames():
        after = _GAP.match(simp, surname_first.end()).end()
        if after >= len(simp) or simp[after] in CLAUSE_BOUNDARY or _CUE.match(simp, after):
            return start, surname_first.end(), None  # 创办人陈Mary接受访问时说: a surname and an English given name
    mixed = _LATIN_GIVEN_SURNAME.match(simp, start)
    if mixed is not None and mixed.group(2) in N.surnames():
        after = _GAP.match(simp, mixed.end()).end()
        if after >= len(simp) or simp[after] in CLAUSE_BOUNDARY or _CUE.match(simp, after):
            return start, mixed.end(), None  # 经纪人Kevin陈表示: Hong Kong and Taiwan English name + surname
    stage = _STAGE_NAME.match(simp, start)
    if stage is not None and N.has_surname(stage.group(2)) and N.given_name_ok(stage.group(2)):
        return start, stage.end(1), None  # 歌手阿兰（本名林如兰）: the stage name is how the text calls her
    dotted = re.match(rf"[\u4e00-\u9fff]+[{N.NAME_DOTS}][\u4e00-\u9fff]+", simp[start:])
    if dotted is not None:
        read = _dotted_name(para, start, start + dotted.end())
        if read is not None and read[0] == start:
            return read[0], read[1], None
    bracket = re.match(r"([\u4e00-\u9fff]{2,6})\s*[（(]\s*[A-Z]", simp[start:])
    # (the bracket may go on with an age and a job: 阿都拉（Abdullah，45岁，德士司机）)
    latin = re.split(r"[，,、；;]", _bracket_text(simp, start + bracket.end(1)) or "")[0].strip() if bracket is not None else ""
    if bracket is not None and (N.is_latin_name(latin) or _SINGLE_LATIN_NAME.fullmatch(latin)):
        end = start + bracket.end(1)
        name = simp[start:end]
        # a lone Latin word vouches for a transliteration with one common character (都 of 阿都拉)
        lenient = not N.is_latin_name(latin) and len(name) >= 3
        transliterated = sum(ch not in N.TRANSLIT_CHARS for ch in name) <= (1 if lenient else 0)
        if (N.has_surname(name) and _valid_name(para, start, end, strong=True)) or transliterated or len(name) >= 4:
            return start, end, None
    whole = _token_starting(para, start)
    if whole is not None and whole[2] == "nrt" and whole[1] - whole[0] >= 4 and _is_word(simp[whole[0] : whole[1]]) is None:
        return start, whole[1], None  # 候选人莫哈末法兹里则在…: jieba reads the whole as a transliterated name
    readings = [
        (start, start + length) for length in _name_lengths(para, start, double_surname=True)
        if _ends_at_word_boundary(para, start, start + length) and _valid_name(para, start, start + length, strong=True)
    ]
    foreign = _foreign_name_at(para, start)
    if foreign is not None and readings and foreign[1] > max(end for _, end in readings) and not any(
        t[2].startswith("nr") and t[1] == end for _, end in readings for t in para.tokens
    ):
        return foreign  # 主席莫哈末法兹鲁 (jieba: 莫哈末/法兹鲁, places): a transliterated name, not 莫 + 哈末
    for reading in readings:
        # 王良享表示 (jieba: 王良/享), 陈怡如也上台: prefer the reading a cue, an adverb or a clause boundary follows
        after = _GAP.match(simp, reading[1]).end()
        if after >= len(simp) or simp[after] in CLAUSE_BOUNDARY or simp[after] in "（(" or _CUE.match(simp, after) or _verb_follows(simp, reading[1]) or _gap_to_cue(simp, reading[1]):
            return reading[0], reading[1], None
    if readings and (foreign is None or foreign[1] <= readings[0][1]):
        return readings[0][0], readings[0][1], None
    # No reading ends at a cue: a longer transliterated name that does wins (莫哈末法兹里说,
    # where jieba tags the shorter reading a name), else the reading as before.
    return foreign


def _gap_to_cue(simp: str, position: int) -> bool:
    """A cue follows ``position`` in its clause, with only adverbials between (会后见记者时表示)."""
    end = _clause_end(simp, position)
    return any(_GAP.fullmatch(simp, position, cue.start()) for cue in _CUE.finditer(simp, position, end))


def _foreign_name_at(para: _Para, start: int) -> tuple[int, int, None] | None:
    """A transliterated name with no dot or brackets (总统特朗普表示): a run of transliteration
    characters that jieba reads as a name or as no word at all, followed by a cue or a
    clause boundary."""
    simp = para.simp
    end = start
    while end < len(simp) and end - start < 8 and simp[end] in N.TRANSLIT_CHARS:
        end += 1
    for stop in range(end, start + 1, -1):
        tag = _is_word(simp[start:stop])
        if tag is not None and not tag.startswith("nr"):
            continue
        if not _whole_word(para, start, stop) and not any(t[2].startswith("nr") for t in _tokens_over(para, start, stop)):
            continue
        after = _GAP.match(simp, stop).end()
        ends_well = (
            after >= len(simp) or simp[after] in CLAUSE_BOUNDARY or _CUE.match(simp, after) or _gap_to_cue(simp, stop)
            or simp[after] in "则也还就都又亦"  # 莫哈末法兹里则在…交流: an adverb opens the predicate
        )
        if ends_well and not N.is_name_like_org(simp[start:stop]):
            return start, stop, None
    return None


def _whole_word(para: _Para, start: int, end: int) -> bool:
    """``simp[start:end]`` starts and ends at jieba token boundaries."""
    starts = {t[0] for t in para.tokens}
    ends = {t[1] for t in para.tokens}
    return start in starts and end in ends


# 对王德来说 / 就陈福来讲: "as for 王德"; the clause before a 来说 that follows a name opens the frame.
_AS_FOR_FRAME = re.compile(r"(?:对于?|就|拿)(?!此)[^，,。；;：:]*$")


def _as_for_frame(simp: str, position: int) -> bool:
    """The clause up to ``position`` opens an "as for" frame (对…, 就…, 拿…) that 来说 closes."""
    return _AS_FOR_FRAME.search(simp, _clause_start(simp, position), position) is not None


def _ends_at_word_boundary(para: _Para, start: int, end: int) -> bool:
    """The name does not end inside a longer jieba word, unless that word is itself a name."""
    for token_start, token_end, flag in para.tokens:
        if token_start < end < token_end and para.simp[token_start:token_end] in ("来说", "来讲") and token_start == end - 1 and end - start >= 3:
            # 王德来|说: the given name's 来 and the cue make jieba's 来说 ("as for"), unless a
            # 对/就 frame opens the clause (对王德来说).
            return not _as_for_frame(para.simp, start)
        if token_start < end < token_end and not flag.startswith("nr"):
            # 潘/建华 ok; 林涛表 no; 王明|代表 no (a common word goes on past the name)
            return end - token_start <= 1 and token_start >= start and _rare_word(para.simp[token_start:token_end], 5000)
    return True


def _bracket_text(simp: str, position: int) -> str | None:
    match = re.match(r"\s*[（(]\s*([^（()）]{1,40}?)\s*[）)]", simp[position:])
    return match.group(1) if match else None


def _bracket_after(simp: str, position: int) -> tuple[int, int] | None:
    """The inside of a bracket right after a name, if it is an apposition (not a Latin name)."""
    match = re.match(r"\s*[（(]([^（()）]{2,40})[）)]", simp[position:])
    if match is None or N.is_latin_name(match.group(1).strip()) or match.group(1).isascii():
        return None
    return position + match.start(1), position + match.end(1)


def _read_name_before(para: _Para, position: int, *, before_latin: bool = False) -> tuple[int, int] | None:
    """A full name that ends at ``position`` (before an honorific title, or before its Latin
    original in brackets: ``before_latin``)."""
    simp = para.simp
    for length in (3, 2, 4):
        start = position - length
        if start < 0:
            continue
        name = simp[start:position]
        surname = N.surname_of(name)
        if surname is None or len(name) - len(surname.text) not in (1, 2):
            continue
        if not surname.common and N.ends_with_org_suffix(name):
            continue  # 农粮署副署长: an agency before the title (农 is a rare surname), no name
        before = simp[start - 1 : start] if start > 0 else ""
        if before and not (before in CLAUSE_BOUNDARY or before.isspace() or N.ends_with_org_suffix(simp[:start])
                           or N.ends_with_title(simp[:start]) or before in "的、" or N.ends_with_person_noun(simp[:start])
                           or _connective_ends(simp, start)):
            continue
        if _valid_name(para, start, position, strong=True, before_latin=before_latin):
            return start, position
    return None


_DESCRIPTION_IN_BRACKETS = re.compile(r"[（(]([^（()）A-Za-z]{2,40})[）)]")


def _name_before_description(para: _Para, position: int) -> tuple[int, int] | None:
    """The full name right before a bracketed description at ``position``: after a boundary
    (as ``_read_name_before``) or where a word of jieba's starts (包括 | 陈家豪（…）)."""
    read = _read_name_before(para, position)
    if read is not None:
        return read
    for length in (3, 2):
        start = position - length
        surname = N.surname_of(para.simp[max(start, 0) : position])
        if start <= 0 or surname is None or len(surname.text) != 1:
            continue
        if _token_starting(para, start) is not None and _valid_name(para, start, position, strong=True):
            return start, position
    return None


def _connective_ends(simp: str, position: int) -> bool:
    return any(simp.endswith(word, 0, position) for word in _CONNECTIVES)


def _transliteration_start(simp: str, position: int, floor: int = 0) -> int:
    """Where the run of transliteration characters ending at ``position`` starts (诺哈斯南)."""
    start = position
    while start > floor and simp[start - 1] in N.TRANSLIT_CHARS:
        start -= 1
    return start


def _read_name_before_bracket(para: _Para, position: int) -> tuple[int, int] | None:
    """The name before ``（Latin Name）`` at ``position``."""
    simp = para.simp
    end = position
    while end > 0 and simp[end - 1].isspace():
        end -= 1
    clause = _clause_start(simp, end)
    # After a title, everything up to the bracket is the name (教授山田健一（Kenichi Yamada）).
    for start in range(max(clause, end - 6), end - 1):
        if N.starts_with_title_head(simp, start):
            continue  # 研究助理 | 教授白礼贤: the title goes on
        if any(simp.startswith(h, i) and i + len(h) > start for h in N.STATE_HONORIFICS for i in range(max(0, start - len(h) + 1), start + 1)):
            continue  # 拿督斯|里, |拿督依斯迈: an honorific is no part of the name
        before = simp[clause:start]
        honorific = next((h for h in N.STATE_HONORIFICS if before.endswith(h)), "")
        before = before[: len(before) - len(honorific)]  # 州务大臣拿督斯里 | 阿兹哈: the honorific goes with the title
        if N.ends_with_title(before) or N.ends_with_person_noun(before):
            if all("\u4e00" <= ch <= "\u9fff" or ch in N.NAME_DOTS for ch in simp[start:end]):
                return start, end
            break
    dotted = re.search(rf"[\u4e00-\u9fff]+(?:[{N.NAME_DOTS}][\u4e00-\u9fff]+)+$", simp[clause:end])
    if dotted is not None:
        return _dotted_name(para, clause + dotted.start(), end)
    read = _read_name_before(para, end, before_latin=True)
    if read is not None:
        return read
    start = _trim_title_prefix(simp, clause, _transliteration_start(simp, end, clause), end)
    return (start, end) if end - start >= 2 else None


def _trim_title_prefix(simp: str, clause: int, start: int, end: int) -> int:
    """Move ``start`` past characters that finish a title (副主席安德鲁: 席 is not the name)."""
    for cut in range(end - 1, start - 1, -1):
        if N.ends_with_title(simp[clause:cut]) or N.ends_with_person_noun(simp[clause:cut]):
            return cut
    return start


def _dotted_name(para: _Para, start: int, end: int) -> tuple[int, int] | None:
    """The transliterated name around a name dot in ``simp[start:end]``."""
    simp = para.simp
    dot = next(i for i in range(start, end) if simp[i] in N.NAME_DOTS)
    left = dot
    clause = _clause_start(simp, dot)
    while left > clause and simp[left - 1] in N.TRANSLIT_CHARS:
        left -= 1
    while (
        dot - left < 2 and left > clause and HAN.match(simp, left - 1) and simp[left - 1] not in N.NON_NAME_CHARS
        and N.ends_with_title(simp[clause:left]) is None and N.ends_with_person_noun(simp[clause:left]) is None
    ):
        left -= 1  # 尤干·瓦旦: so may a one-character first part (after a title, not into it)
    left = _trim_title_prefix(simp, clause, left, dot)
    right = dot + 1
    while right < len(simp) and (simp[right] in N.TRANSLIT_CHARS or (simp[right] in N.NAME_DOTS and right + 1 < len(simp))):
        right += 1
    while (
        right - dot - 1 < 2 and right < len(simp) and HAN.match(simp, right) and not _verb_follows(simp, right)
        and simp[right] not in N.NON_NAME_CHARS and word_tag(simp[right : right + 2]) is None
    ):
        right += 1  # 比黛·尤干: a one-character part goes on (an Indigenous name may use any character)
    # 阿尔梅达坦言: a speech cue that opens with a transliteration character ends the name.
    for position in range(dot + 3, right):
        cue = _CUE.match(simp, position)
        if cue is not None and cue.end() > right:
            right = position
            break
    if dot - left < 1 or right - dot - 1 < 1:
        return None
    return left, right


# 记者问：“…？”: a bare 问 is a cue only when a quotation follows its colon (not 问题, 访问).
_ASKS = re.compile(r"(?<![提追质反询访学顾疑])问(?=\s*[：:]\s*[“「『])")


def _cues(simp: str) -> Iterable[re.Match[str]]:
    """Speech cues of a paragraph, without the look-alikes (说明书, 称为, 分析师, 表示感谢)."""
    matches = list(_CUE.finditer(simp))
    if "问" in simp:
        taken = {m.start() for m in matches}
        asks = [m for m in _ASKS.finditer(simp) if m.start() not in taken]
        matches = sorted(matches + asks, key=lambda m: m.start()) if asks else matches
    for match in matches:
        cue = match.group(0)
        after = simp[match.end() : match.end() + 4]
        before = simp[match.start() - 1 : match.start()]
        if any(after.startswith(x) for x in _NOT_CUE_AFTER.get(cue, ())):
            continue
        if before and before in _NOT_CUE_BEFORE.get(cue, ""):
            continue
        if after.startswith("的") and not cue.startswith("的"):
            continue  # 他介绍的项目: a modifier, not speech
        yield match


@dataclass(frozen=True, slots=True)
class _Clause:
    start: int
    """First character of the subject region (after connectives and a frame's preposition)."""
    end: int
    """Where the cue starts (or, for 的看法是-frames, where 的 starts)."""


def _subject_clause(simp: str, cue: re.Match[str]) -> _Clause | None:
    """The region before a cue where its subject must be."""
    start = _clause_start(simp, cue.start())
    start, _ = _strip_connectives(simp, start, cue.start())
    prefixes = _FRAME_PREFIX.get(cue.group(0))
    if prefixes is not None:
        # 在X看来: the subject is between the preposition and the cue.
        clause_start = _clause_start(simp, cue.start())
        region = simp[clause_start : cue.start()]
        position = max((region.rfind(p) + len(p) for p in prefixes if p in region), default=-1)
        if position < 0:
            return None
        start = clause_start + position
    if start >= cue.start():
        return None
    return _Clause(start, cue.start())


def _read_bare_subject(para: _Para, clause: _Clause, cue_start: int) -> tuple[int, int, bool] | None:
    """A name that opens a clause and is followed, across adverbials, by the cue."""
    simp = para.simp
    start = clause.start
    token = _token_starting(para, start)
    if token is not None and token[2] in ("nr", "nrt", "nrfg") and token[1] - token[0] >= 2 and not N.has_surname(simp[token[0] : token[1]]):
        # 拜登称: a foreign name jieba knows, standing alone before the cue
        name = simp[token[0] : token[1]]
        if (
            all(ch in N.TRANSLIT_CHARS for ch in name) and not N.is_name_like_org(name) and _GAP.fullmatch(simp, token[1], cue_start)
            and not _titled_person_in(simp, token[1], cue_start)  # (德明中学校长李秀云受访时说: 李秀云 speaks)
        ):
            return token[0], token[1], False
    opening = start
    described = simp.rfind("的", opening, cue_start) + 1  # 在朝阳区经营餐馆的 | 杜春生坦言: a description before it
    starts = [opening, described] if described > opening else [opening]
    after_noun = _name_after_noun(para, opening, cue_start)  # 送餐骑士 | 陈国荣说: a noun for what the person is
    if after_noun is not None and after_noun not in starts:
        starts.append(after_noun)
    for start in starts:
        for length in _name_lengths(para, start) + ([len(simp[start:cue_start])] if 2 <= cue_start - start <= 4 else []):
            end = start + length
            if end > cue_start or not _GAP.fullmatch(simp, end, cue_start) or _titled_person_in(simp, end, cue_start):
                continue
            if start == described and (not _ends_at_word_boundary(para, start, end) or any(simp.startswith(org, start) for org in N.NAME_LIKE_ORGS)):
                continue  # 所属的周大福称: not 周大
            if _valid_name(para, start, end, strong=False):
                return start, end, False
    return None


def _name_after_noun(para: _Para, start: int, cue_start: int) -> int | None:
    """Where a name jieba tags as a person starts, right after a noun that tells what the
    person is (送餐骑士陈国荣说), when the name is the last word before the cue."""
    tokens = [t for t in para.tokens if start <= t[0] and t[1] <= cue_start]
    for before, token in itertools.pairwise(tokens):
        if token[2] in ("nr", "nrfg") and token[1] - token[0] == 3 and before[2] == "n" and _GAP.fullmatch(para.simp, token[1], cue_start):
            if N.ends_with_title(para.simp[start : token[0] + 1]):
                return None  # 首席风险|官许雯: the first character ends a title (风险官 | 许雯)
            return token[0]
    return None


def _titled_person_in(simp: str, start: int, end: int) -> bool:
    """Whether ``simp[start:end]`` holds a title and a surname after it: another person, the
    true subject (花莲县 | 消防局长陈明德受访时 | 说: a "时" clause may look like an adverbial)."""
    for position in range(start, end):
        head = N.title_head_at(simp, position)
        if head is not None and N.surname_of(simp[position + len(head) : end]) is not None:
            return True
    return False


_PSEUDONYM = re.compile(r"[（(]化名(?:[，,、][^（()）]{1,12})?[）)]")  # （化名）, （化名，45岁）


def _pseudonym_start(simp: str, end: int) -> int | None:
    """Where the name before （化名） at ``end`` starts: two or three characters after a
    boundary, 的, a title or a person noun (大学生|小林, 的|林小明), or a nickname with
    小/老/阿."""
    clause = _clause_start(simp, end)
    for length in (3, 2):
        start = end - length
        name = simp[start:end]
        if start < clause or any(ch in N.NON_NAME_CHARS or not HAN.match(ch) for ch in name):
            continue
        before = simp[clause:start]
        full_name = length == 3 and N.surname_of(name) is not None and N.given_name_ok(name)  # 作业员林秀琴（化名，45岁）
        if full_name or name[0] in "小老阿" or not before or before.endswith("的") or N.ends_with_title(before) or N.ends_with_person_noun(before):
            return start
    return None


_HONORIFIC_AFTER_NAME = ("博士", "教授", "律师", "医生", "先生", "女士")


def _after_titled_names(simp: str, start: int, end: int) -> int:
    """Where the last person's apposition begins when ``simp[start:end]`` lists others first,
    each with a title (酒店协会会长梁国强和 | 旅行社协会会长): after the last joint that
    follows a title and a name, whatever jieba made of the name (梁国 | 强)."""
    for joint in range(end - 1, start, -1):
        if simp[joint] not in "和与及、":
            continue
        if simp[joint - 1] in "）)" and joint > start + 1:
            return joint + 1  # 陈国雄（小业主联盟召集人）及 | 港大…副教授: the last one's own
        # (the name may carry an honorific after it: 高级讲师林慧心博士、| 碧湾小学华文部主任)
        honorific = next((t for t in _HONORIFIC_AFTER_NAME if simp.endswith(t, start, joint)), "")
        name_end = joint - len(honorific)
        for length in (2, 3):
            name = simp[name_end - length : name_end]
            if name_end - length > start and N.surname_of(name) is not None and N.given_name_ok(name) and N.ends_with_title(simp[start : name_end - length]):
                # Only when the last person has an organisation of their own (not 协会秘书长周海峰和
                # | 副秘书长曹丽, who share it).
                return joint + 1 if N.parse_apposition(simp, joint + 1, end).orgs else start
    return start


def _listed_before(simp: str, end: int, start: int) -> bool:
    """What lies between two names of a list: a joint, perhaps with a description or the next
    person's title (郁晓峰、初二学生家长桑美玲和初一学生家长费振国)."""
    if _LIST_JOINT.fullmatch(simp, end, start):
        return True
    joint = _LIST_JOINT.match(simp, end, start)
    rest = simp[joint.end() : start] if joint is not None else ""
    return bool(rest) and len(rest) <= 12 and not any(ch in CLAUSE_BOUNDARY for ch in rest) and bool(N.ends_with_title(rest) or N.ends_with_person_noun(rest))


_AGE_PREFIX = re.compile(r"[0-9０-９一二三四五六七八九十两]{1,3}多?岁的?")
_LIST_JOINT = re.compile(r"(?:、|[，,]?以及|及|和|与)(?:[^，,。；;：:「」『』“”\s]{2,20}的)?")
"""What joins the names of a list (学生卢心悦、谢梓轩及鲍嘉琪), each perhaps described
(读科大的任思琪、修读港大法学硕士的祁文浩，以及在理大读酒店管理的韦一凡)."""
_STANDS_IN_FOR = re.compile(r"代表(?![团队处性作])")
"""X代表Y出席: X stands in for Y (not 代表团, 代表处, 代表作)."""
_SECOND_BIAN = re.compile(r"(?:一边|一面)[\u4e00-\u9fff]{0,4}")
"""The second half of 一边…，一边…说 before its cue (一边大声提醒)."""
_PLACE_END = re.compile(r"(?:街|路|道|村|区|镇|县|乡|里|巷|邨|坊|湾|岛|州|省|港|城)$")
_NEAR_PLACE = re.compile(r"(?:附近|一带|旁边|周边|对面|门口|楼下|现场)$")
"""A place by its neighbourhood (患者住家附近, 商场门口) before an unnamed source's description."""
"""The end of a place's name (回民街, 深水埗区) before an unnamed source's description."""
_SENTENCE_OPENERS = "不过|但是|但|然而|而且|而|另外|此外|同时|随后|后来|如今|当时|其实|可是"
"""Words that open a sentence of their own (不过他也常提醒…, 后来她…)."""
_NEXT_SENTENCE = re.compile(rf"\s*(?:{_SENTENCE_OPENERS})")
"""A new sentence after a finished quotation (「…。」不过他也常提醒…)."""
_PRONOUN_NEAR_START = re.compile(r"[^，,。！？!?；;「“]{0,5}?([他她])")
"""A 他/她 among the first characters of a clause (不过，有些事情他…)."""
_PRONOUN_OPENS_SENTENCE = re.compile(rf"\s*(?:{_SENTENCE_OPENERS})?[，,]?\s*([他她])")
"""A sentence whose subject is 他/她 (他发现，…; 不过她…)."""
_PRONOUN_BEFORE_CUE = re.compile(r"(?:他|她)(?:则|也|还|又|再|更|便|就|随即|随后|接着)?")


def _implied_subject(para: _Para, cue: re.Match[str]) -> tuple[int, int] | None:
    """A name the cue's clause leaves out: the subject of the sentence's earlier clauses
    (庄鸿志在最后陈述时向旁听席鞠躬，称「…」; …忙着冲洗店面，他直言), or, for 他说/她表示
    opening a sentence, the subject of the sentence before (经营茶园的赖明辉跑到路边帮忙。他说).
    Without a pronoun, only a cue right before a quotation counts. The name is read where that
    stretch starts, after a description ending in 的, and after an age and a person noun
    (73岁阿嬷柯阿满)."""
    simp = para.simp
    clause_start = _clause_start(simp, cue.start())
    region_start, _ = _strip_connectives(simp, clause_start, cue.start())
    sentence_start = max(simp.rfind(mark, 0, clause_start) for mark in SENTENCE_END) + 1
    pronoun = _PRONOUN_BEFORE_CUE.fullmatch(simp, region_start, cue.start()) is not None
    if not pronoun and not _OPENS_QUOTE.match(simp, cue.end()):
        return None  # without a pronoun, only a quotation right after the cue shows someone speaks
    if (region_start >= cue.start() or pronoun) and clause_start > sentence_start and simp[clause_start - 1] in "，,；;":
        # the clause before, same sentence (…忙着冲洗店面，他直言)
        opening = max(simp.rfind(mark, 0, clause_start - 1) for mark in (*SENTENCE_END, "；", ";")) + 1
    elif pronoun and clause_start == sentence_start > 0:
        opening = max(simp.rfind(mark, 0, sentence_start - 1) for mark in SENTENCE_END) + 1  # the sentence before
    else:
        return None
    opening, _ = _strip_connectives(simp, opening, cue.start())
    while opening < cue.start() and simp[opening] in " 　":
        opening += 1
    first_clause_end = _clause_end(simp, opening)
    described = simp.rfind("的", opening, first_clause_end) + 1  # 在附近经营茶园的 | 赖明辉
    # After a description (…的), the name follows it: what comes before 的 only modifies it.
    starts = [described if described > opening else opening]
    age = _AGE_PREFIX.match(simp, starts[0])
    after_age = age.end() if age else starts[0]
    noun = _TITLE_OR_PERSON_NOUN.match(simp, after_age)
    if noun is not None or age:  # 73岁阿嬷 | 柯阿满: an age and a person noun before the name
        starts.insert(0, after_age + (len(noun.group(1)) if noun is not None else 0))
    for start in starts:
        # With no cue right after it, the name is the reading a predicate follows (邱永年|听到, not 邱永|年听).
        lengths = sorted(_name_lengths(para, start), key=lambda n: not _predicate_at(para, start + n))
        for length in lengths:
            end = start + length
            if end >= first_clause_end or simp[end] in "的之、和与及" or not any(token[1] == end for token in para.tokens):
                continue  # (and never a name cut inside jieba's word: not 邱永 of 邱|永年)
            if _TITLE_OR_PERSON_NOUN.match(simp, end):
                continue  # 马来族青年莫哈末: a description of the person named after it
            if _titled_person_in(simp, end, first_clause_end):
                continue  # 苗绣非 | 遗传承人龙秀华: a titled person further on is the subject
            if _valid_name(para, start, end, strong=False):
                return start, end
    # 苗绣非遗传承人龙秀华带着绣品上车。她告诉记者: the person a title introduces in that clause
    for head_end in _title_ends(simp[: first_clause_end]):
        if head_end > opening:
            read = _read_name_after(para, head_end)
            if read is not None and read[1] <= first_clause_end:
                return read[0], read[1]
    return None


def _predicate_at(para: _Para, position: int) -> bool:
    """A verb, adverb, preposition or time word starts at ``position`` (what follows a subject)."""
    token = _token_starting(para, position)
    return token is not None and token[2][:1] in ("v", "d", "p", "t")


def _org_follows(simp: str, key: str, *, ignore: tuple[str, ...] = ()) -> bool:
    """True when ``key`` is followed by an organisation word somewhere (王品集团, 高盛分析师),
    other than those in ``ignore``."""
    position = simp.find(key)
    while position >= 0:
        after = simp[position + len(key) : position + len(key) + 4]
        if after.startswith(N.ORG_FOLLOWERS) and not after.startswith(ignore or ("\0",)):
            return True
        position = simp.find(key, position + 1)
    return False


# --- labels -------------------------------------------------------------------------------

_LABEL_LINE = re.compile(r"^\s*(?P<label>[^，,。；;：:！？!?「」“”『』]{2,40}?)\s*[：:]\s*(?P<rest>.*)$")
_NOT_LABEL = re.compile(
    r"^\s*(记者|编辑|责编|来源|作者|摄影|校对|审核|原标题|编者按|时间|地点|日期|整理|注|附|电话|网址|主题|议题|提问|问|答|背景|链接|相关"
    r"|联络人|联系人|连络人|新闻联络人|新闻联系人|新闻连络人|发稿|发布单位|洽询|咨询|邮箱|电邮|传真|手机|地址|案号|文号|编号)"  # (a release's contact lines)
)


def _label_of(simp: str) -> str | None:
    """The label of a ``Name：`` line (a paragraph or heading), if it is one."""
    match = _LABEL_LINE.match(simp)
    if match is None or _NOT_LABEL.search(match.group("label")):
        return None
    return _without_answer_verb(match.group("label"))


_ANSWER_VERB = re.compile(r"\s*(?:回答|答道|答)$")


def _without_answer_verb(label: str) -> str:
    """发言人王五答： at a press conference labels 发言人王五."""
    match = _ANSWER_VERB.search(label)
    return label[: match.start()] if match is not None and match.start() >= 2 else label


# 与谈人　李四（某医院主治医师）, 主持人 王五: a speaker's line in minutes, without a colon.
_BARE_LABEL = re.compile(r"^\s*(?P<label>[^，,。；;：:！？!?「」“”『』]{2,40}?(?:[（(][^（()）]{2,40}[）)]|\S\s+[\u4e00-\u9fff·・]{2,8}))\s*$")


def _bare_label_of(simp: str) -> str | None:
    """The whole line, when it is a colonless speaker line: a role and a name (主持人　王五),
    or a name and a bracketed description with a title or organisation (李四（某医院主治医师）).
    Whether it names a person is for ``_names_in_label`` to say; bylines are not labels."""
    match = _BARE_LABEL.match(simp)
    if match is None or _NOT_LABEL.search(match.group("label")) or any(_cues(simp)) or any(w in simp for w in N.REPORTER_TITLES):
        return None
    label = match.group("label").strip()
    bracket = re.search(r"[（(]([^（()）]{2,40})[）)]$", label)
    if bracket is not None:
        inner = bracket.group(1)
        return label if N.ends_with_title(inner) or N.ends_with_org_suffix(inner) or N.is_latin_name(inner) else None
    role = re.split(r"\s+", label)[0]
    return label if role in _LABEL_ROLES or N.ends_with_title(role) else None


# Roles that introduce a speaker in minutes (主持人　王五, 与谈人 李四).
_LABEL_ROLES = frozenset(["主持人", "主持", "与谈人", "与谈", "引言人", "引言", "主讲人", "主讲", "嘉宾", "评论人", "对谈人", "报告人", "发言人", "致辞", "致辞人", "讲者", "来宾", "演讲人", "点评人", "点评嘉宾", "对话嘉宾", "圆桌嘉宾"])


# Turns of an interview: 问：/Q： is the reporter's question, 答：/A： the interviewee's answer.
_TURN = re.compile(
    r"^\s*(?P<who>问|提问|追问|记者|本报记者|本报|答|[QAqa]"
    r"|[\u4e00-\u9fff]{1,6}?(?:新闻|日报|晚报|早报|周刊|周报|周末|时报|商报|财经|杂志|电视台|网)(?:记者)?|《[^》]{1,12}》(?:记者)?)\s*[：:]\s*"
)  # (澎湃新闻：… the outlet asks, in a question-and-answer interview)


def _names_in_label(para: _Para, label: str) -> list[tuple[int, int, str | None, tuple[int, int] | None, tuple[int, int] | None]]:
    """(start, end, latin, apposition, bracket) of the person a label line names, if any."""
    simp = para.simp
    offset = simp.find(label)
    end = offset + len(label)
    # 李明哲（台湾事实查核中心总编辑） / 山田健一（Kenichi Yamada）
    bracket = re.search(r"[（(]([^（()）]{2,40})[）)]$", label)
    latin = None
    appo_bracket = None
    if bracket is not None:
        inner = bracket.group(1).strip()
        if N.is_latin_name(inner):
            latin = para.text[offset + bracket.start(1) : offset + bracket.end(1)].strip()
        else:
            appo_bracket = (offset + bracket.start(1), offset + bracket.end(1))
        end = offset + bracket.start()
    name_end = end
    while name_end > offset and simp[name_end - 1].isspace():
        name_end -= 1
    candidates = []
    latin_name = re.search(r"[A-Z][a-zA-Z'\-]+(?: [A-Z][a-zA-Z'\-]+){1,3}$", simp[offset:name_end])
    if latin_name is not None:
        candidates.append((offset + latin_name.start(), name_end))
    for length in (3, 2, 4):
        start = name_end - length
        if start >= offset:
            candidates.append((start, name_end))
    for start, stop in candidates:
        before = simp[offset:start]
        if before and not (N.ends_with_title(before) or N.ends_with_person_noun(before) or N.ends_with_org_suffix(before) or before[-1].isspace()):
            continue
        name = simp[start:stop]
        # A name that ends at the label's colon or bracket is bounded there (before （…）: not cut short where jieba splits it).
        bounded = stop == name_end and (stop == len(simp.rstrip()) or simp[stop:stop + 1] in "：:（( 　" or _ANSWER_VERB.match(simp, stop) is not None)
        if N.is_latin_name(name) or (_valid_name(para, start, stop, strong=True, bounded=bounded) if N.has_surname(name) else False):
            return [(start, stop, latin, (offset, start), appo_bracket)]
        if latin and bracket is not None and before and N.ends_with_title(before):
            return [(start, stop, latin, (offset, start), None)]
    if latin and bracket is not None:
        # After a title, the whole rest is the name (教授山田健一（Kenichi Yamada）).
        for cut in range(offset, name_end - 1):
            if N.ends_with_title(simp[offset:cut]):
                return [(cut, name_end, latin, (offset, cut), None)]
    return []


# --- nicknames -------------------------------------------------------------------------------

_NICKNAME = r"阿[\u4e00-\u9fff]|老[\u4e00-\u9fff]|小[\u4e00-\u9fff]|大[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}[哥姐叔伯嫂姨婆仔妹]"
# 街坊都叫他「强哥」, 队上都叫她阿娥: the person just named goes by that name.
_CALLED_BY_PRONOUN = re.compile(rf"(?:叫|称|称呼|喊)[他她](?:做|作|为)?[「“『]?(?P<nick>{_NICKNAME})(?![\u4e00-\u9fff])[」”』]?")
# 车队里的人都管王志刚叫“大刚”, 镇上的人都叫王金土「老王」.
_CALLED_BY_NAME = re.compile(r"(?:管|叫|称)(?P<name>[\u4e00-\u9fff]{2,8}?)(?:叫|做|作|为)?[「“『](?P<nick>[\u4e00-\u9fff]{2,3})[」”』]")


# 老余名叫余长根, 阿强本名黄志强: the nickname first, then the full name.
_NICKNAME_NAMED = re.compile(rf"(?P<nick>{_NICKNAME})(?:名叫|本名|原名|全名叫?|大名)(?P<name>[\u4e00-\u9fff]{{2,3}})")


def _nicknames(paras: list[_Para], spans: dict[int, list[_Span]], persons: dict[str, _Person]) -> dict[str, str]:
    """Nickname (Simplified) -> person key, from the sentence that gives it (村民都叫他阿强,
    管王志刚叫“大刚”). The person is the full name before it: one already found, or a name
    jieba tags right before the comma (和她同一班的吴秀娥，队上都叫她阿娥). A nickname found as
    a person of its own (阿娥说) is that person's, and no longer listed apart."""
    found: dict[str, str] = {}
    for para in paras:
        simp = para.simp
        for match in _CALLED_BY_NAME.finditer(simp):
            who, nickname = match.group("name"), match.group("nick")
            name = next((key for key in persons if who.endswith(key)), None)  # (管司机王志刚叫: the name ends it)
            if name is not None and nickname != name and not _inside(spans[para.index], match.start()):
                found[nickname] = name
        for match in _NICKNAME_NAMED.finditer(simp):
            start, end = match.span("name")
            token = _token_starting(para, start)
            if _inside(spans[para.index], match.start()) or token is None or token[1] != end:
                continue  # (the name is one jieba word: 余长根, not 余长 | 根据)
            name = match.group("name")
            if name in persons or (N.has_surname(name) and _valid_name(para, start, end, strong=True)):
                persons.setdefault(name, _Person(key=name, name=para.text[start:end]))
                found[match.group("nick")] = name
        for match in _CALLED_BY_PRONOUN.finditer(simp):
            if _inside(spans[para.index], match.start()):
                continue
            sentence_start = max(simp.rfind(mark, 0, match.start()) for mark in SENTENCE_END) + 1
            named = [(simp.rfind(key, sentence_start, match.start()), key) for key in persons if key in simp[sentence_start : match.start()]]
            key = max(named)[1] if named else _name_before_comma(para, sentence_start, match.start())
            if key is None:
                continue
            at = simp.rfind(key, sentence_start, match.start())
            persons.setdefault(key, _Person(key=key, name=para.text[at : at + len(key)]))
            found[match.group("nick")] = key
    for nickname, key in found.items():
        if nickname in persons and nickname != key:
            del persons[nickname]
    return {nickname: key for nickname, key in found.items() if nickname != key}


def _name_before_comma(para: _Para, start: int, end: int) -> str | None:
    """The full name jieba tags that ends the clause before ``end`` (…的吴秀娥，队上都叫她)."""
    comma = max(para.simp.rfind(mark, start, end) for mark in "，,")
    if comma <= start:
        return None
    for length in (3, 2):
        start = comma - length
        tagged = any(t[0] in (start, start + 1) and t[2].startswith("nr") for t in para.tokens)  # (邝 | 志强)
        bounded = any(t[0] == start for t in para.tokens)
        name = para.simp[start:comma]
        if start > 0 and tagged and bounded and N.has_surname(name) and _valid_name(para, start, comma, strong=True):
            return name
    return None


# --- reading statements ---------------------------------------------------------------------


class _Reader:
    """Walks the article in order, resolving subjects and quotes (pronouns need order)."""

    def __init__(self, article: Article, paras: list[_Para], spans: dict[int, list[_Span]], persons: dict[str, _Person], *,
                 nicknames: dict[str, str] | None = None) -> None:
        self.article = article
        self.nicknames = nicknames or {}
        """Nickname (Simplified) -> person key: 阿娥 for 吴秀娥 (_nicknames)."""
        self.paras = paras
        self.spans = spans
        self.persons = persons
        self.anons: list[_Anon] = []
        self.anon_at: dict[tuple[int, int], int] = {}
        """(paragraph index, mention start) -> anonymous source, so one mention is one source."""
        self.quotes: dict[tuple[str, str], list[Quote]] = {}
        self.unattributed: list[Quote] = []
        self._unclosed_unattributed: tuple[int, str] | None = None
        """(paragraph index, reason) of a quote without a speaker left open: its continuation
        in the next paragraph has the same reason."""
        self.last_subject: tuple[str, str] | None = None
        self.aliases = self._aliases()
        # Neither table changes while reading: sort the names once, longest first, for _mentions.
        self.names_longest_first = sorted(self.persons, key=len, reverse=True)
        self.aliases_longest_first = sorted(self.aliases, key=len, reverse=True)
        self.title_refs = self._title_refs()
        self.by_surname = self._unique_surnames()
        self.introduced: list[tuple[int, int, tuple[str, str]]] = []
        """(paragraph index, position, person) of each person opening a sentence as its subject."""

    # -- aliases -----------------------------------------------------------------------
    def _aliases(self) -> dict[str, list[str]]:
        """Alias (Simplified) -> person keys: surname + title (张教授), a foreign surname (卡特)."""
        table: dict[str, list[str]] = {}
        for person in self.persons.values():
            key = person.key
            forms: set[str] = set()
            if N.has_surname(key) and not key.endswith(N.HONORIFICS_FEMALE + N.HONORIFICS_MALE):
                surname = N.surname_of(key).text
                forms.update(surname + title for title in N.POST_TITLES)
                forms.add(surname + "氏")  # 温氏又提到: Hong Kong papers' way back to 温嘉俊
                titled = _surname_and_title_head(person)
                if titled is not None:  # 陈组长, 梁馆长: the head of the title the article gave
                    forms.add(titled)
                qualified = _surname_and_qualified_title(person)
                if qualified is not None:
                    forms.add(qualified)
            parts = re.split(f"[{N.NAME_DOTS}]", key)
            if len(parts) >= 2:
                if len(parts[-1]) >= 2:
                    forms.add(parts[-1])
                if len(parts[0]) >= 2:
                    forms.add(parts[0])  # 韩迪 for 韩迪·普拉塔玛: Indonesian and Thai names go by the first part
                forms.add("".join(parts))
            if person.latin:
                forms.add(person.latin)
            for form in forms:
                if form != key:
                    table.setdefault(form, []).append(key)
        for nickname, key in self.nicknames.items():
            table.setdefault(nickname, []).append(key)
        return table

    def _unique_surnames(self) -> dict[str, str]:
        """One-character surname -> the one person of the article who has it (麦 for 麦子朗)."""
        holders: dict[str, set[str]] = {}
        for person in self.persons.values():
            surname = N.surname_of(person.key)
            if surname is not None and len(surname.text) == 1 and len(person.key) >= 2 and not _title_form(person.key):
                holders.setdefault(surname.text, set()).add(person.key)
        return {surname: keys.pop() for surname, keys in holders.items() if len(keys) == 1}

    def _surname_mentions(self, simp: str) -> Iterable[_Mention]:
        """麦被问到…时回答, 陈续指: Hong Kong papers call a person named before by the surname
        alone. Only a surname that opens a clause and is followed by a verb or 被, and only
        when a single person of the article has it."""
        for surname in self.by_surname:
            for start in _occurrences(simp, surname):
                if start > 0 and simp[start - 1] not in CLAUSE_BOUNDARY:
                    continue
                if simp[start + 1 : start + 2] == "被" or _verb_follows(simp, start + 1):
                    yield _Mention(start, start + 1, "alias", surname, surname)

    def _title_refs(self) -> dict[str, str]:
        """Title word (Simplified) -> the one person holding it: 法官续指 after 暂委法官张三.

        Only titles that a single person of the article holds; a title two people share
        refers to neither."""
        holders: dict[str, set[str]] = {}
        for person in self.persons.values():
            if person.reporter or not person.title:
                continue
            for part in [*re.split("[、，,]", simplified_copy(person.title)), *person.roles]:
                head = N.ends_with_title(part) or N.ends_with_person_noun(part)
                if head and len(head) >= 2 and head not in _GROUP_ROLES:
                    holders.setdefault(head, set()).add(person.key)
        return {head: next(iter(keys)) for head, keys in holders.items() if len(keys) == 1}

    # 评审形容…: a role several people share speaks as a group, not as the one we know.
    def _title_ref_mentions(self, simp: str) -> Iterable[_Mention]:
        """法官续指, 该法官表示, 被告在信中写道: a title opening a clause, standing for its holder."""
        if not self.title_refs:
            return
        for match in re.finditer("|".join(sorted(map(re.escape, self.title_refs), key=len, reverse=True)), simp):
            start = match.start()
            demonstrative = re.search(rf"(?:该|这位|这名|此|那位){_NP}{{0,10}}?$", simp[:start])  # 这位20岁的小将
            if demonstrative is not None:
                start = demonstrative.start()
            clause = _clause_start(simp, start)
            if _strip_connectives(simp, clause, start)[0] != start and clause != start:
                continue  # not at the head of its clause: 斥被告…, 他担任法官
            after = simp[match.end() : match.end() + 4]
            if after.startswith("的") or any(after.startswith(key[:2]) for key in self.persons):
                continue  # 法官的判决; 法官张三 (the name is the mention)
            if after.startswith("、") and any(key in simp[match.end() : _clause_end(simp, match.end())] for key in self.persons):
                continue  # 该案审判长、…庭长高文静: the start of a named person's apposition
            head = match.group(0)
            if any(a.head == head and self.quotes.get(("anon", str(i))) for i, a in enumerate(self.anons)):
                continue  # 发言人 after an unnamed spokesperson who was quoted: that one
            yield _Mention(start, match.end(), "titleref", self.title_refs[head], simp[start : match.end()])

    # -- mentions --------------------------------------------------------------------------
    def _mentions(self, para: _Para) -> list[_Mention]:
        simp = para.simp
        found: list[_Mention] = []
        for key in self.names_longest_first:
            if key not in simp:
                continue  # most names are not in most paragraphs: skip the generator
            for start in _occurrences(simp, key):
                found.append(_Mention(start, start + len(key), "person", key, key))
        for alias in self.aliases_longest_first:
            if alias not in simp:
                continue
            for start in _occurrences(simp, alias):
                found.append(_Mention(start, start + len(alias), "alias", alias, alias))
        found.extend(self._title_ref_mentions(simp))
        found.extend(self._surname_mentions(simp))
        for match in re.finditer("[他她]", simp):
            before = simp[match.start() - 1 : match.start()]
            after = simp[match.end() : match.end() + 1]
            if (after and after in _NOT_PRONOUN_AFTER) or (before and before in _NOT_PRONOUN_BEFORE):
                continue
            found.append(_Mention(match.start(), match.end(), "pronoun", _PRONOUNS[match.group(0)], match.group(0)))
        for pattern, kind in ((_ANON_BACKREF, "anonref"), (_ANON, "anon"), (_ANON_BARE, "anon"), (_ANON_TITLED, "anon"), (_ANON_SURNAME_ONLY, "anon"), (_ANON_NEWS, "anon"), (_ANON_REPORTER_ASKS, "anon")):
            for match in pattern.finditer(simp):
                start = match.start()
                if (pattern in (_ANON_BACKREF, _ANON_TITLED) or N.ends_with_title(match.group(0))) and any(
                    simp.startswith(key, match.end()) and (person.title or person.org) for key, person in self.persons.items()
                ):
                    continue  # 该校校长梁志恒: a named person's apposition
                if pattern is _ANON_TITLED and (
                    (N.surnames().get(simp[start]) is not None and match.end() - start <= 4)
                    or any(key in match.group(0) for key in self.persons)
                    or any(alias in match.group(0) for alias in self.aliases)
                    or re.search(r"[他她我你]|[^\s]姓|[对向跟给与和][^对向跟给与和]{1,6}$", match.group(0)) is not None
                ):
                    continue  # 王部长表示, 李国平研究员看来 (a named person), 他对记者说 (the listener)
                if pattern in (_ANON_BARE, _ANON_NEWS, _ANON_TITLED):
                    start, _ = _strip_connectives(simp, start, match.end())  # 另据知情人士透露: not 另据
                    inner = _ANON.search(simp, start + 1, match.end())
                    if inner is not None and inner.end() == match.end():
                        start = inner.start()  # 我曾听 | 一位…负责人: the description starts at 一位
                end = match.end()
                while (longer := _ANON_HEAD.match(simp, end)) is not None:
                    end = longer.end()  # 一位…的青年 | 教师: the head goes on
                owner = _ANON_OWNED.match(simp, end) if pattern is _ANON else None
                if owner is not None:
                    end = owner.end()  # 一名患者的家属: the relative speaks, not the patient
                found.append(_Mention(start, end, kind, None, simp[start:end]))
        for start, end in _pseudonyms(simp, para.tokens):
            found.append(_Mention(start, end, "anon", None, simp[start:end]))
        for match in _SURNAME_SEX.finditer(simp):
            # 林女, 张男 (Taiwanese news withholding a name): anonymous
            surname = N.surnames().get(match.group(1))
            if surname is not None and surname.common and simp[match.start() - 1 : match.start()] not in N.surnames():
                found.append(_Mention(match.start(), match.end(), "anon", None, simp[match.start() : match.end()]))
        for match in re.finditer("[\u4e00-\u9fff]姓", simp):
            # 王姓摊贩: the noun after 姓 is whatever word jieba finds there
            head = _token_starting(para, match.end())
            if head is not None and head[2].startswith("n") and N.surnames().get(simp[match.start()]) is not None:
                found.append(_Mention(match.start(), head[1], "anon", None, simp[match.start() : head[1]]))
        # Keep the longest of overlapping mentions; a name wins over an anonymous description
        # that contains it only when it ends the description (it is then a named apposition).
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[_Mention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                if mention.kind in ("person", "alias", "titleref") and kept[-1].kind in ("anon", "anonref"):
                    kept.append(mention)  # both: the subject test decides
                continue
            kept.append(mention)
        kept = [m for m in kept if not _inside(self.spans[para.index], m.start)]
        return kept + list(self._group_mentions(simp, kept))

    def _group_mentions(self, simp: str, mentions: list[_Mention]) -> Iterator[_Mention]:
        """何俊文、梁淑芬会后会见传媒，两人表示: 两人 stands for the people just listed."""
        for match in _GROUP.finditer(simp):
            before = [m for m in mentions if m.end <= match.start() and m.kind in ("person", "alias")]
            listed: list[_Mention] = []
            for mention in reversed(before):
                between = simp[mention.end : listed[-1].start] if listed else ""
                if listed and not (
                    re.fullmatch(r"[、和与及跟同]", between)
                    or (between[:1] in "、和与及跟同" and (N.ends_with_title(between) or N.ends_with_person_noun(between)) and not re.search(_CLAUSE_MARKS, between))
                ):
                    break  # 议员黄美玲与服务处总干事郭志文…。两人表示
                listed.append(mention)
            wanted = _GROUP_SIZES.get(match.group(0)[0])
            keys = [self._resolve(m) for m in reversed(listed)]
            people = [key[1] for key in keys if key is not None and key[0] == "person"]
            if len(people) >= 2 and (wanted is None or wanted == len(people)):
                yield _Mention(match.start(), match.end(), "group", "\0".join(people), match.group(0))

    # -- the walk --------------------------------------------------------------------------
    def read(self) -> People:
        open_speaker: tuple[str, str] | bool | None = False  # False: no quote left open
        previous_last: tuple[str, str] | None = None
        previous_section = -1
        label_speaker: tuple[str, str] | None = None
        label_scope: str | None = None  # "section", "paragraphs" or "answer" (an interview's)
        label_evidence = ""
        # A summary of a forum (钱立群：… then more paragraphs of 钱立群's): with two or more
        # paragraphs opening with a person's label, a label speaks until the next one.
        summary = sum(1 for para in self.paras if self._inline_label(para) is not None) >= 2
        for para in self.paras:
            if para.section != previous_section:
                open_speaker, previous_last = False, None
                label_speaker, label_scope = self._heading_label(para.section)
                label_evidence = "label line"
                previous_section = para.section
            is_label, paragraph_label = self._paragraph_label(para)
            if is_label:
                label_speaker, label_scope = paragraph_label, ("paragraphs" if paragraph_label else None)
                label_evidence = "label line"
                previous_last = paragraph_label
                open_speaker = False
                continue  # the label line itself is not a statement
            if _is_credit_line(para.simp):
                continue
            turn = _TURN.match(para.simp)
            if turn is not None:
                # 问：… is the reporter's; 答：… the interviewee's, whole.
                answer = turn.group("who") in ("答", "A", "a")
                speaker = self._interviewee(para.index) if answer else None
                if answer and speaker is not None:
                    self._add(speaker, para, para.text[turn.end() :], "direct", "interview answer", CONFIDENCE["label"], turn.end(), len(para.text))
                elif answer:
                    self.unattributed.append(Quote(text=para.text[turn.end() :].strip(), kind="direct", paragraph=para.id, line=para.line, evidence=NO_SPEAKER, confidence=0.0, start=turn.end(), end=len(para.text)))
                label_speaker, label_scope, open_speaker, previous_last = None, None, False, speaker
                if answer and speaker is not None:
                    # The answer goes on in the paragraphs after it, up to the next question.
                    label_speaker, label_scope, label_evidence = speaker, "answer", "interview answer"
                continue
            mentions = self._mentions(para)
            if label_scope == "answer" and (
                not self._first_person(para) or any(m.kind in ("person", "alias") and self._resolve(m) == label_speaker for m in mentions)
            ):
                # An answer goes on in the first person; without it (院线主席黎志伟则…) or naming
                # the interviewee (采访结束时，邢文舟…), the report has resumed.
                label_speaker, label_scope = None, None
            events = self._events(para, mentions)
            if self._report_resumes(para, events, label_speaker, label_scope):
                label_speaker, label_scope = None, None
            # An interview's answer is the interviewee's whole; the people it quotes keep their words.
            quoting_label = None if label_scope == "answer" else label_speaker
            if quoting_label is not None:
                # 陈医师刚刚提到…, said under 王五's label: the speaker refers to a colleague.
                events = [e for e in events if not (e.mention.kind == "alias" and e.subject != label_speaker)]
            inline = self._inline_label(para)
            answer_from = inline[1] if inline is not None else None
            if inline is not None:
                subject, rest_start = inline
                self._add(subject, para, para.text[rest_start:], "direct", "label line", CONFIDENCE["label"], rest_start, len(para.text))
                if summary:
                    label_speaker, label_scope, label_evidence = subject, "paragraphs", "label line"
            elif label_speaker is not None:
                self._add(label_speaker, para, para.text, "direct", label_evidence, CONFIDENCE["label"], 0, len(para.text))
            for event in events:
                self._indirect(para, event)
            last = self._quotes(para, events, open_speaker, previous_last, quoting_label, answer_from=answer_from)
            open_speaker = last[0]
            previous_last = last[1] or (label_speaker if label_speaker else None)
        return self._people()

    def _report_resumes(self, para: _Para, events: list[_Event], label_speaker: tuple[str, str] | None, label_scope: str | None) -> bool:
        """Whether ``para`` ends a label's words because the report resumes.

        After label paragraphs, a new speaker introduced ends them (an unnamed one too, unless
        the labelled speaker tells of them: 我曾听一位负责人抱怨). Under a heading that is a
        label the speaker may cite others; only a new person told of in the third person
        (会议最后，所长李骏作总结发言) ends it.
        """
        def new_person(e: _Event) -> bool:
            return bool(e.subject) and e.subject != label_speaker and e.mention.kind != "alias" and e.subject[0] == "person"

        if label_scope == "paragraphs":
            return any(new_person(e) or (e.subject is not None and e.subject[0] == "anon" and e.mention.kind != "alias" and not self._first_person(para)) for e in events)
        if label_scope == "section":
            return not self._first_person(para) and any(new_person(e) for e in events)
        return False

    def _heading_label(self, section_index: int) -> tuple[tuple[str, str] | None, str | None]:
        section = self.article.sections[section_index]
        if section.kind not in ("label", "bullet", "numbered", "short") or section.heading is None:
            return None, None
        heading = _heading_para(section.heading, section_index)
        simp = heading.simp
        label = _label_of(simp) if section.kind != "short" else _bare_label_of(simp)
        if label is None:
            return None, None
        names = _names_in_label(heading, label)
        if not names:
            return None, None
        key = simp[names[0][0] : names[0][1]]
        person = self._person_for(key)
        return (("person", person), "section") if person else (None, None)

    def _paragraph_label(self, para: _Para) -> tuple[bool, tuple[str, str] | None]:
        """(is a speaker's label line, its speaker): 李四：/ 与谈人　李四（…）/ 一位退休教师：.

        A label line that names nobody we know and no unnamed source either, and has no
        speech cue (会议背景：), still ends the previous label's scope.
        """
        label = _label_of(para.simp)
        if label is not None and _LABEL_LINE.match(para.simp).group("rest").strip():
            return False, None
        if label is None:
            label = _bare_label_of(para.simp)
            if label is None:
                return False, None
        person = self._label_person(para, label)
        if person:
            return True, ("person", person)
        if any(_cues(label)):
            return False, None  # 王部长表示： is a statement's opening, not a label
        offset = para.simp.find(label)
        for pattern in (_ANON, _ANON_BARE, _ANON_SURNAME_ONLY):
            match = pattern.search(para.simp, offset, offset + len(label))
            if match is not None and match.end() == offset + len(label):
                head = next((h for h in _ANON_HEADS if match.group(0).endswith(h)), "人士")
                self.anons.append(_Anon(para.text[match.start() : match.end()], head, (para.index, match.start())))
                return True, ("anon", str(len(self.anons) - 1))
        return True, None

    def _inline_label(self, para: _Para) -> tuple[tuple[str, str], int] | None:
        """``王小明：我认为……`` (an interview's answer): the paragraph is that person's."""
        match = _LABEL_LINE.match(para.simp)
        if match is None or not match.group("rest").strip() or _NOT_LABEL.search(match.group("label")):
            return None
        if len(match.group("label")) > 40:
            return None
        person = self._label_person(para, _without_answer_verb(match.group("label")))
        return (("person", person), match.start("rest")) if person else None

    def _label_person(self, para: _Para, label: str) -> str | None:
        """The person a label names: a known name or alias as a whole (怀特：), a role only one
        person of the article holds (主持人：), else the name at its end after a title
        (清华大学教授李四：)."""
        known = self._person_for(label.strip()) or self.title_refs.get(label.strip())
        if known:
            return known  # (主持人：, after 主持人、…董事长郑德昌 opened: the one holding the role)
        names = _names_in_label(para, label)
        return self._person_for(para.simp[names[0][0] : names[0][1]]) if names else None

    def _first_person(self, para: _Para) -> bool:
        """The paragraph speaks in the first person (我, 咱) outside its quotations."""
        spans = self.spans[para.index]
        return any(ch in "我咱" and not _inside(spans, i) for i, ch in enumerate(para.simp))

    def _interviewee(self, before: int) -> tuple[str, str] | None:
        """Who answers an interview's 答：: the person the title names, or else the only person
        (not a reporter) the text names before the first question or answer."""
        if getattr(self, "_interviewee_cache", None) is not None:
            return self._interviewee_cache or None
        title = simplified_copy(self.article.title or "")
        known = [key for key, person in self.persons.items() if not person.reporter]
        in_title = [key for key in known if key in title]
        first_turn = next((p.index for p in self.paras if _TURN.match(p.simp)), before)
        lead = "".join(p.simp for p in self.paras if p.index < first_turn)
        in_lead = [key for key in known if key in lead]
        # 本报专访了策展人、…副主任麦咏芝: the one the lead says was interviewed
        interviewed = {key for match in _INTERVIEWED.finditer(lead) for key in known if key in lead[match.end() : match.end() + 40]}
        chosen = (
            in_title[0] if len(in_title) == 1
            else in_lead[0] if len(in_lead) == 1
            else next(iter(interviewed)) if len(interviewed) == 1
            else None
        )
        self._interviewee_cache = ("person", chosen) if chosen else ()
        return self._interviewee_cache or None

    def _person_for(self, key: str) -> str | None:
        if key in self.persons:
            return key
        keys = self.aliases.get(key)
        return keys[-1] if keys else None

    # -- events ----------------------------------------------------------------------------
    def _events(self, para: _Para, mentions: list[_Mention]) -> list[_Event]:
        simp = para.simp
        events: list[_Event] = []
        cues = [c for c in _cues(simp) if not _inside(self.spans[para.index], c.start())]
        position = 0
        for cue in cues:
            # People introduced at the start of a sentence before this cue become "last introduced".
            self._track_introductions(para, mentions, position, cue.start())
            position = cue.start()
            clause = _subject_clause(simp, cue)
            event = self._subject(para, mentions, clause, cue) if clause is not None else None
            if event is None:
                event = self._topic_subject(para, mentions, cue, events)
            if event is not None:
                events.append(event)
                events.extend(self._joint_speakers(para, mentions, event))
                if event.mention.kind == "group":  # 两人表示: each of them says it
                    events.extend(replace(event, subject=("person", key)) for key in (event.mention.key or "").split("\0")[1:])
                if event.subject is not None and not self._plural_anon(event.subject):
                    self.last_subject = event.subject  # (不少家长反映: no 他 or 她 refers to them)
                position = cue.end()
        self._track_introductions(para, mentions, position, len(simp))
        # 发言人回复本报查询时称: a cue inside the adverbial of a later cue of the same subject is not one.
        events = [
            e for e in events
            if not any(o is not e and not o.topic and o.mention == e.mention and o.cue_start > e.cue_end for o in events)
        ]
        # 张三说，…最后多数委员认为…: unnamed people inside a named speaker's statement are
        # what the speaker reports, not sources of the article.
        return [e for e in events if not (e.subject is not None and e.subject[0] == "anon" and any(
            o.subject is not None and o.subject[0] == "person" and o.cue_end <= e.mention.start
            and not any(mark in simp[o.cue_end : e.mention.start] for mark in SENTENCE_END)
            for o in events
        ))]

    def _joint_speakers(self, para: _Para, mentions: list[_Mention], event: _Event) -> list[_Event]:
        """刘婧与赵思远都认为, 他和立委黄诗涵都认为: the person joined to the subject, right
        before the cue, says it too (the subject test reads 与赵思远 as "with 赵思远")."""
        simp = para.simp
        if event.topic or event.subject is None:
            return []
        # 议员何俊文、梁淑芬表示, 卢心悦、谢梓轩及鲍嘉琪均表示: the subject is the last of a list,
        # and each person listed before it says it too.
        listed: list[_Event] = []
        head = event.mention
        while (before := next((m for m in mentions if m.kind in ("person", "alias") and m.end < head.start and _listed_before(simp, m.end, head.start)), None)) is not None:
            partner = self._resolve(before)
            if partner is not None and partner != event.subject:
                listed.append(replace(event, subject=partner, mention=before, evidence=para.text[event.cue_start : event.cue_end]))
            head = before
        joiner = event.mention.end
        if joiner >= event.cue_start or simp[joiner] not in "和与及、跟同":
            return listed
        for other in mentions:
            if other.kind not in ("person", "alias") or not joiner < other.start < event.cue_start:
                continue
            if not (
                _JOINT_MARKER.fullmatch(simp, other.end, event.cue_start)
                or (_GAP.fullmatch(simp, other.end, event.cue_start) and _JOINT_WORDS.search(simp, other.end, event.cue_start))
            ):
                continue  # (局长邵明与教授聂华会面时表示: 邵明's alone)
            if simp[joiner + 1 : other.start] and not self._left_ok(simp, joiner + 1, other.start, other.kind):
                continue
            subject = self._resolve(other)
            if subject is None or subject == event.subject:
                return listed
            cue_text = para.text[event.cue_start : event.cue_end]
            return [*listed, replace(event, subject=subject, mention=other, evidence=cue_text)]
        return listed

    def _topic_subject(self, para: _Para, mentions: list[_Mention], cue: re.Match[str], events: list[_Event]) -> _Event | None:
        """A cue clause without a subject takes the subject of its sentence (the topic chain).

        张三则持不同意见，认为…: the clause 认为… has no subject of its own; Chinese leaves it
        out when it is the sentence's subject: the speaker of an earlier cue of the sentence
        (法官斥被告「…」，认为…), or a mention opening the clause right before it.
        """
        simp = para.simp
        clause_start = _clause_start(simp, cue.start())
        if clause_start == 0 or simp[clause_start - 1] not in "，,；;":
            return None
        region_start, _ = _strip_connectives(simp, clause_start, cue.start())
        sentence_start = max(simp.rfind(mark, 0, clause_start) for mark in SENTENCE_END) + 1
        # 范宏伟一边示范，一边大声提醒：「…」: the second 一边 goes on with the first one's subject
        second_bian = _SECOND_BIAN.fullmatch(simp, region_start, cue.start()) is not None and any(
            word in simp[sentence_start:clause_start] for word in ("一边", "一面")
        )
        if (
            region_start < cue.start() and not _GAP.fullmatch(simp, region_start, cue.start()) and not second_bian
            and simp[region_start : cue.start()] not in _CONNECTIVES and not _MANNER_CLAUSE.fullmatch(simp, region_start, cue.start())
        ):
            return None
        cue_text = para.text[cue.start() : cue.end()]
        rest = simp[cue.end() :].lstrip(" 　")
        bare = not rest or rest[0] in SENTENCE_END
        earlier = [e for e in events if e.subject is not None and sentence_start <= e.cue_start < clause_start]
        if earlier:
            first = earlier[0]
            evidence = f"{para.text[first.mention.start:first.mention.end]}…{cue_text}"
            return _Event(para.index, cue.start(), cue.end(), first.subject, first.mention, evidence, CONFIDENCE["topic"], clause_start, bare, topic=True)
        # The clause right before (庭审中，张某对指控没有异议，但辩称…: 张某), or the one before
        # that, past a clause of how or about what (校长林志明，以学校为例，说了一段话：).
        before = clause_start
        for _ in range(2):
            first_start, _ = _strip_connectives(simp, max(_clause_start(simp, before - 1), sentence_start), before)
            while first_start < before and simp[first_start] in " 　":
                first_start += 1
            first_end = _clause_end(simp, first_start)
            if first_end != before - 1:
                return None
            adverbial = _ADVERBIAL_CLAUSE.match(simp, first_start) is not None and not any(first_start <= m.start < first_end for m in mentions)
            if not adverbial or first_start <= sentence_start:
                break
            before = first_start
        if adverbial:
            return None
        for mention in mentions:
            if not first_start <= mention.start < first_end or simp[mention.end : mention.end + 1] == "的":
                continue
            if _bracketed(simp, mention.start, first_end):
                continue  # a byline (记者…) in brackets
            if not self._left_ok(simp, first_start, mention.start, mention.kind):
                return None
            if mention.kind in ("anon", "anonref"):
                subject = self._anon_subject(para, mention, _Clause(first_start, mention.end))
            else:
                subject = self._resolve(mention)
            if subject is None:
                return None
            evidence = f"{para.text[mention.start:mention.end]}…{cue_text}"
            return _Event(para.index, cue.start(), cue.end(), subject, mention, evidence, CONFIDENCE["topic"], clause_start, bare, topic=True)
        return None

    def _track_introductions(self, para: _Para, mentions: list[_Mention], start: int, end: int) -> None:
        """Follow who a 他/她 would refer to, between ``start`` and ``end`` of a paragraph.

        The first named person of a sentence, as its subject, becomes "last introduced"; a
        sentence that opens with 这位 + title (这位清华大学化学系教授，…) describes that person.
        """
        simp = para.simp
        happenings: list[tuple[int, str, object]] = []
        for mention in mentions:
            if start <= mention.start < end and mention.kind in ("person", "alias", "titleref", "anon"):
                happenings.append((mention.start, "mention", mention))
        for match in _COREFERENT.finditer(simp, start, end):
            happenings.append((match.start(2), "describe", match))
        for match in _AS_TITLE.finditer(simp, start, end):
            happenings.append((match.start(), "as-title", match))
        for position in _sentence_starts(simp, start, end):
            token = _token_starting(para, position)
            known = any(m.start == position for m in mentions)
            quoted = _inside(self.spans[para.index], position)  # (a quotation's first word, 加薪 nr, is nobody)
            if token is not None and token[2] in ("nr", "nrfg", "nrt") and not known and not quoted:
                happenings.append((position, "stranger", None))
        seen_sentences: set[int] = set()
        for position, kind, item in sorted(happenings, key=lambda h: h[0]):
            boundary = max(simp.rfind(mark, 0, position) for mark in SENTENCE_END)
            if kind == "describe":
                self._describe_last(para, item)
                continue
            if kind == "as-title":
                # 身为团队中唯一的博士生，她说: the one person who holds that title
                head = N.ends_with_title(item.group(1)) or N.ends_with_person_noun(item.group(1))
                holder = self.title_refs.get(head) if head else None
                if holder is not None:
                    self.last_subject = ("person", holder)
                continue
            if kind == "stranger":
                self.last_subject = None  # a person we could not name opens the sentence
                continue
            mention = item
            if boundary in seen_sentences or (
                simp[mention.end : mention.end + 1] == "的" and not _OPINION_OF.match(simp, mention.end) and not _TEAM_OF.match(simp, mention.end)
            ):
                continue  # 张三的看法与之类似: the person's view is the topic; 王某的公司: not the person (王某的团队: they lead it)
            if any(
                boundary < other.start < mention.start and other.kind != "anonref" and not (other.kind == "anon" and other.end == mention.start)
                and not _possessor_of(simp, other.end, mention.start)
                for other in mentions
            ):
                continue  # 林涛表示，…赵明…: the sentence's subject came first (not …的退休教师 | 周某: its apposition)
            left_start, _ = _strip_connectives(simp, boundary + 1, mention.start)
            left = simp[left_start : mention.start].rstrip(" \u3000")  # (建筑师 Inês Carvalho: a space before a Latin name)
            core = _without_joint(left)
            place_before_anon = mention.kind == "anon" and len(left) <= 6 and _PLACE_END.search(left) is not None and not any(ch in CLAUSE_BOUNDARY for ch in left)
            if left and not (
                N.ends_with_title(core) or N.ends_with_person_noun(core) or N.ends_with_org_suffix(core) or left.endswith(("、", "，", ",", "的"))
                or place_before_anon  # 回民街 | 一家小吃店的店主: where the unnamed source is
            ):
                continue  # 现年42岁的张三，…: a description with 的 before the subject is fine
            if mention.kind == "anon":  # 58岁的黄姓清洁工每日…，她说: 她 is that anonymous source
                if any(other.start == mention.end and other.kind in ("person", "alias") for other in mentions):
                    continue  # …62岁的退休教师 | 周建国: the description of a named person
                person = self._anon_subject(para, mention, _Clause(left_start, mention.end))
            else:
                person = self._resolve(mention)
            if person is not None and not (person[0] == "person" and self.persons[person[1]].reporter):
                self.last_subject = person
                seen_sentences.add(boundary)
                self.introduced.append((para.index, mention.start, person))

    def _describe_last(self, para: _Para, match: re.Match[str]) -> None:
        """这位清华大学化学系教授: org and title of the person last introduced, if still unknown."""
        subject = self.last_subject
        if subject is None or subject[0] != "person":
            return
        person = self.persons[subject[1]]
        if person.org is not None or person.title is not None:
            return
        org, title, _ = _describe(para, (match.start(2), match.end(2)), None, None)
        if title is not None:
            person.org, person.title = org, title

    def _plural_anon(self, subject: tuple[str, str]) -> bool:
        """An unnamed group (不少家长, 多名居民, 学生们): never what 他 or 她 refers to."""
        return subject[0] == "anon" and bool(_PLURAL_GROUP.search(self.anons[int(subject[1])].description))

    def _resolve(self, mention: _Mention) -> tuple[str, str] | None:
        if mention.kind == "person":
            return ("person", mention.key)
        if mention.kind == "alias":
            keys = self.aliases.get(mention.key or "", [])
            if not keys and mention.key in self.by_surname:
                return ("person", self.by_surname[mention.key])  # the surname alone (麦被问到)
            if not keys:
                return None
            holders = [k for k in keys if _holds_title_of(self.persons[k], mention.key or "")]
            if len(holders) == 1 and len(keys) > 1:
                return ("person", holders[0])  # 张副局长: the 张 who is the deputy director, not the shopkeeper 张
            called = [k for k in keys if self._called(k, mention.key or "")]
            if len(called) == 1 and len(keys) > 1:
                return ("person", called[0])  # 黄博士: the 黄 the article called 博士 (黄诗雅博士), not 黄伟杰
            if self.last_subject and self.last_subject[0] == "person" and self.last_subject[1] in keys:
                return self.last_subject
            return ("person", keys[-1])
        if mention.kind == "titleref":
            bare = re.sub(r"^(?:这位|这名|那位|该名|该位|该|此)", "", mention.text)
            if bare not in self.title_refs:
                # 这位20岁的小将: a described back-reference is the person just spoken of, if that
                # is the title's holder (not 这位清华大学化学系教授 for another professor).
                return self.last_subject if self.last_subject == ("person", mention.key) else None
            return ("person", mention.key)
        if mention.kind == "group":
            return ("person", (mention.key or "").split("\0")[0])
        if mention.kind == "pronoun":
            subject = self.last_subject
            if subject is None:
                return None
            if subject[0] == "person":
                sex = self.persons[subject[1]].sex
                if sex is not None and sex != mention.key:
                    return None
                self.persons[subject[1]].sex = mention.key
            return subject
        return None

    def _called(self, key: str, alias: str) -> bool:
        """The article wrote the person's name with the honorific of ``alias`` right after it
        (黄诗雅博士 for 黄博士)."""
        surname = N.surname_of(alias)
        rest = alias[len(surname.text) :] if surname is not None else ""
        return bool(rest) and any(key + rest in para.simp for para in self.paras)

    def _subject(self, para: _Para, mentions: list[_Mention], clause: _Clause, cue: re.Match[str]) -> _Event | None:
        simp = para.simp
        for mention in mentions:
            if not clause.start <= mention.start < clause.end or mention.end > clause.end:
                continue
            if _bracketed(simp, mention.start, clause.end):
                continue  # （记者刘梦琪、张旭东）国家发改委…提出: a byline in brackets says nothing
            if any(
                other.kind == "person" and clause.start <= other.start < mention.start and _STANDS_IN_FOR.search(simp, other.end, mention.start)
                for other in mentions
            ):
                continue  # 蔡慧敏代表人力部长黄振国出席…时说: the one representing him speaks
            if mention.kind == "titleref" and any(
                other.kind == "person" and mention.end <= other.start < clause.end
                and (N.ends_with_title(simp[mention.start : other.start]) or N.ends_with_person_noun(simp[mention.start : other.start]))
                for other in mentions
            ):
                continue  # 学生代表林宥辰则分享: the title of the person named after it, not the 学生 met before
            if simp[mention.end : mention.end + 1] == "的" and any(
                mention.end < other.start < clause.end and other.kind in ("person", "alias") for other in mentions
            ):
                continue  # 代表冯家辉的大律师范德明称: the person after 的 speaks
            if not _GAP.fullmatch(simp, mention.end, clause.end) and not _serial_predicate(para, mentions, mention, clause, cue) and not _stands_in(
                simp, mentions, mention, clause
            ):
                continue
            if not self._left_ok(simp, clause.start, mention.start, mention.kind) and not (
                mention.kind == "person" and _name_after_noun(para, clause.start, clause.end) == mention.start
            ):  # (送餐骑士 | 陈国荣说: a noun for what the person is)
                continue
            if mention.kind in ("anon", "anonref"):
                if cue.group(0) in _QUESTION_CUES and re.search("记者|媒体", mention.text) and not _OPENS_QUOTE.match(simp, cue.end()):
                    continue  # 有境外媒体记者问及…: a journalist's question is no source's statement (unless quoted: 华商报记者提问：“…？”)
                subject = self._anon_subject(para, mention, clause)
                if subject is None:
                    continue
            else:
                subject = self._resolve(mention)
                if mention.kind == "alias" and subject is not None and mention.key not in self.by_surname:
                    self.persons[subject[1]].aliases.append(para.text[mention.start : mention.end])
            kind = "pronoun" if mention.kind == "pronoun" else ("alias" if mention.kind in ("alias", "titleref") else "cue")
            cue_text = para.text[cue.start() : cue.end()]
            evidence = cue_text if kind == "cue" else f"{para.text[mention.start:mention.end]}{cue_text}"
            frame = re.match(r"\s*(?:而|另|但|不过)?(据|在|正如|诚如|如|用|按照)", simp[_clause_start(simp, cue.start()) : mention.start])
            if frame is not None and (frame.group(1) == "据" or cue.group(0) in _FRAME_PREFIX):
                at = _clause_start(simp, cue.start()) + frame.start(1)
                evidence = f"{para.text[at : at + len(frame.group(1))]}…{cue_text}"
            rest = simp[cue.end() :].lstrip(" 　")
            bare = not rest or rest[0] in SENTENCE_END
            clause_start = _clause_start(simp, cue.start())
            return _Event(para.index, cue.start(), cue.end(), subject, mention, evidence, CONFIDENCE[kind], clause_start, bare)
        return None

    def _left_ok(self, simp: str, start: int, position: int, kind: str) -> bool:
        left = simp[start:position]
        honorific = next((h for h in N.STATE_HONORIFICS if left.endswith(h) and len(left) > len(h)), None)
        if honorific is not None:
            left = left[: -len(honorific)]  # 秘书长拿督 | 刘国华
        if not left or left.isspace():
            return True
        if kind in ("pronoun", "anonref", "titleref"):
            return False
        if kind == "anon" and len(left) <= 4 and not any(_cues(left)):
            return True  # 同病房一名患者的家属: a short modifier of the description
        if kind == "anon" and len(left) <= 8 and not any(_cues(left)) and not any(ch in CLAUSE_BOUNDARY for ch in left) and (
            _PLACE_END.search(left) or _NEAR_PLACE.search(left)
        ):
            return True  # 患者住家附近 | 一名居民, 回民街 | 一名店主: where the unnamed source is
        core = _without_joint(left) or left
        core = core[:-2] if core.endswith("之一") and len(core) > 2 else core  # 创办人之一 | 李明: one of the founders
        return bool(
            N.ends_with_title(core) or N.ends_with_person_noun(core) or N.ends_with_org_suffix(core)
            or left.endswith(("的", "、", " ", "　", "及", "和", "与")) or (left[-1:].isascii() and left[-1:].isalnum())
            or re.search(r"[0-9０-９一二三四五六七八九十两]多?岁$", left) is not None  # 七十二岁陈姓阿嬷说
        )

    def _anon_subject(self, para: _Para, mention: _Mention, clause: _Clause) -> tuple[str, str] | None:
        if (para.index, mention.start) in self.anon_at:
            return ("anon", str(self.anon_at[(para.index, mention.start)]))
        if any(True for _ in _pseudonyms(mention.text)) or "姓" in mention.text:
            same = [i for i, a in enumerate(self.anons) if a.mention == mention.text]
            if same:
                return ("anon", str(same[-1]))  # 张某 (or 林姓业者) named again
        head = next((h for h in _ANON_HEADS if mention.text.endswith(h)), "人士")
        is_backref = mention.kind == "anonref" or (
            mention.text in _ANON_HEADS and any(a.head == head for a in self.anons)
        )
        if is_backref:
            for index in range(len(self.anons) - 1, -1, -1):
                if self.anons[index].head == head or head in ("人士", "人") or mention.text.endswith(self.anons[index].head):
                    return ("anon", str(index))
        if mention.text.startswith(("这位", "这名")):
            # 列车长吴丹丹…。这位“90后”姑娘说, 买房人张昊是…。这位35岁程序员告诉财新: the person just
            # introduced, unless an unnamed one was described since (一名退休女教师…。这名被害人).
            just_named = [
                who for index, position, who in self.introduced
                if (index == para.index - 1 or (index == para.index and position < mention.start))
                and not self._anonymous_between(index, position, para, mention.start)
            ]
            if just_named:
                return just_named[-1]
        if is_backref and self.anons:
            return ("anon", str(len(self.anons) - 1))
        # The description is the mention, with a short modifier before it (西部某地级市一家…负责人),
        # without 有/还有 (有业内人士透露 -> 业内人士).
        start = mention.start
        left = _tokens_over(para, clause.start, mention.start)
        if 0 < mention.start - clause.start <= 8 and not any(c in CLAUSE_BOUNDARY for c in para.simp[clause.start : mention.start]) and not any(
            flag.startswith("v") or para.simp[a:b] in _PERSONAL_PRONOUNS or para.simp[a:b] == "听" for a, b, flag in left
        ):  # (not 我曾听 | 一位…负责人: the one who heard it)
            start = clause.start
        description = para.text[start : mention.end]
        for opener in ("还有", "也有", "另有", "亦有", "有"):
            if simplified_copy(description).startswith(opener) and len(description) > len(opener) + 1:
                description = description[len(opener) :]
                break
        self.anons.append(_Anon(description, head, (para.index, mention.start), mention.text))
        self.anon_at[(para.index, mention.start)] = len(self.anons) - 1
        return ("anon", str(len(self.anons) - 1))

    def _anonymous_between(self, index: int, position: int, para: _Para, end: int) -> bool:
        """An unnamed person (一名退休女教师) is described between a named one and ``end``: a
        later 这名被害人 may be that one, not the named person."""
        if index == para.index:
            between = para.simp[position:end]
        else:
            between = self.paras[index].simp[position:] + para.simp[:end]
        return _ANON.search(between, 1) is not None

    # -- indirect statements ---------------------------------------------------------------
    def _indirect(self, para: _Para, event: _Event) -> None:
        if event.subject is None:
            return
        simp = para.simp
        start = event.cue_end
        while start < len(simp) and simp[start] in " 　，,：:":
            start += 1
        if simp[event.cue_start : event.cue_end] in ("告诉", "提醒", "回复", "表示称"):
            addressee = re.match(rf"{_NP}{{1,12}}?[，,：:]\s*", simp[start:])
            if addressee is not None:
                start += addressee.end()  # 告诉记者，… : the addressee is not the statement
        punctuated = start > event.cue_end
        quotes = [s for s in self.spans[para.index] if s.opened and _statement_like(simp, s)]
        if any(s.start - 1 == start for s in quotes):
            return  # X说：「…」 — the direct quote is the statement
        end = start
        relayed = simp[event.cue_start : event.cue_end] in _RELAY_CUES
        while end < len(simp) and simp[end] not in SENTENCE_END:
            quoted = next((s for s in quotes if s.start - 1 == end), None)
            if quoted is not None and relayed:
                end = min(quoted.end + 1 if quoted.closed else quoted.end, len(simp))
                break  # 她引述邻居X的话说：「…」: what she relays, with the words she quotes
            if quoted is not None:
                break
            end += 1
        content = simp[start:end].rstrip("，,；;：: 「『“") if not relayed else simp[start:end]
        first_clause = re.split(r"[，,；;]", content, maxsplit=1)[0]
        if not content:
            return
        cue = simp[event.cue_start : event.cue_end]
        if not punctuated and content.startswith(("了", "过")):
            return  # 分享了院内的评估方法, 强调了…的重要性: a cue with 了 takes a noun, not a statement
        plain = re.sub(r"[（(][^（）()]*[）)]|[「」『』“”‘’\"]", "", first_clause)
        if cue in _NOUN_OBJECT_CUES and not punctuated and len(plain) < 7 and not re.search(r"[：:]", simp[start:end]):
            return  # 提出申请, 介绍刚采摘的新茶, 提到了“智能体”（Agent）: an object, not a statement
        end = start + len(content)
        colon = re.match(rf"{_NP}{{1,6}}[：:]", simp[start:end])
        if colon is not None:
            start += colon.end()  # 提出反思：第一，… — the statement is what follows the colon
        self._add(event.subject, para, para.text[start:end], "indirect", event.evidence, event.confidence, start, end)

    # -- direct quotes ---------------------------------------------------------------------
    def _quotes(self, para: _Para, events: list[_Event], open_speaker, previous_last, label_speaker, *, answer_from: int | None = None):
        """Attribute the paragraph's quotations; return (open quote's speaker, last speaker).

        ``answer_from``: where a label line's answer (张三：…) starts; a quotation inside it whose
        own speaker we cannot read is the labelled speaker quoting someone, not a quote of its own.
        """
        simp = para.simp
        last_speaker = None
        for event in events:
            if event.subject is not None:
                last_speaker = event.subject
        open_after: tuple[str, str] | bool | None = False
        spans = self.spans[para.index]
        for number, span in enumerate(spans):
            if not _statement_like(simp, span) and not self._attached(para, span, events):
                continue
            if simp[span.start : span.end] in self.nicknames and re.search("[叫称喊做作为][他她]?$", simp[: max(span.start - 1, 0)]):
                continue  # 管王志刚叫“大刚”: a name in quotation marks, nobody's words
            speaker, evidence, confidence = self._quote_speaker(para, span, number, events, open_speaker, previous_last, label_speaker)
            text = para.text[span.start : span.end].strip()
            if speaker is None and answer_from is not None and span.start >= answer_from:
                pass  # nested in the labelled answer, already the labelled speaker's words
            elif speaker is None:
                previous = self._unclosed_unattributed
                if previous is not None and previous[0] == para.index - 1 and not simp[: max(span.start - 1, 0)].strip():
                    reason = previous[1]  # the same quotation, continued in this paragraph
                else:
                    reason = unattributed_reason(simp, span, self.paras[para.index - 1].simp if para.index > 0 else "")
                self.unattributed.append(Quote(text=text, kind="direct", paragraph=para.id, line=para.line, evidence=reason, confidence=0.0, start=span.start, end=span.end))
                self._unclosed_unattributed = None if span.closed else (para.index, reason)
            else:
                self._add(speaker, para, text, "direct", evidence, confidence, span.start, span.end)
                last_speaker = speaker if label_speaker is None or speaker != label_speaker else last_speaker
            if not span.closed:
                open_after = speaker
        return open_after, last_speaker

    def _attached(self, para: _Para, span: _Span, events: list[_Event]) -> bool:
        return self._after_close(para, span, events) is not None or self._before_open(para, span, events) is not None

    def _after_close(self, para: _Para, span: _Span, events: list[_Event]) -> _Event | None:
        if not span.closed:
            return None
        close = span.end + 1
        skip = close
        while skip < len(para.simp) and para.simp[skip] in "，, 。　":
            skip += 1
        for event in events:
            if event.subject is not None and close <= event.clause_start <= skip:
                # 「…」X说, 「…」，某机构首席经济学家X表示，…
                if skip == close and event.mention.start > close and not _statement_like(para.simp, span):
                    continue  # 公司「观澜艺术」总监王大明表示: the quote names the company
                return event
        return None

    def _bare_after(self, para: _Para, span: _Span, events: list[_Event]) -> _Event | None:
        """「…」(other words)。X说。 — a cue with nothing after it refers to the quote before it."""
        if not span.closed:
            return None
        later = [s for s in self.spans[para.index] if s.start > span.end]
        for event in events:
            if event.subject is not None and event.bare and event.cue_start > span.end:
                if any(s.start < event.cue_start for s in later):
                    return None
                return event
        return None

    def _before_open(self, para: _Para, span: _Span, events: list[_Event]) -> _Event | None:
        if not span.opened:
            return None
        opener = span.start - 1
        for event in events:
            if event.subject is None or event.cue_end > opener:
                continue
            gap = para.simp[event.cue_end : opener]
            if re.fullmatch(r"[\s，,：:]*", gap):
                return event
        return None

    def _quote_speaker(self, para: _Para, span: _Span, number: int, events: list[_Event], open_speaker, previous_last, label_speaker):
        after = self._after_close(para, span, events)
        if after is not None and re.match(r"\s*[：:]\s*[「“『]", para.simp[after.cue_end :]) and self._before_open(para, span, events) is not None:
            after = None  # 江仁豪追问：「…？」叶昭宏回答：「…」: that cue opens the next quote
        if (
            after is not None and para.simp[span.end - 1 : span.end] in SENTENCE_END and re.match(r"\s*[，,]", para.simp[after.cue_end :])
            and self._before_open(para, span, events) is not None
        ):
            after = None  # X写道：“…。”多名熟客也说，…: a finished quotation, then another's own words
        if (
            after is not None and para.simp[span.end - 1 : span.end] in SENTENCE_END and re.match(r"\s*[，,]", para.simp[after.cue_end :])
            and re.match(r"[\s，,]*(?:亦有|也有|另有|还有)", para.simp[span.end + 1 : after.mention.end])
        ):
            after = None  # 「…。」亦有商户认为，…: a finished quotation, then other people's own view
        if after is not None and span.opened and _asked_before(para.simp, span.start - 1):
            after = None  # 记者问：“…？”陈局长说，…: the question is the asker's, not the one who answers
        if after is not None:
            return after.subject, f"「…」{para.text[after.mention.start:after.mention.end]}{para.text[after.cue_start:after.cue_end]}", after.confidence
        before = self._before_open(para, span, events)
        if before is not None:
            return before.subject, f"{para.text[before.mention.start:before.mention.end]}{para.text[before.cue_start:before.cue_end]}：「…」", before.confidence
        bare = self._bare_after(para, span, events)
        if bare is not None:
            return bare.subject, f"「…」{para.text[bare.mention.start:bare.mention.end]}{para.text[bare.cue_start:bare.cue_end]}", bare.confidence * 0.9
        colon = _PRONOUN_COLON.search(para.simp, 0, span.start) if span.opened and not events else None
        if colon is not None:
            # 说到士多结业，她红了眼眶：「…」: a clause of 他/她 with no speech verb introduces it.
            at = colon.start("pronoun")
            subject = self._resolve(_Mention(at, at + 1, "pronoun", _PRONOUNS[para.simp[at]], para.simp[at]))
            if subject is not None:
                return subject, f"{para.text[at : colon.end() - 1]}「…」", CONFIDENCE["beside"] * 0.9
        named = self._named_colon_subject(para, span) if span.opened and not events else None
        if named is not None:
            # …的张秀兰听说涨工资后很高兴：“…”: the sentence's named subject, no speech verb
            subject, mention = named
            return subject, f"{para.text[mention.start : mention.end]}…：「…」", CONFIDENCE["beside"] * 0.9
        if label_speaker is not None:
            return label_speaker, "label line", CONFIDENCE["label"]
        earlier = [e for e in events if e.subject is not None and e.cue_end <= span.start]
        if earlier:
            return earlier[-1].subject, f"same paragraph as {para.text[earlier[-1].mention.start:earlier[-1].mention.end]}{para.text[earlier[-1].cue_start:earlier[-1].cue_end]}", CONFIDENCE["paragraph"]
        starts_paragraph = not para.simp[: max(span.start - 1, 0)].strip()
        resolved = {e.cue_start for e in events if e.subject is not None}
        # (a finished sentence in the quote, then 不过他也常提醒…: a cue after a word that opens
        # the next sentence is that sentence's)
        finished = para.simp[span.end - 1 : span.end] in SENTENCE_END
        reach = span.end if finished and _NEXT_SENTENCE.match(para.simp, span.end + 1) else len(para.simp)
        unresolved_cue = any(
            span.end <= c.start() < reach and c.start() not in resolved for c in _cues(para.simp) if not _inside(self.spans[para.index], c.start())
        )
        if unresolved_cue:
            return None, "", 0.0  # a speech cue we could not resolve: do not guess
        opener_cue = span.opened and any(
            re.fullmatch(r"[\s，,：:]*", para.simp[c.end() : span.start - 1]) for c in _cues(para.simp) if c.end() <= span.start - 1
        )
        # (一个孩子…说：「…」 names a speaker we could not resolve; a cue after the quote, 不过他也
        #常提醒学生, is the next sentence's)
        if not any(e.cue_start < span.start for e in events) and not opener_cue:
            subject = self._sentence_subject_beside(para, span, look_after=not events)
            if subject is not None:
                return subject, "beside its speaker's sentence", CONFIDENCE["beside"]
            subject = self._pronoun_sentence_before(para, span, previous_last)
            if subject is not None:
                return subject, "beside its speaker's sentence (他/她)", CONFIDENCE["beside"] * 0.9
        if number == 0 and starts_paragraph and open_speaker is not False:
            if open_speaker is None:
                return None, "", 0.0
            return open_speaker, "continued quote", CONFIDENCE["continued"]
        if number == 0 and starts_paragraph and previous_last is not None and not events and not _HEARSAY.search(para.simp, span.end):
            return previous_last, "follows the speaker's statement", CONFIDENCE["follows"]
        return None, "", 0.0

    def _named_colon_subject(self, para: _Para, span: _Span) -> tuple[tuple[str, str], _Mention] | None:
        """The one person named in a sentence that ends in a colon right before a quotation
        (…的张秀兰听说涨工资的消息后很高兴：“…”), opening it or right after its description."""
        simp = para.simp
        opener = span.start - 1
        if opener < 1 or not _colon_before(simp, opener):
            return None
        sentence_start = max(simp.rfind(mark, 0, opener) for mark in SENTENCE_END) + 1
        mentions = [m for m in self._mentions(para) if sentence_start <= m.start < opener - 1 and m.kind == "person"]
        if len({m.key for m in mentions}) != 1:
            return None
        mention = mentions[0]
        if any(_cues(simp[mention.end : opener])) or simp[mention.end : mention.end + 1] in ("：", ":"):
            return None  # (张桂兰：…一个孩子…说：“…”: a speech verb we could not resolve, or a label)
        left = simp[sentence_start : mention.start].strip(" 　")
        if left and not left.endswith("的") and not N.ends_with_title(left) and not N.ends_with_person_noun(left):
            return None  # (the name is no subject: 记者问王某：…)
        subject = self._resolve(mention)
        return (subject, mention) if subject is not None else None

    def _pronoun_sentence_before(self, para: _Para, span: _Span, previous_last: tuple[str, str] | None) -> tuple[str, str] | None:
        """不过，有些事情他不打算改。「…」: a quote opening a sentence right after one whose last
        clause has 他/她 near its start is that person's, resolved like any pronoun."""
        simp = para.simp
        opener = span.start - 1
        if not span.opened or opener < 1 or simp[opener - 1] not in SENTENCE_END + "，,":
            return None
        sentence_start = max((simp.rfind(mark, 0, opener - 1) for mark in SENTENCE_END), default=-1) + 1
        clause_start = max(sentence_start, max(simp.rfind(mark, 0, opener - 1) for mark in "，,；;：:") + 1)
        if _inside(self.spans[para.index], clause_start) or any(mark in simp[sentence_start:opener] for mark in "「」“”『』"):
            return None
        # The pronoun opens the last clause, or the sentence itself (他发现，…河道。「…」; 他在台中
        # 长大，大学毕业后出国，「…」: a quote going on with that sentence).
        last_clause = _PRONOUN_NEAR_START.match(simp, clause_start, clause_start + 6) if simp[opener - 1] in SENTENCE_END else None
        subject = _PRONOUN_OPENS_SENTENCE.match(simp, sentence_start)  # (not 问他会不会…: 他 is asked)
        if last_clause is None and subject is None:
            return None
        at = last_clause.start(1) if last_clause is not None else subject.start(1)
        if simp[at + 1 : at + 2] in _NOT_PRONOUN_AFTER or (at > 0 and simp[at - 1] in _NOT_PRONOUN_BEFORE):
            return None
        saved = self.last_subject
        self.last_subject = saved or previous_last  # the paragraph has no subject yet: the last speaker
        try:
            return self._resolve(_Mention(at, at + 1, "pronoun", _PRONOUNS[simp[at]], simp[at]))
        finally:
            self.last_subject = saved

    def _sentence_subject_beside(self, para: _Para, span: _Span, *, look_after: bool = True) -> tuple[str, str] | None:
        """A quote right after a sentence whose subject is a named person (X对表现给予肯定。「…」)
        or, in a paragraph without speech cues (``look_after``), right before one (「…」家住…的
        王阿姨今年72岁; not 「…」对此，黄丽珠说: an answer to it)."""
        simp = para.simp
        here = [(position, person) for index, position, person in self.introduced if index == para.index]
        before = [person for position, person in here if position < span.start]
        if before:
            return before[-1]
        if span.closed and look_after:
            after = [(position, person) for position, person in here if position > span.end]
            if after:
                position, person = after[0]
                gap = simp[span.end + 1 : position]
                # The next sentence's subject, after its time and place (「…」6月3日，在…讲座上，主任医师
                # X一开口), not someone in a later clause (「…」会场外展出了照片，不少与会者在照片前驻足).
                settings = re.split(r"[，,；;]", gap)[:-1]
                if (
                    not any(mark in gap for mark in SENTENCE_END + "「“『")
                    and all(_SETTING_CLAUSE.match(clause) and "了" not in clause for clause in settings)
                    and not any(s.start > span.end and s.start < position for s in self.spans[para.index])
                ):
                    return person
        return None

    # -- output ----------------------------------------------------------------------------
    def _add(self, subject: tuple[str, str], para: _Para, text: str, kind: QuoteKind, evidence: str, confidence: float, start: int, end: int) -> None:
        # Trim the span to the words themselves (no surrounding spaces).
        while start < end and para.text[start].isspace():
            start += 1
        while end > start and para.text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        quote = Quote(text=para.text[start:end], kind=kind, paragraph=para.id, line=para.line, evidence=evidence, confidence=confidence, start=start, end=end)
        bucket = self.quotes.setdefault(subject, [])
        if any(q.paragraph == quote.paragraph and q.start == quote.start and q.end == quote.end for q in bucket):
            return
        bucket.append(quote)

    def _people(self) -> People:
        order = {p.id: p.index for p in self.paras}

        def ordered(quotes: list[Quote]) -> tuple[Quote, ...]:
            return tuple(sorted(quotes, key=lambda q: (order[q.paragraph], q.start, q.end)))

        speakers: list[tuple[tuple[int, int], Speaker]] = []
        used_ids: set[str] = set()
        for (kind, key), quotes in self.quotes.items():
            if kind != "person" or not quotes:
                continue
            person = self.persons[key]
            quotes_in_order = ordered(quotes)
            first = (order[quotes_in_order[0].paragraph], quotes_in_order[0].start)
            speakers.append((first, self._speaker(person, quotes_in_order)))
        speakers.sort(key=lambda item: item[0])
        out: list[Speaker] = []
        for _, speaker in speakers:
            slug = speaker.id
            n = 2
            while slug in used_ids:
                slug = f"{speaker.id}-{n}"
                n += 1
            used_ids.add(slug)
            out.append(replace(speaker, id=slug))
        anonymous = [
            AnonymousSource(description=self.anons[int(key)].description, quotes=ordered(quotes))
            for (kind, key), quotes in sorted(self.quotes.items(), key=lambda item: self._first(item[1], order))
            if kind == "anon" and quotes
        ]
        return People(speakers=tuple(out), anonymous_sources=tuple(anonymous), unattributed_quotes=ordered(self.unattributed))

    @staticmethod
    def _first(quotes: list[Quote], order: dict[str, int]) -> tuple[int, int]:
        return min((order[q.paragraph], q.start) for q in quotes)

    def _speaker(self, person: _Person, quotes: tuple[Quote, ...]) -> Speaker:
        return Speaker(
            id=N.name_slug(person.name, latin_name=person.latin),
            name=person.name,
            aliases=tuple(dict.fromkeys(a for a in person.aliases if a != person.name)),
            latin_name=person.latin,
            org=person.org,
            title=person.title,
            quotes=quotes,
        )


def _bracketed(simp: str, start: int, before: int) -> bool:
    """True when ``simp[start]`` is inside brackets that close before ``before``."""
    opened = max(simp.rfind("（", 0, start), simp.rfind("(", 0, start))
    if opened < 0 or max(simp.rfind("）", opened, start), simp.rfind(")", opened, start)) >= 0:
        return False
    closing = [i for i in (simp.find("）", start, before), simp.find(")", start, before)) if i >= 0]
    return bool(closing)


_PLURAL_GROUP = re.compile(r"^(?:不少|多名|多位|许多|一些|部分|很多|众多|大批|有些|多数|大部分|诸多|数名|数位|几名|几位|[两三四五六七八九十]+[名位])|们")
def _asked_before(simp: str, opener: int) -> bool:
    """A question cue and its colon lead straight into the quotation opening at ``opener``."""
    return any(c.group(0) in _QUESTION_CUES and re.fullmatch(r"\s*[：:]\s*", simp[c.end() : opener]) for c in _cues(simp) if c.end() <= opener)


_QUESTION_CUES = frozenset(["问", "提问", "问及", "追问", "质问", "问道", "反问", "询问", "质询"])
_OPENS_QUOTE = re.compile(r"\s*[，,：:]?\s*[「『“‘]")


def _stands_in(simp: str, mentions: list[_Mention], mention: _Mention, clause: _Clause) -> bool:
    """蔡慧敏昨天代表人力部长黄振国出席论坛时说: the person standing in for another is the subject
    (the words around the one represented are a time and a circumstance)."""
    for other in mentions:
        if other.kind != "person" or not mention.end <= other.start < clause.end:
            continue
        stand = _STANDS_IN_FOR.search(simp, mention.end, other.start)
        if stand is not None and _GAP.fullmatch(simp, mention.end, stand.start()) and _GAP.fullmatch(simp, other.end, clause.end):
            return True
    return False


# A clause that only sets the time or place of the sentence after it (6月3日，在…讲座上，).
_SETTING_CLAUSE = re.compile(
    r"\s*(?:[0-9０-９一二三四五六七八九十]+[月日年号]|[今昨前本上下当在于从每周]|日前|近日|早前|星期|礼拜|清晨|凌晨|傍晚|深夜|中午|晚上|早上)"
)
_ADVERBIAL_CLAUSE = re.compile(r"(?:以|用|就|针对|对于|谈到|谈及|谈起|面对|结合|回顾|通过|根据|引用|援引|借|站在)(?![\s，,])")
"""A clause that opens with how or about what (以自己的学校为例): it has no subject of its own."""


def _serial_predicate(para: _Para, mentions: list[_Mention], mention: _Mention, clause: _Clause, cue: re.Match[str]) -> bool:
    """陈韵如并拿出资料质问，「…」: the person who opens a clause does something, then speaks
    the quote that follows. Only before an opening quote, with nobody else named between, and
    not 陈韵如的助理 (a possessive: someone else speaks)."""
    simp = para.simp
    between = simp[mention.end : clause.end]
    citing = _CITING.match(between) is not None
    return (
        mention.kind in ("person", "alias", "pronoun")
        and (mention.start == clause.start or (citing and mention.kind == "person" and _titled_before(simp, clause.start, mention.start)))
        and 0 < len(between) <= 20
        and between[0] not in "的之"
        and (_OPENS_QUOTE.match(simp, cue.end()) is not None or citing)
        and not any(mention.end <= other.start < clause.end for other in mentions)
        and not any(_cues(between))
    )


_CITING = re.compile(r"(?:[再也又亦则还]|随即|随后)?(?:引用|援引|引述|根据|结合|拿出|展示|翻开|举出|列举|对照|援用)")
"""Presenting evidence before speaking: 教授麦志远引用其团队的研究指出 (the professor speaks)."""


def _titled_before(simp: str, start: int, position: int) -> bool:
    """The clause before a name is its title or organisation (港大金融学教授 | 麦志远)."""
    before = simp[start:position]
    return bool(before) and bool(N.ends_with_title(before) or N.ends_with_org_suffix(before))


def _sentence_starts(simp: str, start: int, end: int) -> Iterable[int]:
    """Positions in ``[start, end)`` where a sentence starts (after connectives and spaces)."""
    for position in range(start, end):
        if position == 0 or simp[position - 1] in SENTENCE_END:
            first, _ = _strip_connectives(simp, position, end)
            while first < end and simp[first] in " 　「『“":
                first += 1
            yield first


def _is_credit_line(simp: str) -> bool:
    """（整理：记者黄静宜）, （编辑：张芳瑜）: a credit, not a statement."""
    stripped = simp.strip()
    return bool(re.fullmatch(r"[（(][^（）()]{0,40}[）)]", stripped)) and bool(re.search(r"记者|编辑|整理|摄影|来源|报道", stripped))


# --- curation -----------------------------------------------------------------------------

from .speaker_curation import Curation, curate  # noqa: E402  (the curation step is its own module)


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Start offsets of ``word`` in ``text`` (non-overlapping, as ``re.finditer`` would give),
    without compiling a pattern per name: names are many, the regex cache is small."""
    start = text.find(word)
    while start >= 0 and word:
        yield start
        start = text.find(word, start + len(word))
