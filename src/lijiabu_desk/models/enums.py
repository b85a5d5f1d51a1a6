"""Code values stored in the database. Chinese labels for them live in ``services.labels``."""

from __future__ import annotations

from enum import StrEnum


class OfficerRole(StrEnum):
    CHIEF = "chief"  # 所长
    OFFICER = "officer"  # 民警
    AUXILIARY = "auxiliary"  # 辅警


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class Relation(StrEnum):
    """与户主关系."""

    HEAD = "head"  # 户主
    SPOUSE = "spouse"  # 配偶
    SON = "son"  # 子
    DAUGHTER = "daughter"  # 女
    FATHER = "father"  # 父亲
    MOTHER = "mother"  # 母亲
    GRANDSON = "grandson"  # 孙子
    GRANDDAUGHTER = "granddaughter"  # 孙女
    DAUGHTER_IN_LAW = "daughter_in_law"  # 儿媳
    SON_IN_LAW = "son_in_law"  # 女婿
    SIBLING = "sibling"  # 兄弟姐妹
    GRANDPARENT = "grandparent"  # 祖父母
    OTHER = "other"  # 其他


class ResidentStatus(StrEnum):
    ACTIVE = "active"  # 在册
    MOVED_AWAY = "moved_away"  # 迁出
    DECEASED = "deceased"  # 死亡


class DisputeCategory(StrEnum):
    MARRIAGE_FAMILY = "marriage_family"  # 婚姻家庭
    NEIGHBOUR = "neighbour"  # 邻里
    HOUSE_SITE = "house_site"  # 房屋宅基地
    LAND_BOUNDARY = "land_boundary"  # 山林土地/地界
    CONTRACT = "contract"  # 合同
    BUSINESS = "business"  # 生产经营
    DAMAGES = "damages"  # 损害赔偿
    LIVESTOCK_TRADE = "livestock_trade"  # 牲畜交易
    ROAD_TRAFFIC = "road_traffic"  # 道路交通
    LABOUR = "labour"  # 劳动
    OTHER = "other"  # 其他


class DisputeSource(StrEnum):
    APPLICATION = "application"  # 当事人申请
    CALL = "call"  # 来电求助
    PATROL = "patrol"  # 巡逻发现
    VILLAGE_REPORT = "village_report"  # 村委会报告
    MARKET_POINT = "market_point"  # 市场调解点
    ASSIGNED = "assigned"  # 上级交办/移交
    HOME_VISIT = "home_visit"  # 入户走访发现


class PlaceKind(StrEnum):
    STATION = "station"  # 派出所
    VILLAGE = "village"  # 村
    MARKET = "market"  # 牲畜市场调解点
    OTHER = "other"


class RiskGrade(StrEnum):
    ORDINARY = "ordinary"  # 一般
    SERIOUS = "serious"  # 较大
    MAJOR = "major"  # 重大


class DisputeStatus(StrEnum):
    REGISTERED = "registered"  # 登记
    MEDIATING = "mediating"  # 调解中
    AGREED = "agreed"  # 达成协议
    ORAL_AGREEMENT = "oral_agreement"  # 口头协议
    FAILED = "failed"  # 调解不成
    REFERRED = "referred"  # 已移交
    FOLLOW_UP = "follow_up"  # 回访
    CLOSED = "closed"  # 结案


class PanelRole(StrEnum):
    """Roles at a mediation session (五方调解 and others)."""

    POLICE = "police"  # 民警
    GOVERNANCE_CENTRE = "governance_centre"  # 综治中心
    JUSTICE_OFFICE = "justice_office"  # 司法所
    VILLAGE_MEDIATOR = "village_mediator"  # 村治安调解员
    RESIDENT_LAWYER = "resident_lawyer"  # 驻所律师
    PARTY = "party"  # 当事人
    INVITED = "invited"  # 邀请人员
    RECORDER = "recorder"  # 记录人


