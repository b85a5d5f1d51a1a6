"""Fictional sample forms for the renderer tests (all names and numbers are made up)."""

from __future__ import annotations

from dataclasses import replace

from lijiabu_desk.documents.data import (
    AgreementDocument,
    FollowUpDocument,
    Header,
    IntakeDocument,
    LabelledValue,
    MediationRecordDocument,
    Participant,
    PartyDetails,
    Signatory,
    Term,
)

RARE = "\U00020bb7"  # 𠮷: AR PL UMing lacks it, so it exercises the per-character fallback
RARE_NAME = f"马{RARE}祥"

COMMITTEE = "李家堡村人民调解委员会"
STATION = "定西市公安局安定分局李家堡派出所"

MA = PartyDetails(
    side="甲方",
    name="马建国",
    sex="男",
    ethnicity="汉族",
    birth="1956年3月2日（70岁）",
    occupation="农民",
    address="甘肃省定西市安定区李家堡镇马家山村三社12号",
    phone="13909321234",
    id_number="621102195603021234",
)
WANG = PartyDetails(
    side="乙方",
    name="王秀英",
    sex="女",
    ethnicity="汉族",
    birth="1968年7月15日（58岁）",
    occupation="农民",
    address="甘肃省定西市安定区李家堡镇王家岔村二社",
    phone="",  # left blank on purpose: printed as a line to fill by hand
    id_number="",
)
MA_RARE = PartyDetails(
    side="丙方",
    name=RARE_NAME,
    sex="男",
    ethnicity="回族",
    birth="1990年11月8日（36岁）",
    occupation="个体运输户",
    address="甘肃省定西市安定区李家堡镇马家山村一社",
    phone="18893201122",
    id_number="62110219901108003X",
)

FACTS = (
    "2026年10月中旬，甲方马建国在自家承包地东侧修筑地埂时，与相邻的乙方王秀英因地埂位置发生争执，"
    "双方互相推搡，甲方左手腕擦伤，就医花费医疗费八百余元。丙方驾驶农用三轮车经过时碾压了乙方晾晒的玉米。"
)
POINTS = "一是地埂的走向及位置；二是甲方医疗费由谁承担；三是乙方被碾压玉米的损失如何赔偿。"
RESPONSIBILITY = (
    "乙方推搡甲方致其受伤，应承担主要责任；甲方未与乙方协商即擅自修筑地埂，应承担次要责任；"
    "丙方驾车未注意避让，对玉米损失应承担全部责任。"
)
TERMS = (
    Term(1, "乙方一次性赔偿甲方医疗费、误工费等各项损失。", "人民币800.00元", "2026年12月10日前"),
    Term(2, "丙方赔偿乙方被碾压玉米的损失。", "人民币350.00元", "2026年12月10日前"),
    Term(3, "甲乙双方地埂以村委会测量确定的界线为准，任何一方不得擅自改变。", "", ""),
)
PERFORMANCE = (
    "上述款项由义务人于履行期限届满前在李家堡村人民调解委员会以现金方式当面支付给权利人，"
    "权利人出具收条，调解委员会留存复印件备查。"
)
COMMITTEE_CLAUSES = (
    "本协议自各方当事人签名（捺印）、调解员签名并加盖人民调解委员会印章之日起生效。",
    "本协议一式四份，当事人各执一份，人民调解委员会留存一份。",
    "双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。",
)
POLICE_CLAUSES = (
    "本协议一式三份，双方当事人各执一份，公安机关留存一份。",
    "当事人不履行本协议的，公安机关将依照《中华人民共和国治安管理处罚法》的规定对违反治安管理行为人"
    "予以处罚，并告知当事人可以就民事争议依法向人民法院提起民事诉讼。",
)


def party_signatories(parties: tuple[PartyDetails, ...]) -> tuple[Signatory, ...]:
    return tuple(Signatory(f"{p.side}当事人", p.name, True) for p in parties)


def committee_agreement() -> AgreementDocument:
    parties = (MA, WANG, MA_RARE)
    return AgreementDocument(
        header=Header(COMMITTEE, "人民调解协议书", "（2026）安李人调字第12号"),
        parties=parties,
        facts=FACTS,
        points_in_dispute=POINTS,
        responsibility=RESPONSIBILITY,
        terms=TERMS,
        performance=PERFORMANCE,
        clauses=COMMITTEE_CLAUSES,
        signatories=(
            *party_signatories(parties),
            Signatory("调解员", "李明华", False),
            Signatory("记录人", "张丽", False),
        ),
        seal_label="李家堡村人民调解委员会（盖章）",
        date="2026年11月28日",
        supplement_note="",
        oral=False,
    )


def police_agreement() -> AgreementDocument:
    parties = (MA, WANG)
    return AgreementDocument(
        header=Header(STATION, "治安调解协议书", "安公（李）调字〔2026〕第7号"),
        parties=parties,
        facts=FACTS[:60] + "。",
        points_in_dispute="甲方医疗费由谁承担。",
        responsibility="乙方推搡甲方致其轻微伤，应承担全部责任。",
        terms=(TERMS[0],),
        performance="乙方于2026年12月10日前在李家堡派出所将赔偿款当面交付甲方。",
        clauses=POLICE_CLAUSES,
        signatories=(
            *party_signatories(parties),
            Signatory("主持调解民警", "赵立军", False),
            Signatory("记录人", "刘洋", False),
        ),
        seal_label="李家堡派出所（印）",
        date="2026年11月30日",
        supplement_note="本协议是对（2026）安李人调字第9号协议的补充协议。",
        oral=False,
    )


