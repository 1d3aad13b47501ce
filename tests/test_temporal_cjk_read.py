"""The unspaced-script reader, rule by rule: what each reads, and the false alarms it must not.

The document date is Tuesday 20 January 2026 (``found_2026``), a Wednesday is the 14th.
"""

# ruff: noqa: RUF001 - full-width digits and signs are the point of some cases

from __future__ import annotations

import pytest

from mentions import TUESDAY, found_2026
from timeline import TimexType, find_dates

Case = tuple[str, list[tuple[str, str]]]

EXPLICIT_ZH: list[Case] = [
    ("2026年1月14日，外交部表示", [("2026年1月14日", "2026-01-14")]),
    ("２０２６年１月１４日", [("２０２６年１月１４日", "2026-01-14")]),
    ("二〇二六年一月十四日", [("二〇二六年一月十四日", "2026-01-14")]),
    ("二零二五年十二月三十一日", [("二零二五年十二月三十一日", "2025-12-31")]),
    ("2026年1月", [("2026年1月", "2026-01")]),
    ("1月14日", [("1月14日", "2026-01-14")]),
    ("一月十四日", [("一月十四日", "2026-01-14")]),
    ("十二月", [("十二月", "2025-12")]),
    ("一月份", [("一月份", "2026-01")]),
    ("2026年", [("2026年", "2026")]),
    ("发言人14日表示", [("14日", "2026-01-14")]),
    ("1月14号", [("1月14号", "2026-01-14")]),
    ("2026/1/14", [("2026/1/14", "2026-01-14")]),
    ("2026-01-14", [("2026-01-14", "2026-01-14")]),
    ("2026.1.14", [("2026.1.14", "2026-01-14")]),
    ("民国115年", [("民国115年", "2026")]),
    ("2026年1月14日（星期三）", [("2026年1月14日（星期三）", "2026-01-14")]),
    ("1月14日周三", [("1月14日周三", "2026-01-14")]),
    ("2025年底", [("2025年底", "2025")]),
    ("今年上半年", [("今年上半年", "2026-H1")]),
    ("1月中旬", [("1月中旬", "2026-01")]),
]

NOT_DATES_ZH = [
    "日本政府",  # 日 without a number
    "年年有余",  # 年 alone
    "周恩来总理",  # 周 the surname
    "他花了3日元",  # money: 3 yen
    "三点建议",  # three points, not three o'clock
    "第三天",  # an ordinal day
    "3年级学生",  # a school year
    "十周年纪念",  # an anniversary
    "房子四周的墙",  # all around
    "今日头条报道",  # a company
    "后天性疾病",  # acquired, not the day after tomorrow
    "一日三餐",  # one day (three meals)
    "1日3次",  # a rate: three times a day
    "3个人",
    "2.5天",  # a decimal count is not read from its last digit
]


@pytest.mark.parametrize(("text", "expected"), EXPLICIT_ZH)
def test_reads_explicit_chinese_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found_2026(text, "zh") == expected


@pytest.mark.parametrize("text", NOT_DATES_ZH)
def test_ordinary_chinese_words_are_no_dates(text: str) -> None:
    assert found_2026(text, "zh") == []


def test_a_year_before_qian_is_that_year_not_a_count() -> None:
    """'2030年前实现' is 'by 2030': the year, 前 left out as a signal."""
    assert found_2026("2030年前实现碳达峰", "zh") == [("2030年", "2030")]


def test_one_month_is_a_duration_and_january_a_month() -> None:
    assert found_2026("一个月", "zh") == [("一个月", "P1M")]
    assert found_2026("一月", "zh") == [("一月", "2026-01")]


def test_a_year_then_china_keeps_only_the_year() -> None:
    """'2025年中国经济': 中 is China here, not mid-year."""
    assert found_2026("2025年中国经济", "zh") == [("2025年", "2025")]


def test_a_part_of_the_year_is_a_mod() -> None:
    [mention] = find_dates("2025年底", reference=TUESDAY, lang="zh")
    assert (mention.value, mention.mod) == ("2025", "END")