class AgreementKind(StrEnum):
    PEOPLES_MEDIATION = "peoples_mediation"  # 人民调解协议书
    POLICE_MEDIATION = "police_mediation"  # 治安调解协议书


class AgreementForm(StrEnum):
    WRITTEN = "written"  # 书面
    ORAL = "oral"  # 口头


class AgreementStatus(StrEnum):
    DRAFT = "draft"  # 草稿: may still change
    FINAL = "final"  # 定稿: checked and numbered, printed for signing; content locked
    SIGNED = "signed"  # 已签署 (or, for an oral agreement, recorded): locked for good


class Performance(StrEnum):
    PENDING = "pending"  # 待履行
    FULFILLED = "fulfilled"  # 履行完毕
    PARTIAL = "partial"  # 部分履行
    NOT_PERFORMED = "not_performed"  # 未履行


class FollowUpMethod(StrEnum):
    """How a 回访 was made."""

    HOME = "home"  # 上门回访
    PHONE = "phone"  # 电话回访
    AT_STATION = "at_station"  # 约见回访


class Satisfaction(StrEnum):
    """What the parties said of the outcome at a 回访."""

    SATISFIED = "satisfied"  # 满意
    FAIRLY = "fairly"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意


class ReferralTarget(StrEnum):
    JUSTICE_OFFICE = "justice_office"  # 司法所
    COURT = "court"  # 法院
    TOWNSHIP = "township"  # 乡镇政府
    CRIMINAL_CASE = "criminal_case"  # 立案


class MarkerKind(StrEnum):
    LIME = "lime"  # 石灰线
    STONE = "stone"  # 界石
    STAKE = "stake"  # 木桩
    OTHER = "other"


class VisitPurpose(StrEnum):
    """Why a household was visited (入户走访)."""

    ROUTINE = "routine"  # 日常走访
    ID_RENEWAL = "id_renewal"  # 上门办理身份证
    FOLLOW_UP = "follow_up"  # 回访
    CARD_DELIVERY = "card_delivery"  # 发放警民连心卡
    ANTI_FRAUD = "anti_fraud"  # 反诈宣传
    ELDER_CHECK = "elder_check"  # 关爱老人
    OTHER = "other"


class LandType(StrEnum):
    """地类 of a parcel whose boundary is agreed."""

    CULTIVATED = "cultivated"  # 耕地
    HOMESTEAD = "homestead"  # 宅基地
    FOREST = "forest"  # 林地
    OTHER = "other"  # 其他


class CallKind(StrEnum):
    DOCUMENTS = "documents"  # 证件办理
    MEDICAL = "medical"  # 急病/送医
    DISPUTE = "dispute"  # 纠纷
    CRIME_REPORT = "crime_report"  # 报警
    ENQUIRY = "enquiry"  # 咨询
    ANTI_FRAUD = "anti_fraud"  # 反诈
    OTHER = "other"


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"
    EMERGENCY = "emergency"


class FiveSmallAim(StrEnum):
    """The post's 五小 service aims."""

    SMALL_CASE = "small_case"  # 破小案
    SMALL_MATTER = "small_matter"  # 办小事
    SMALL_WORRY = "small_worry"  # 解小忧
    SMALL_HELP = "small_help"  # 帮小忙
    SMALL_BENEFIT = "small_benefit"  # 惠小利


class DocumentKind(StrEnum):
    """Kinds of numbered documents; each has its own counter per year."""

    DISPUTE_CASE = "dispute_case"
    PEOPLES_MEDIATION = "peoples_mediation"
    POLICE_MEDIATION = "police_mediation"
    BOUNDARY = "boundary"
    CONTACT_CARD = "contact_card"
    MEETING_MINUTES = "meeting_minutes"


class AccountRole(StrEnum):
    """What an account may do (services/permissions.py); not the same as an officer's rank."""

    ADMIN = "admin"  # 所长/管理员
    OFFICER = "officer"  # 民警
    AUXILIARY = "auxiliary"  # 辅警