def oral_agreement() -> AgreementDocument:
    return replace(
        committee_agreement(),
        header=Header(COMMITTEE, "人民调解口头协议记录", "（2026）安李人调字第13号"),
        parties=(MA, WANG),
        terms=TERMS[:1],
        clauses=(
            "本协议为口头协议，由调解员记录在案。",
            "双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。",
        ),
        signatories=(Signatory("调解员", "李明华", False), Signatory("记录人", "张丽", False)),
        oral=True,
    )


SURNAMES = "马王李张赵刘陈杨"
GIVEN = ("建国", "秀英", "明华", "桂兰", "志强", "玉梅", "德福", "春燕")


def long_agreement() -> AgreementDocument:
    """Eight parties and thirty terms: must flow over several pages."""
    sides = ("甲方", "乙方", "丙方", "丁方", "戊方", "己方", "庚方", "辛方")
    parties = tuple(
        replace(MA, side=side, name=SURNAMES[i] + GIVEN[i], phone=f"1390932{i:04d}")
        for i, side in enumerate(sides)
    )
    terms = tuple(
        Term(
            n,
            f"第{n}项：{parties[n % 8].name}于约定期限内向{parties[(n + 1) % 8].name}支付"
            "修复灌溉水渠、补种被毁苗木及清理淤土所需的各项费用，双方共同到场清点确认。",
            f"人民币{100 * n:,}.00元",
            f"2027年{1 + n % 12}月{1 + n % 28}日前",
        )
        for n in range(1, 31)
    )
    return replace(
        committee_agreement(),
        header=Header(COMMITTEE, "人民调解协议书", "（2026）安李人调字第20号"),
        parties=parties,
        terms=terms,
        clauses=(
            *COMMITTEE_CLAUSES[:1],
            "本协议一式九份，当事人各执一份，人民调解委员会留存一份。",
        ),
        signatories=(
            *party_signatories(parties),
            Signatory("调解员", "李明华", False),
            Signatory("记录人", "张丽", False),
        ),
    )


def mediation_record() -> MediationRecordDocument:
    return MediationRecordDocument(
        header=Header(COMMITTEE, "调解记录", ""),
        case_number="（2026）安李人调字第12号",
        held_at="2026年11月28日 14时30分",
        place="李家堡村委会调解室",
        category="邻里纠纷",
        participants=(
            Participant("主持人", "李明华", "李家堡村人民调解委员会"),
            Participant("民警", "赵立军", "定西市公安局安定分局李家堡派出所"),
            Participant("司法所", "陈静", "李家堡镇司法所"),
            Participant("当事人", "马建国", ""),
            Participant("当事人", "王秀英", ""),
            Participant("当事人", RARE_NAME, ""),
        ),
        statements=(
            "马建国称：地埂是按老界修的，王秀英推我致手腕受伤，要求赔偿医疗费。\n"
            "王秀英称：马建国修地埂占了我家的地，我只是拦他，没有故意推他。"
        ),
        findings="经调解员会同村干部现场查看，地埂东移约三十厘米；医院票据显示医疗费812.50元。",
        outcome="经调解，双方自愿达成协议，详见（2026）安李人调字第12号人民调解协议书。",
        signatories=(
            Signatory("当事人", "马建国", False),
            Signatory("当事人", "王秀英", False),
            Signatory("调解员", "李明华", False),
            Signatory("记录人", "张丽", False),
        ),
    )


def follow_up() -> FollowUpDocument:
    return FollowUpDocument(
        header=Header(COMMITTEE, "回访记录", ""),
        case_number="（2026）安李人调字第12号",
        agreement_number="（2026）安李人调字第12号",
        agreement_summary="乙方赔偿甲方医疗费等人民币800.00元；丙方赔偿乙方玉米损失人民币350.00元。",
        due="2026年12月15日",
        visited_on="2026年12月16日",
        visitor="李明华",
        visited_person="马建国",
        performance="部分履行",
        findings="乙方已于12月8日付清800元；丙方称手头紧，尚欠350元，承诺月底前付清。",
        warning_signs="",
        reminder="已告知双方当事人可以自协议生效之日起三十日内共同向人民法院申请司法确认。",
        signatories=(Signatory("回访人", "李明华", False), Signatory("被回访人", "马建国", False)),
    )


def intake() -> IntakeDocument:
    return IntakeDocument(
        header=Header(COMMITTEE, "矛盾纠纷受理登记表", "（2026）安李人调字第12号"),
        fields=(
            LabelledValue("受理时间", "2026年11月20日 9时10分"),
            LabelledValue("纠纷来源", "当事人申请"),
            LabelledValue("纠纷类别", "邻里纠纷"),
            LabelledValue("发生地点", "李家堡镇马家山村三社马建国承包地东侧地埂"),
            LabelledValue("风险等级", "一般"),
            LabelledValue("办理期限", "2026年12月20日"),
            LabelledValue("受理人", "李明华"),
        ),
        parties=(MA, WANG, MA_RARE),
        demands=(
            LabelledValue("甲方马建国", "要求乙方赔偿医疗费，并确认地埂位置。"),
            LabelledValue("乙方王秀英", "要求甲方恢复原地埂，丙方赔偿玉米损失。"),
        ),
        facts=FACTS,
        opinion="属于人民调解受理范围，当事人同意调解，予以受理，指派调解员李明华负责调解。",
        signatories=(Signatory("受理人", "李明华", False), Signatory("登记人", "张丽", False)),
    )