RELATIVE_ZH: list[Case] = [
    ("今天", [("今天", "2026-01-20")]),
    ("昨天", [("昨天", "2026-01-19")]),
    ("明天", [("明天", "2026-01-21")]),
    ("前天", [("前天", "2026-01-18")]),
    ("后天", [("后天", "2026-01-22")]),
    ("後天", [("後天", "2026-01-22")]),
    ("今日", [("今日", "2026-01-20")]),
    ("上周三", [("上周三", "2026-01-14")]),
    ("下周一", [("下周一", "2026-01-26")]),
    ("上週三", [("上週三", "2026-01-14")]),
    ("周三", [("周三", "2026-01-14")]),
    ("星期三", [("星期三", "2026-01-14")]),
    ("本周", [("本周", "2026-W04")]),
    ("上周", [("上周", "2026-W03")]),
    ("去年", [("去年", "2025")]),
    ("今年", [("今年", "2026")]),
    ("明年", [("明年", "2027")]),
    ("上个月", [("上个月", "2025-12")]),
    ("下個月", [("下個月", "2026-02")]),
    ("3天前", [("3天前", "2026-01-17")]),
    ("三天后", [("三天后", "2026-01-23")]),
    ("两周前", [("两周前", "2026-W02")]),
    ("三个月前", [("三个月前", "2025-10")]),
    ("100年前", [("100年前", "1926")]),
    ("几天前", [("几天前", "PAST_REF")]),
    ("这个周末", [("这个周末", "2026-W04-WE")]),
    ("本月底", [("本月底", "2026-01")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_ZH)
def test_reads_chinese_dates_relative_to_the_reference(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found_2026(text, "zh") == expected


def test_next_day_counts_from_the_date_told_before() -> None:
    assert found_2026("1月5日抵达，次日离开", "zh") == [
        ("1月5日", "2026-01-05"),
        ("次日", "2026-01-06"),
    ]


TIMES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("zh", "下午3点", [("下午3点", "2026-01-20T15:00")]),
    ("zh", "15时30分", [("15时30分", "2026-01-20T15:30")]),
    ("zh", "晚上8点半", [("晚上8点半", "2026-01-20T20:30")]),
    ("zh", "14:30", [("14:30", "2026-01-20T14:30")]),
    ("zh", "明天下午3点", [("明天下午3点", "2026-01-21T15:00")]),
    ("zh", "昨天上午", [("昨天上午", "2026-01-19TMO")]),
    ("zh", "14日晚", [("14日晚", "2026-01-14TEV")]),
    ("ja", "午後3時", [("午後3時", "2026-01-20T15:00")]),
    ("ja", "15時", [("15時", "2026-01-20T15:00")]),
    ("ja", "今朝", [("今朝", "2026-01-20TMO")]),
    ("ko", "오후 3시", [("오후 3시", "2026-01-20T15:00")]),
    ("ko", "오전 10시 30분", [("오전 10시 30분", "2026-01-20T10:30")]),
    ("ko", "1월 14일 오후 3시", [("1월 14일 오후 3시", "2026-01-14T15:00")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TIMES)
def test_reads_times(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found_2026(text, lang) == expected


def test_a_zone_written_before_a_time_places_it_in_that_zone() -> None:
    [mention] = find_dates("北京时间下午3点", reference=TUESDAY, lang="zh")
    assert mention.type is TimexType.TIME
    assert mention.span is not None
    assert mention.span.start_time is not None
    assert mention.span.start_time.utcoffset() is not None
    assert mention.span.start_time.utcoffset().total_seconds() == 8 * 3600  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "text"), [("zh", "三点"), ("ja", "時代"), ("ko", "3시즌"), ("zh", "25点")]
)
def test_no_time_without_its_marks(lang: str, text: str) -> None:
    assert found_2026(text, lang) == []


DURATIONS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("zh", "三天", [("三天", "P3D")]),
    ("zh", "两个月", [("两个月", "P2M")]),
    ("zh", "3小时", [("3小时", "PT3H")]),
    ("zh", "十多天", [("十多天", "PXD")]),
    ("ja", "3日間", [("3日間", "P3D")]),
    ("ja", "2週間", [("2週間", "P2W")]),
    ("ja", "3時間", [("3時間", "PT3H")]),
    ("ko", "3일 동안", [("3일", "P3D")]),
    ("ko", "3년간", [("3년간", "P3Y")]),
    ("ko", "두 시간", [("두 시간", "PT2H")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DURATIONS)
def test_reads_durations(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found_2026(text, lang) == expected
    assert {m.type for m in find_dates(text, reference=TUESDAY, lang=lang)} == {TimexType.DURATION}


@pytest.mark.parametrize(("lang", "text"), [("ja", "3年ぶり"), ("ja", "3年生"), ("ko", "3주")])
def test_ambiguous_counts_are_no_durations(lang: str, text: str) -> None:
    """'3年ぶり' (for the first time in 3 years), a third-year pupil, 3 shares (or weeks)."""
    assert found_2026(text, lang) == []


SETS: list[tuple[str, str, str]] = [
    ("zh", "每周三", "XXXX-WXX-3"),
    ("zh", "每天", "P1D"),
    ("ja", "毎週水曜日", "XXXX-WXX-3"),
    ("ko", "매년", "P1Y"),
]


@pytest.mark.parametrize(("lang", "text", "value"), SETS)
def test_reads_sets(lang: str, text: str, value: str) -> None:
    [mention] = find_dates(text, reference=TUESDAY, lang=lang)
    assert (mention.text, mention.type, mention.value) == (text, TimexType.SET, value)


JAPANESE: list[Case] = [
    ("日本政府は14日、発表した", [("14日", "2026-01-14")]),
    ("令和8年1月14日", [("令和8年1月14日", "2026-01-14")]),
    ("令和元年5月1日", [("令和元年5月1日", "2019-05-01")]),
    ("平成31年4月30日", [("平成31年4月30日", "2019-04-30")]),
    ("昭和64年", [("昭和64年", "1989")]),
    ("2026年1月14日(水)", [("2026年1月14日(水)", "2026-01-14")]),
    ("3日前", [("3日前", "2026-01-17")]),
    ("3日後", [("3日後", "2026-01-23")]),
    ("3か月後", [("3か月後", "2026-04")]),
    ("水曜日", [("水曜日", "2026-01-14")]),
    ("来週の月曜日", [("来週の月曜日", "2026-01-26")]),
    ("昨日", [("昨日", "2026-01-19")]),
    ("明日", [("明日", "2026-01-21")]),
    ("昨年", [("昨年", "2025")]),
    ("先月", [("先月", "2025-12")]),
    ("前日", [("前日", "2026-01-19")]),
    ("2025年末", [("2025年末", "2025")]),
]


@pytest.mark.parametrize(("text", "expected"), JAPANESE)
def test_reads_japanese(text: str, expected: list[tuple[str, str]]) -> None:
    assert found_2026(text, "ja") == expected


@pytest.mark.parametrize("text", ["明日香さん", "日本", "3分の1", "年末年始"])
def test_japanese_names_and_words_are_no_dates(text: str) -> None:
    assert found_2026(text, "ja") == []


KOREAN: list[Case] = [
    ("2026년 1월 14일", [("2026년 1월 14일", "2026-01-14")]),
    ("1월 14일", [("1월 14일", "2026-01-14")]),
    ("지난 14일", [("14일", "2026-01-14")]),
    ("1월 14일(수)", [("1월 14일(수)", "2026-01-14")]),
    ("2026. 1. 14.", [("2026. 1. 14", "2026-01-14")]),
    ("오늘", [("오늘", "2026-01-20")]),
    ("어제", [("어제", "2026-01-19")]),
    ("내일", [("내일", "2026-01-21")]),
    ("그저께", [("그저께", "2026-01-18")]),
    ("모레", [("모레", "2026-01-22")]),
    ("수요일", [("수요일", "2026-01-14")]),
    ("지난주 수요일", [("지난주 수요일", "2026-01-14")]),
    ("다음 주 월요일", [("다음 주 월요일", "2026-01-26")]),
    ("3일 전", [("3일 전", "2026-01-17")]),
    ("3일 후", [("3일 후", "2026-01-23")]),
    ("한 달 전", [("한 달 전", "2025-12")]),
    ("지난달", [("지난달", "2025-12")]),
    ("올해 상반기", [("올해 상반기", "2026-H1")]),
    ("2026년 말", [("2026년 말", "2026")]),
]


@pytest.mark.parametrize(("text", "expected"), KOREAN)
def test_reads_korean(text: str, expected: list[tuple[str, str]]) -> None:
    assert found_2026(text, "ko") == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("2025년 말레이시아", [("2025년", "2025")]), ("1일 1회", [])]
)
def test_korean_false_alarms(text: str, expected: list[tuple[str, str]]) -> None:
    """Malaysia (말레이시아) is not the end of the year; '1일 1회' is once a day."""
    assert found_2026(text, "ko") == expected


def test_an_era_year_past_its_era_is_still_read_from_its_start() -> None:
    """Years of an era are counted from its first year, '元年' being the first."""
    assert found_2026("平成元年", "ja") == [("平成元年", "1989")]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("zh", "目前", "PRESENT_REF"),
        ("zh", "近日", "PAST_REF"),
        ("zh", "未来", "FUTURE_REF"),
        ("ja", "最近", "PAST_REF"),
        ("ko", "현재", "PRESENT_REF"),
    ],
)
def test_reads_vague_references(lang: str, text: str, value: str) -> None:
    assert found_2026(text, lang) == [(text, value)]


@pytest.mark.parametrize(("lang", "text"), [("zh", "未来学家"), ("zh", "三日前"), ("ko", "미래부")])
def test_reference_words_inside_other_words_are_no_dates(lang: str, text: str) -> None:
    """A futurologist, a count before 日前 (not 'recently'), a ministry's name."""
    assert found_2026(text, lang) == []


QUARTERS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("zh", "2025年第四季度", [("2025年第四季度", "2025-Q4")]),
    ("zh", "去年第四季度", [("去年第四季度", "2025-Q4")]),
    ("zh", "今年一季度", [("今年一季度", "2026-Q1")]),
    ("zh", "一季度", [("一季度", "2026-Q1")]),
    ("ja", "2025年第3四半期", [("2025年第3四半期", "2025-Q3")]),
    ("ko", "2025년 4분기", [("2025년 4분기", "2025-Q4")]),
    ("ko", "올해 1분기", [("올해 1분기", "2026-Q1")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUARTERS)
def test_reads_quarters(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found_2026(text, lang) == expected


@pytest.mark.parametrize("text", ["前三季度", "三个季度"])
def test_quarters_counted_are_no_quarter(text: str) -> None:
    """'前三季度' is the first three quarters, '三个季度' three quarters (a length)."""
    assert found_2026(text, "zh") == []


def test_the_previous_year_of_a_report_counts_from_the_year_told() -> None:
    """'2025年...比上年增长': 上年 is the year before the one the text reports on."""
    assert found_2026("2025年国内生产总值比上年增长5%", "zh") == [
        ("2025年", "2025"),
        ("上年", "2024"),
    ]
