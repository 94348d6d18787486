"""Rebuild flawed/*.txt: clean articles with realistic flaws injected (each edit must apply once).

The expectations (flawed/*.expected) are written by hand, by reading the result; this script
only makes the injected text reproducible. Run: python tests/eval/findings/make_flawed.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (clean source, [(old, new), ...]); a None old means "duplicate this paragraph".
EDITS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "trad-ai-forum-damaged": (
        "trad-tw-ai-forum",
        [
            ("比去年成長近三成，", "比去年成長近三成，比去年成長近三成，"),
            ("「先把資料整理好，往往比買更多GPU重要」。", "「先把資料整理好，往往比買更多GPU重要。"),
            ("才決定是否採購商業API或自建推論伺服器。", "才決定是否採購商業"),
            ("經驗很難留在公司裡", "经驗很難留在公司裡"),
            ("系統只是幫忙查資料", "係統只是幫忙查資料"),
            ("大型語言模型（LLM）", "大型語言模型（LLMLMLM）"),
        ],
    ),
    "trad-culture-damaged": (
        "trad-tw-culture-feature",
        [
            ("今天的滷蛋特別入味喔！」", "今天的滷蛋特別入味喔！”"),
            ("手腳卻比年輕人還俐落。", "手腳卻比年輕人還俐落，店裡總是打掃得幹乾淨淨。"),
            ("吃完一碗麵就趕著去上工，", "吃完一碗麵就趕著去上工，那時候客人多半是附近的工人，"),
            ("「看看媽媽每天這樣做了五十年，我實在沒有資格喊累」。", ""),
            ("地方文史工作者林文雄表示", "地方文史工作者林文雄后來表示"),
            ("頭髮全白", "頭發全白"),
        ],
    ),
    "trad-hk-markets-damaged": (
        "trad-hk-markets",
        [
            ("其中騰訊控股（00700）", "其中腾讯控股（00700）"),
            ("「現時大市缺乏方向，", "現時大市缺乏方向，"),
            ("投資者普遍在美國聯儲局周三議息前減持風險資產", "投資者為瞭避險，普遍在美國聯儲局周三議息前減持風險資產"),
            ("「一步一步試探底部」，短期波動難免。", "「一步一步試探底部」，短期"),
            (None, "與大市走勢相反，部分內房股今日造好。"),
        ],
    ),
    "trad-baseball-damaged": (
        "trad-tw-baseball",
        [
            ("送出9次三振，", "送出9次三振、送出9次三振，"),
            ("大谷翔平（Shohei Ohtani）", "大谷翔平（Shohei Ohtanitanitani）"),
            ("「復古球衣日」活動", "「復古球衣日」」活動"),
            ("他說：「我們會慢慢調整，年輕球員需要時間。」", "他說：「我們會慢慢調整，年輕球員"),
            ("台灣旅美投手", "台湾旅美投手"),
        ],
    ),
    "trad-policy-damaged": (
        "trad-tw-policy",
        [
            ("「長期照顧十年計畫3.0」草案", "「長期照顧十年計畫3.0』草案"),
            ("對於經費來源", "對于經費來源"),
            ("建立出院準備與長照服務", "建立出院准備與長照服務"),
            ("照顧者津貼是團體爭取多年的目標，「雖然是試辦，但總算踏出第一步」。", "照顧者津貼是團體爭取多年的目標"),
            ("相關配套措施預計在年底前發布", "相關配套措施預計在年底前發布，这些措施將一併檢討"),
        ],
    ),
    "simp-xinhua-damaged": (
        "simp-xinhua-ev",
        [
            ("新能源汽车已经从政策驱动", "新能源汽车已經从政策驱动"),
            ("“这个过程不会一帆风顺", "这个过程不会一帆风顺"),
            ("全国充电基础设施累计数量达到1281.8万台，同比增长49.1%。", "全国充电基础设施累计数量达到"),
            ("其中新能源汽车销量有望达到1600万辆", "其中新能源汽车销量有望达到其中新能源汽车销量有望达到1600万辆"),
            ("价格战对企业利润的挤压不容忽视", "價格战对企业利润的挤压不容忽视"),
        ],
    ),
    "simp-finance-damaged": (
        "simp-finance-consumption",
        [
            ("”著名经济学家", "”着名经济学家"),
            ("乾隆时期的文物特展，展览覆盖书画", "干隆时期的文物特展，展览复盖书画"),
            ("“消费在慢慢恢复", "“消費在慢慢恢复"),
            ("全年社会消费品零售总额增速有望达到5%左右。", "全年社会消费品零售总额增速有望达到"),
            ("国家统计局近日公布的数据显示，", "国家统计局近日公布的数据显示（初步核算，"),
        ],
    ),
    "simp-tech-damaged": (
        "simp-tech-models",
        [
            ("DeepSeek-R1在发布后一周内", "DeepSeekeek-R1在发布后一周内"),
            ("每百万tokens输入", "每百万tOkEnS输入"),
            ("以及直接编写PTX代码来提高GPU利用率。", "以及直接编写PTX代码来提高GPU利用率、多头潜在注意力（MLA）、FP8混合精度训练，以及直接编写PTX代码来提高GPU利用率。"),
            ("跑出接近o1水平的结果。”", "跑出接近o1水平的结果。"),
            ("开源社区的反应相当热烈", "开源社区的反应相當熱烈"),
        ],
    ),
}


def main() -> None:
    (HERE / "flawed").mkdir(exist_ok=True)
    for name, (source, edits) in EDITS.items():
        text = (HERE / "clean" / f"{source}.txt").read_text(encoding="utf-8")
        for old, new in edits:
            if old is None:
                assert text.count(new) == 1, (name, new)
                line = next(line for line in text.splitlines() if line.startswith(new))
                text = text.replace(line + "\n", line + "\n" + line + "\n")
                continue
            assert text.count(old) == 1, (name, old)
            text = text.replace(old, new)
        (HERE / "flawed" / f"{name}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
