"""Every record id as a named constant, one StrEnum per collection (generated).

Do not edit: ``python -m azfp.generate`` writes this module from the data, and the
test suite fails when it differs. Each member equals its id, so it can be passed
wherever an id is accepted: ``azfp.organizations[Org.UN]``, ``Org.UN == "un"``.
"""

from enum import StrEnum

__all__ = [
    "Agreement",
    "Corridor",
    "Country",
    "Event",
    "Figure",
    "Membership",
    "Officeholder",
    "Org",
    "Principle",
    "Relation",
    "Role",
    "Source",
    "Space",
]


class Source(StrEnum):
    """Ids of azfp.sources."""

    N_1NEWS_2010_10_13 = "1news-2010-10-13"
    N_1NEWS_RU_EAP = "1news-ru-eap"
    ADA_BIWEEKLY_2009_12_15 = "ada-biweekly-2009-12-15"
    ADA_BIWEEKLY_OSCE_20_YEARS = "ada-biweekly-osce-20-years"
    ALIYEVHERITAGE_20011211_TR = "aliyevheritage-20011211-tr"
    ALIYEVHERITAGE_911_AZ = "aliyevheritage-911-az"
    ALIYEVHERITAGE_AZ_NATO = "aliyevheritage-az-nato"
    ALIYEVHERITAGE_AZ_OSCE = "aliyevheritage-az-osce"
    ALIYEVHERITAGE_AZ_UN = "aliyevheritage-az-un"
    ALIYEVHERITAGE_CIS_1993_EN = "aliyevheritage-cis-1993-en"
    ALIYEVHERITAGE_CIS_AZ = "aliyevheritage-cis-az"
    ALIYEVHERITAGE_EN_COE_CEREMONY = "aliyevheritage-en-coe-ceremony"
    ALIYEVHERITAGE_OIC_CASABLANCA_AZ = "aliyevheritage-oic-casablanca-az"
    ALIYEVHERITAGE_OIC_EN = "aliyevheritage-oic-en"
    ALIYEVHERITAGE_PCA_1996 = "aliyevheritage-pca-1996"
    ALIYEVHERITAGE_TK_PCA = "aliyevheritage-tk-pca"
    ANL_COALITION_2009 = "anl-coalition-2009"
    ANL_NAKHCHIVAN_2010 = "anl-nakhchivan-2010"
    APA_2013_07_09 = "apa-2013-07-09"
    ARMENEWS_ALMA_ATA = "armenews-alma-ata"
    ARMENIANCLUB_AZERTAG_2004_07_27 = "armenianclub-azertag-2004-07-27"
    ASK_UN_FAQ_14595 = "ask-un-faq-14595"
    AVRASIYA_AZ_EU_2022 = "avrasiya-az-eu-2022"
    AZAKADEMIYA_HOME = "azakademiya-home"
    AZAZ_CIS_AZ = "azaz-cis-az"
    AZAZ_CIS_EN = "azaz-cis-en"
    AZAZ_OIC_EN = "azaz-oic-en"
    AZEMBASSY_AUSTRIA_OSCE = "azembassy-austria-osce"
    AZERBAIJAN_AZ_COE_AZ = "azerbaijan-az-coe-az"
    AZERBAIJAN_AZ_NAM_EN = "azerbaijan-az-nam-en"
    AZERBAIJAN_AZ_OSCE_EN = "azerbaijan-az-osce-en"
    AZERBAIJAN_AZ_OSCE_RU = "azerbaijan-az-osce-ru"
    AZERNEWS_ICESCO_2021 = "azernews-icesco-2021"
    AZFREESPEECH_OIC_RU = "azfreespeech-oic-ru"
    AZKURS_COE_AZ = "azkurs-coe-az"
    AZVISION_2014_07_09 = "azvision-2014-07-09"
    BIRINCI24_TDT = "birinci24-tdt"
    BLOGSPOT_2008_FOREIGN_RELATIONS = "blogspot-2008-foreign-relations"
    BPB_CHRONIK_1994_12_05 = "bpb-chronik-1994-12-05"
    BRAZ_MFA_OIC_30_RU = "braz-mfa-oic-30-ru"
    CBC_911_2018 = "cbc-911-2018"
    CFR_TEU = "cfr-teu"
    COE_CM_RES_96_32 = "coe-cm-res-96-32"
    COE_MFA_HISTORY = "coe-mfa-history"
    COOPCOUNCIL_REC_2018_1598 = "coopcouncil-rec-2018-1598"
    COUNCIL_DECISION_2018_1552 = "council-decision-2018-1552"
    CVCE_COMMISSION_SEAT = "cvce-commission-seat"
    DESERET_1992_03_10 = "deseret-1992-03-10"
    DTX_AZ_NATO = "dtx-az-nato"
    EAP_PRAGUE_DECLARATION_TEXT = "eap-prague-declaration-text"
    EAP_PRAGUE_SIGNATORIES = "eap-prague-signatories"
    EEAS_AZ_POLITICAL_RELATIONS = "eeas-az-political-relations"
    EN_ACADEMIC_FOREIGN_RELATIONS = "en-academic-foreign-relations"
    ENCYCLOREADER_FOREIGN_RELATIONS = "encycloreader-foreign-relations"
    ESTADAO_2001_10_20 = "estadao-2001-10-20"
    EURLEX_PCA_AZ = "eurlex-pca-az"
    GARABAGH_NET_CM_2000_11_09 = "garabagh-net-cm-2000-11-09"
    GOMAP_NAM_BAKU_2018 = "gomap-nam-baku-2018"
    GOMAP_RU_COE_2017 = "gomap-ru-coe-2017"
    HINA_DAKAR_1991 = "hina-dakar-1991"
    HISTRF_OIC = "histrf-oic"
    HOZIR_NAKHCHIVAN_TEXT = "hozir-nakhchivan-text"
    ICESCO_RENAME_2020 = "icesco-rename-2020"
    INAZERBAIJAN_PRESENT = "inazerbaijan-present"
    IPFS_WIKI_FOREIGN_RELATIONS = "ipfs-wiki-foreign-relations"
    ISLAMAZ_ICESCO = "islamaz-icesco"
    IT_QWE_WIKI_FOREIGN_RELATIONS = "it-qwe-wiki-foreign-relations"
    JAMESTOWN_EDM_2001 = "jamestown-edm-2001"
    JAMNEWS_NAM_2018 = "jamnews-nam-2018"
    KAVKAZ_UZEL_2001_09_27 = "kavkaz-uzel-2001-09-27"
    KOMMERSANT_UN_80 = "kommersant-un-80"
    LAGOPUS_RU_OSCE = "lagopus-ru-osce"
    LOC_COUNTRY_STUDY_FORMER_SOVIET = "loc-country-study-former-soviet"
    LOC_COUNTRY_STUDY_INDEPENDENCE = "loc-country-study-independence"
    MAROCNATCOM_ICESCO = "marocnatcom-icesco"
    MEDIAMAX_COE_MEMBERSHIP = "mediamax-coe-membership"
    MEHRIBAN_ALIYEVA_UNESCO = "mehriban-aliyeva-unesco"
    MENAFN_AZERNEWS_2023_12_28 = "menafn-azernews-2023-12-28"
    MENAFN_OTS_PROTOCOL = "menafn-ots-protocol"
    METBUAT_2024_12 = "metbuat-2024-12"
    METBUAT_BMT_28 = "metbuat-bmt-28"
    METBUAT_CIS_2019 = "metbuat-cis-2019"
    MFA_AZ_COE = "mfa-az-coe"
    MFA_AZ_NAM_BELGRADE_2011 = "mfa-az-nam-belgrade-2011"
    MFA_AZ_OSCE = "mfa-az-osce"
    MFA_AZ_UN_RELATIONS = "mfa-az-un-relations"
    MFA_AZ_UNESCO = "mfa-az-unesco"
    MFA_NATO_2007 = "mfa-nato-2007"
    MFA_NATOPFP_OVERVIEW = "mfa-natopfp-overview"
    MFA_TURKIC_COUNCIL = "mfa-turkic-council"
    MINVAL_RU_EU = "minval-ru-eu"
    MIR24_NAM_SUMMIT = "mir24-nam-summit"
    MOD_NATO_25YEARS = "mod-nato-25years"
    NAMAZERBAIJAN_AZERBAIJAN_IN_NAM = "namazerbaijan-azerbaijan-in-nam"
    NATO_CHRON_1992_03 = "nato-chron-1992-03"
    NATO_EAPC_BASIC_DOCUMENT = "nato-eapc-basic-document"
    NATO_HQ = "nato-hq"
    NATO_NACC_1991 = "nato-nacc-1991"
    NATO_PFP_FRAMEWORK = "nato-pfp-framework"
    NATO_RELATIONS_AZ_ARCHIVED = "nato-relations-az-archived"
    NATO_SINTRA_1997 = "nato-sintra-1997"
    NEWS_AZ_2017_08_08 = "news-az-2017-08-08"
    NEWS_AZ_HAJIYEV_2017 = "news-az-hajiyev-2017"
    NEWSAZ_MFA_OIC_30 = "newsaz-mfa-oic-30"
    NEWSRU_2001_01_25_COE = "newsru-2001-01-25-coe"
    NOVATOR_CIS_2022 = "novator-cis-2022"
    NOVATOR_NAM_2022 = "novator-nam-2022"
    OIC_MEMBER_STATES_FR = "oic-member-states-fr"
    OIC_RENAME_2011 = "oic-rename-2011"
    ONA_2019_07_09 = "ona-2019-07-09"
    OSCE_BUDAPEST_SUMMIT_1994 = "osce-budapest-summit-1994"
    OSCE_TIMELINE_1992_EXPANSION = "osce-timeline-1992-expansion"
    PACE_OPINION_222_2000 = "pace-opinion-222-2000"
    POLITICO_EAP_LAUNCH = "politico-eap-launch"
    PRESLIB_AZ_NATO = "preslib-az-nato"
    PRESLIB_MILLI_SHURA_1991_12_20 = "preslib-milli-shura-1991-12-20"
    PRESLIB_OIC_RU = "preslib-oic-ru"
    PRESLIB_PARIS_CHARTER = "preslib-paris-charter"
    PRESLIB_RU_UN = "preslib-ru-un"
    QAZETA_INFO_QH = "qazeta-info-qh"
    REGIONPLUS_2014_CONFERENCE = "regionplus-2014-conference"
    REPORT_AZ_RU_HAJIZADE = "report-az-ru-hajizade"
    REPORT_CIS_2016 = "report-cis-2016"
    REPORT_RU_OTS_2023 = "report-ru-ots-2023"
    REPORTAZ_AZ_EAP_RIGA = "reportaz-az-eap-riga"
    REPORTAZ_EN_EAP_SUMMIT = "reportaz-en-eap-summit"
    REPORTAZ_RU_NATO_2025 = "reportaz-ru-nato-2025"
    REPUBLICWORLD_OTS_2021 = "republicworld-ots-2021"
    RFERL_2001_09_14 = "rferl-2001-09-14"
    RFERL_AZERBAIJAN_JOINS_NAM = "rferl-azerbaijan-joins-nam"
    RO_EMBASSY_NATO_AZ = "ro-embassy-nato-az"
    RU_WIKI_EAPC = "ru-wiki-eapc"
    RUWIKI_MIRROR_CIS = "ruwiki-mirror-cis"
    SEED = "seed"
    SPUTNIK_AZ_BMT_2018 = "sputnik-az-bmt-2018"
    SPUTNIK_LV_UNESCO_2017 = "sputnik-lv-unesco-2017"
    TODAY_AZ_2008_01_21 = "today-az-2008-01-21"
    TODAY_AZ_2022_12_28 = "today-az-2022-12-28"
    TOPWAR_CIS_1992 = "topwar-cis-1992"
    TREND_COALITION_2008 = "trend-coalition-2008"
    TREND_HAJIYEV_NAM_2018 = "trend-hajiyev-nam-2018"
    TREND_ICESCO_2025 = "trend-icesco-2025"
    TREND_ISESCO_2007 = "trend-isesco-2007"
    TREND_ISESCO_RU = "trend-isesco-ru"
    TRTWORLD_OTS_2021 = "trtworld-ots-2021"
    TURKAZ_EU_COOPCOUNCIL = "turkaz-eu-coopcouncil"
    TURKKON_SG_2018 = "turkkon-sg-2018"
    UN_MFA_25TH_ANNIVERSARY = "un-mfa-25th-anniversary"
    UNESCO_AZ_NATCOM_COOPERATION = "unesco-az-natcom-cooperation"
    UNESCO_KEY_FACTS_AZERBAIJAN = "unesco-key-facts-azerbaijan"
    VESTI_AZ_2010_01_11 = "vesti-az-2010-01-11"
    VESTIKAVKAZA_EN_2022_12_27 = "vestikavkaza-en-2022-12-27"
    VESTIKAVKAZA_RU_2023 = "vestikavkaza-ru-2023"
    VESTIKZ_OIC_RENAME = "vestikz-oic-rename"
    VYBOR_NARODA_OTS_RU = "vybor-naroda-ots-ru"
    VZGLYAD_MFA_PFP_25 = "vzglyad-mfa-pfp-25"
    WAM_ISESCO_RENAME = "wam-isesco-rename"
    WESTERNARMENIA_ALMA_ATA_EN = "westernarmenia-alma-ata-en"
    WESTERNARMENIA_ALMA_ATA_FR = "westernarmenia-alma-ata-fr"
    WIKIORG_ISESCO_RU = "wikiorg-isesco-ru"
    WIKISUM_AZERBAIJAN = "wikisum-azerbaijan"
    WIKIZERO_AZ_NATO_TREATY = "wikizero-az-nato-treaty"
    WORLDHISTORYPROJECT_UN_CHARTER = "worldhistoryproject-un-charter"
    WTI_PCA_AZ_FINAL_ACT = "wti-pca-az-final-act"
    XALQQAZETI_BRYZA_2011 = "xalqqazeti-bryza-2011"
    ZEFERINFO_OIC_2026 = "zeferinfo-oic-2026"


