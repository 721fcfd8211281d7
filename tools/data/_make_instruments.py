"""Regenerate instruments.json from the table below.

    python tools/data/_make_instruments.py

Every row names its source: a UN document in shared/reports, or a stored public page
found with the project's search tools (see SOURCES.md). Aliases are forms those sources
or the UN reports use; an alias that is also a common word or the acronym of a treaty
body (CAT is also the Committee against Torture) is marked acronym_ambiguous.
Not run at import time: the package reads the generated JSON only.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE_DATA = HERE.parents[1] / "rightsgraph" / "builders" / "data"

OHCHR_CORE = (
    "OHCHR, 'The Core International Human Rights Instruments and their monitoring bodies' (table of "
    "instruments and dates), as reproduced at "
    "http://www.erooseveltudhr.org/index.php?option=com_content&view=category&id=55&Itemid=29"
)
ITALY = (
    "A/HRC/WG.6/34/ITA/3 (2019), list of abbreviations, "
    "shared/reports/A_HRC_WG.6_34_ITA_3_UPR_stakeholders_Italy_2019.pdf"
)
DPRK = "A/HRC/27/10 (2014), shared/reports/A_HRC_27_10_UPR_DPRK_2014.pdf"
MYANMAR = "A/HRC/17/9 (2011), shared/reports/A_HRC_17_9_UPR_Myanmar_2011.pdf"
FIDH = (
    "FIDH guide, 'Human Rights mechanisms and competence of treaty bodies', "
    "https://fidh-guide.qui-design.fr/the-guide/intergovernmental-mechanisms/the-united-nations-system-for-the-"
    "promotion-and-protection-of-human-rights/the-charter-based-mechanisms/useful-resources-and-examples/"
    "human-rights-mechanisms-and-competence-of-treaty-bodies/"
)
IHL = "ICRC treaty list as reproduced at https://www.iohss.org/international-humanitarian-law.html"

# key, label, aliases, ambiguous aliases, kind, adopted, sources
ROWS = [
    ("icerd", "International Convention on the Elimination of All Forms of Racial Discrimination",
     ["ICERD", "Convention on the Elimination of All Forms of Racial Discrimination"], ["CERD"],
     "treaty", "1965-12-21", [OHCHR_CORE, ITALY, MYANMAR + " ('ICCPR, CERD and CAT')"]),
    ("iccpr", "International Covenant on Civil and Political Rights",
     ["ICCPR"], [], "treaty", "1966-12-16", [OHCHR_CORE, ITALY]),
    ("icescr", "International Covenant on Economic, Social and Cultural Rights",
     ["ICESCR"], [], "treaty", "1966-12-16",
     [OHCHR_CORE, ITALY]),
    ("cedaw", "Convention on the Elimination of All Forms of Discrimination against Women",
     ["Convention on the Elimination of Discrimination against Women"], ["CEDAW"], "treaty", "1979-12-18",
     [OHCHR_CORE, ITALY]),
    ("convention-against-torture",
     "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
     ["Convention against Torture", "Convention against Torture and Other Cruel, Inhumane or Degrading Treatment or Punishment",
      "UN Convention against Torture", "United Nations Convention against Torture"], ["CAT"], "treaty", "1984-12-10",
     [OHCHR_CORE, ITALY, DPRK]),
    ("crc", "Convention on the Rights of the Child",
     [], ["CRC"],
     "treaty", "1989-11-20", [OHCHR_CORE, ITALY]),
    ("icrmw",
     "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
     ["ICRMW", "Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families"],
     [], "treaty", "1990-12-18", [OHCHR_CORE, ITALY]),
    ("icpped", "International Convention for the Protection of All Persons from Enforced Disappearance",
     ["ICPPED", "CPED", "Convention for the Protection of All Persons from Enforced Disappearance"], [],
     "treaty", "2006-12-20", [FIDH, ITALY, DPRK]),
    ("crpd", "Convention on the Rights of Persons with Disabilities",
     [], ["CRPD"], "treaty", "2006-12-13",
     [OHCHR_CORE, ITALY]),
    ("iccpr-op1", "Optional Protocol to the International Covenant on Civil and Political Rights",
     ["ICCPR-OP1", "ICCPR-OP 1", "Optional Protocol to ICCPR"], [],
     "protocol", "1966-12-16", [OHCHR_CORE, ITALY, DPRK]),
    ("iccpr-op2",
     "Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the "
     "abolition of the death penalty",
     ["ICCPR-OP2", "ICCPR-OP 2", "Second Optional Protocol to ICCPR",
      "Second Optional Protocol to the International Covenant on Civil and Political Rights"], [],
     "protocol", "1989-12-15", [OHCHR_CORE, ITALY]),
    ("op-icescr", "Optional Protocol to the International Covenant on Economic, Social and Cultural Rights",
     ["OP-ICESCR", "Optional Protocol to ICESCR"], [], "protocol", "2008-12-10", [FIDH, ITALY]),
    ("op-cedaw", "Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women",
     ["OP-CEDAW", "Optional Protocol to CEDAW",
      "Optional Protocol to the Convention on the Elimination of Discrimination against Women"], [],
     "protocol", "1999-10-06", [FIDH + " (adoption, 6/10/1999; OHCHR's table gives 10 Dec 1999)", ITALY]),
    ("op-cat",
     "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or "
     "Punishment",
     ["OP-CAT", "Optional Protocol to CAT", "Optional Protocol to the Convention against Torture"], [],
     "protocol", "2002-12-18",
     ["General Assembly resolution A/RES/57/199 of 18 December 2002, as given at https://humanrightssupport.org/prot-cat/",
      ITALY]),
    ("op-crc-ac",
     "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
     ["OP-CRC-AC", "Optional Protocol to CRC on the involvement of children in armed conflict"], [],
     "protocol", "2000-05-25", [OHCHR_CORE, ITALY]),
    ("op-crc-sc",
     "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution "
     "and child pornography",
     ["OP-CRC-SC", "Optional Protocol to CRC on the sale of children, child prostitution and child pornography"], [],
     "protocol", "2000-05-25", [OHCHR_CORE, ITALY]),
    ("op-crc-ic", "Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
     ["OP-CRC-IC", "Optional Protocol to CRC on a communications procedure"], [], "protocol", "2011-12-19",
     ["OHCHR instrument page (General Assembly resolution A/RES/66/138), https://web.dev.ohchr.un-icc.cloud/en/"
      "instruments-mechanisms/instruments/optional-protocol-convention-rights-child-communications", ITALY]),
    ("op-crpd", "Optional Protocol to the Convention on the Rights of Persons with Disabilities",
     ["OP-CRPD", "Optional Protocol to CRPD"], [], "protocol", "2006",
     ["world-politics-datalab/humanrights-treaties-ratification-status, README.md (year of adoption)", ITALY]),
    ("udhr", "Universal Declaration of Human Rights",
     ["UDHR", "Universal Declaration"], [], "declaration", "1948-12-10",
     ["General Assembly resolution 217 A (III), as given at https://www.holocaustcentre.org.nz/human-rights.html"]),
    ("rome-statute", "Rome Statute of the International Criminal Court",
     ["Rome Statute", "Statute of the International Criminal Court", "ICC Statute"], [],
     "statute", "1998-07-17",
     ["UN Treaty Collection, chapter XVIII-10, as quoted at "
      "https://tokyoroseinlalaland.blogspot.com/2014/09/the-rome-statute-international-criminal.html", DPRK,
      "shared/reference/rome-statute-article-7.tsv (Article 7)"]),
    ("genocide-convention", "Convention on the Prevention and Punishment of the Crime of Genocide",
     ["Genocide Convention", "1948 Genocide Convention"], [], "treaty", "1948-12-09",
     ["UN Audiovisual Library of International Law, http://legal.un.org/avl/ha/cppcg/cppcg.html", DPRK]),
    ("refugee-convention", "Convention relating to the Status of Refugees",
     ["1951 Refugee Convention", "Refugee Convention", "1951 Convention relating to the Status of Refugees"], [], "treaty", "1951-07-28",
     ["https://humanrightssupport.org/conv-prot-status-of-refugee/", "UNHCR, http://unhcr.org/3b66c2aa10"]),
    ("refugee-protocol", "Protocol relating to the Status of Refugees",
     ["1967 Protocol", "1967 Protocol relating to the Status of Refugees"], [], "protocol", "1967",
     ["UNHCR, http://unhcr.org/3b66c2aa10", "https://humanrightssupport.org/conv-prot-status-of-refugee/"]),
    ("stateless-persons-convention", "Convention relating to the Status of Stateless Persons",
     ["1954 Convention relating to the Status of Stateless Persons", "Convention Relating to the Status of Stateless Persons"],
     ["1954 Convention"], "treaty", "1954", [ITALY + " ('United Nations 1954 Convention ... (1954 Convention)')", MYANMAR]),
    ("statelessness-reduction-convention", "Convention on the Reduction of Statelessness",
     ["1961 Convention on the Reduction of Statelessness"], [], "treaty", "1961", [ITALY, MYANMAR]),
    ("geneva-conventions", "Geneva Conventions of 12 August 1949",
     ["Geneva Conventions", "four Geneva Conventions", "Geneva Conventions of 1949"], [], "treaty", "1949-08-12",
     [IHL, "http://www.redcross.org/humanityinwar/treaties"]),
    ("geneva-convention-i",
     "Convention (I) for the Amelioration of the Condition of the Wounded and Sick in Armed Forces in the Field",
     ["First Geneva Convention", "Geneva Convention I", "Geneva Convention (I)"], [], "treaty", "1949-08-12", [IHL]),
    ("geneva-convention-ii",
     "Convention (II) for the Amelioration of the Condition of Wounded, Sick and Shipwrecked Members of Armed "
     "Forces at Sea",
     ["Second Geneva Convention", "Geneva Convention II", "Geneva Convention (II)"], [], "treaty", "1949-08-12", [IHL]),
    ("geneva-convention-iii", "Convention (III) relative to the Treatment of Prisoners of War",
     ["Third Geneva Convention", "Geneva Convention III", "Geneva Convention (III)"], [], "treaty", "1949-08-12",
     [IHL]),
    ("geneva-convention-iv", "Convention (IV) relative to the Protection of Civilian Persons in Time of War",
     ["Fourth Geneva Convention", "Geneva Convention IV", "Geneva Convention (IV)"], [], "treaty", "1949-08-12",
     [IHL]),
    ("additional-protocol-i",
     "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of "
     "International Armed Conflicts (Protocol I)",
     ["Additional Protocol I", "First Additional Protocol"], [], "protocol", "1977-06-08", [IHL]),
    ("additional-protocol-ii",
     "Protocol Additional to the Geneva Conventions of 12 August 1949, and relating to the Protection of Victims of "
     "Non-International Armed Conflicts (Protocol II)",
     ["Additional Protocol II", "Second Additional Protocol"], [], "protocol", "1977-06-08", [IHL]),
    ("additional-protocol-iii",
     "Protocol additional to the Geneva Conventions of 12 August 1949, and relating to the Adoption of an Additional "
     "Distinctive Emblem (Protocol III)",
     ["Additional Protocol III", "Third Additional Protocol"], [], "protocol", "2005-12-08", [IHL]),
    ("un-charter", "Charter of the United Nations",
     ["UN Charter", "U.N. Charter", "United Nations Charter"], [], "treaty", "1945-06-26",
     ["UN Dag Hammarskjöld Library, https://research.un.org/en/docs/uncharter/intro (signed 26 June 1945)"]),
    ("undrip", "United Nations Declaration on the Rights of Indigenous Peoples",
     ["UNDRIP", "Declaration on the Rights of Indigenous Peoples", "UN Declaration on the Rights of Indigenous Peoples"],
     [], "declaration", "2007-09-13",
     ["UN DESA, http://undesadspd.org/IndigenousPeoples/DeclarationontheRightsofIndigenousPeoples.aspx "
      "(General Assembly resolution 61/295)"]),
    ("declaration-on-human-rights-defenders",
     "Declaration on the Right and Responsibility of Individuals, Groups and Organs of Society to Promote and "
     "Protect Universally Recognized Human Rights and Fundamental Freedoms",
     ["Declaration on Human Rights Defenders", "UN Declaration on Human Rights Defenders"], [], "declaration",
     "1998-12-09",
     ["General Assembly resolution 53/144, 85th plenary meeting, 9 December 1998, as given at "
      "https://iranrights.org/library/document/154/"]),
    ("mandela-rules", "United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson Mandela Rules)",
     ["Nelson Mandela Rules", "Mandela Rules", "Standard Minimum Rules for the Treatment of Prisoners",
      "UN Standard Minimum Rules for the Treatment of Prisoners"], [], "standard", "2015-12-17",
     ["UN Digital Library, A/RES/70/175, https://digitallibrary.un.org/record/816764"]),
    ("guiding-principles-business-human-rights", "Guiding Principles on Business and Human Rights",
     ["UN Guiding Principles on Business and Human Rights", "United Nations Guiding Principles on Business and Human Rights",
      "UNGPs"], [], "standard", "2011-06-16",
     ["Human Rights Council resolution 17/4 of 16 June 2011, as recalled in A/HRC/RES/21/5, "
      "https://right-docs.org/doc/a-hrc-res-21-5",
      "A/80/36 and A/80/188 (shared/reports)"]),
    ("guiding-principles-internal-displacement", "Guiding Principles on Internal Displacement",
     [], [], "standard", None, [MYANMAR]),
    ("paris-principles", "Principles relating to the Status of National Institutions (Paris Principles)",
     ["Paris Principles"], [], "standard", None,
     ["A/80/36 (2025), shared/reports/A_80_36_HC_annual_report_2025.pdf"]),
    ("basic-principles-use-of-force",
     "Basic Principles on the Use of Force and Firearms by Law Enforcement Officials", [], [], "standard", None,
     ["recalled in A/RES/70/175, as given at https://data.jpp.org.pk/en/entity/q0tvkkgvq5?page=3"]),
    ("beijing-declaration", "Beijing Declaration and Platform for Action",
     ["Beijing Declaration", "Beijing Platform for Action", "Beijing Declaration and Platform of Action"], [],
     "declaration", None, ["A/80/38 and A/80/36 (2025), shared/reports"]),
    ("untoc", "United Nations Convention against Transnational Organized Crime",
     ["Convention against Transnational Organized Crime"], [], "treaty", None, [MYANMAR]),
    ("palermo-protocol",
     "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (Palermo Protocol)",
     ["Palermo Protocol"], [], "protocol", None,
     [MYANMAR + " ('the Palermo Protocol'; 'Convention against Transnational Organized Crime and its Protocol')"]),
    ("ilo-c29", "Forced Labour Convention (No. 29)",
     ["Convention No. 29 on Forced Labour", "ILO Convention No. 29", "Forced Labour Convention"], [], "treaty", None,
     [MYANMAR]),
    ("ilo-c87", "Freedom of Association and Protection of the Right to Organise Convention (No. 87)",
     ["ILO Convention No. 87", "ILO Convention No. 87 on Freedom of Association"], [], "treaty", None, [MYANMAR]),
]

# The last word of a title-case name that makes it a legal instrument when no list knows it.
# Every head ends a label or alias above, or a national law named in shared/reports
# ('Citizenship Law of 1982', 'Villages Act of 1907', 'Criminal Code', 'The Myanmar Constitution of 2008',
# 'Responsible Mining Regulation', 'Armistice Agreement'), or names a peace agreement as the
# genre does ('the Peace Accords were signed in 2016').
HEADS = [
    "Accord", "Accords", "Act", "Agreement", "Agreements", "Charter", "Code", "Constitution", "Convention", "Conventions", "Covenant", "Declaration",
    "Decree", "Law", "Principles", "Protocol", "Regulation", "Rules", "Statute", "Treaty",
]
# Title-case names that end in a head but name a body of law or an ideal, not an instrument.
NOT_INSTRUMENTS = [
    "International Law", "International Humanitarian Law", "International Human Rights Law",
    "International Criminal Law", "Rule of Law",
]
# What marks a case name: 'T.M. v. Denmark' (A/80/38), 'Endorois Welfare Council v Kenya, communication
# No. 276/2003, Judgment' (A/80/188); 'v' without a full stop only between two capitalised names.
CASE_CUES = ["v.", "v", "vs.", "versus", "communication No.", "Communication No.", "Judgment", "case", "Case of"]


def build() -> dict:
    instruments = []
    for key, label, aliases, ambiguous, kind, adopted, sources in ROWS:
        entry = {"key": key, "label": label, "aliases": aliases + ambiguous, "kind": kind}
        if ambiguous:
            entry["acronym_ambiguous"] = True
            entry["ambiguous_aliases"] = ambiguous
        if adopted:
            entry["adopted"] = adopted
        entry["source"] = "; ".join(sources)
        instruments.append(entry)
    instruments.sort(key=lambda e: e["key"])
    return {
        "_comment": (
            "Legal instruments that articles on UN human-rights work name (typed rg:LegalInstrument). "
            "aliases: names the sources use; ambiguous_aliases (with acronym_ambiguous true) are acronyms "
            "that also name a treaty body or a common word (CAT, CEDAW, CRC, CRPD, CERD) and count only "
            "where the context is a treaty (ratify, party to, article N of). adopted: ISO date of adoption, "
            "as precise as the source gives. heads: last words that make a title-case name an instrument; "
            "not_instruments: such names that are not. case_cues: what marks a court or treaty-body case. "
            "Generated by _make_instruments.py; see SOURCES.md."
        ),
        "instruments": instruments,
        "heads": HEADS,
        "not_instruments": NOT_INSTRUMENTS,
        "case_cues": CASE_CUES,
    }


def main() -> None:
    text = json.dumps(build(), indent=1, ensure_ascii=False) + "\n"
    (PACKAGE_DATA / "instruments.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