class Org(StrEnum):
    """Ids of azfp.organizations."""

    ANTI_TERRORIST_COALITION = "anti-terrorist-coalition"
    CIS = "cis"
    COE = "coe"
    EAP = "eap"
    EAPC = "eapc"
    EU = "eu"
    ICESCO = "icesco"
    NAM = "nam"
    NATO = "nato"
    NATO_PFP = "nato-pfp"
    OIC = "oic"
    OSCE = "osce"
    OTS = "ots"
    UN = "un"
    UNESCO = "unesco"


class Country(StrEnum):
    """Ids of azfp.countries."""


class Membership(StrEnum):
    """Ids of azfp.memberships."""

    ANTI_TERRORIST_COALITION_MEMBER_2001 = "anti-terrorist-coalition-member-2001"
    CIS_MEMBER_1993 = "cis-member-1993"
    CIS_OBSERVER_1992 = "cis-observer-1992"
    CIS_SIGNATORY_1991 = "cis-signatory-1991"
    COE_APPLICANT_1996 = "coe-applicant-1996"
    COE_MEMBER_2001 = "coe-member-2001"
    COE_SPECIAL_GUEST_1996 = "coe-special-guest-1996"
    EAP_PARTNER_2009 = "eap-partner-2009"
    EAPC_MEMBER_1992 = "eapc-member-1992"
    EU_PARTNER_1999 = "eu-partner-1999"
    ICESCO_MEMBER_1991 = "icesco-member-1991"
    NAM_MEMBER_2011 = "nam-member-2011"
    NATO_PARTNER_1992 = "nato-partner-1992"
    NATO_PFP_PARTNER_1994 = "nato-pfp-partner-1994"
    OIC_MEMBER_1991 = "oic-member-1991"
    OSCE_PARTICIPATING_STATE_1992 = "osce-participating-state-1992"
    OTS_FOUNDING_MEMBER_2009 = "ots-founding-member-2009"
    UN_APPLICANT_1991 = "un-applicant-1991"
    UN_MEMBER_1992 = "un-member-1992"
    UNESCO_MEMBER_1992 = "unesco-member-1992"


class Role(StrEnum):
    """Ids of azfp.roles."""


class Relation(StrEnum):
    """Ids of azfp.relations."""


class Agreement(StrEnum):
    """Ids of azfp.agreements."""


class Corridor(StrEnum):
    """Ids of azfp.corridors."""


class Principle(StrEnum):
    """Ids of azfp.principles."""


class Space(StrEnum):
    """Ids of azfp.spaces."""


class Event(StrEnum):
    """Ids of azfp.events."""


class Figure(StrEnum):
    """Ids of azfp.figures."""

    DIPLOMATIC_RELATIONS = "diplomatic-relations"
    FOREIGN_MISSIONS_IN_AZERBAIJAN = "foreign-missions-in-azerbaijan"
    MISSIONS_ABROAD = "missions-abroad"


class Officeholder(StrEnum):
    """Ids of azfp.officeholders."""
