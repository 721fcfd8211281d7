"""Regenerate groups.json from the two small extracts beside this file.

    python tools/data/_make_groups.py

_groups_cameo.tsv holds rows of Table 5.1 ("CAMEO Ethnic Group Codes") of the CAMEO
codebook as published (name with the codebook's alternative names in parentheses,
code, selected countries as ISO 3166 alpha-3), limited to the rows SOURCES.md says
were kept. _groups_forms.tsv gives, per kept row, the key, label and the forms an
article writes, and adds the groups that come from other sources (UN documents,
GDELT's CAMEO lookup tables, EPR). SOURCES.md explains every choice.

Not run at import time: the package reads the generated JSON only.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE_DATA = HERE.parents[1] / "rightsgraph" / "builders" / "data"

SOURCES = {
    "cameo": (
        "CAMEO Conflict and Mediation Event Observations Event and Actor Codebook, v1.1b3 "
        "(Penn State Event Data Project, March 2012), Table 5.1 CAMEO Ethnic Group Codes "
        "(built from EPR 3.1 and ISO 639-2), code '{code}'; "
        "https://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf"
    ),
    "gdelt-ethnic": "GDELT lookup table CAMEO.ethnic.txt, https://www.gdeltproject.org/data/lookups/CAMEO.ethnic.txt",
    "gdelt-religion": "GDELT lookup table CAMEO.religion.txt, https://www.gdeltproject.org/data/lookups/CAMEO.religion.txt",
    "epr2021": "Ethnic Power Relations (EPR) 2021 / GeoEPR 2021, ETH Zurich ICR, https://icr.ethz.ch/data/epr/",
    "un-a-hrc-17-9": (
        "A/HRC/17/9, Report of the Working Group on the UPR: Myanmar (2011), "
        "https://undocs.org/A/HRC/17/9 (shared/reports/A_HRC_17_9_UPR_Myanmar_2011.pdf)"
    ),
    "un-a-hrc-wg6-34-ita-3": (
        "A/HRC/WG.6/34/ITA/3, Summary of Stakeholders' submissions on Italy (2019), "
        "https://undocs.org/A/HRC/WG.6/34/ITA/3 (shared/reports/A_HRC_WG.6_34_ITA_3_UPR_stakeholders_Italy_2019.pdf)"
    ),
    "un-a-80-36": (
        "A/80/36, Report of the United Nations High Commissioner for Human Rights (2025), "
        "https://undocs.org/A/80/36 (shared/reports/A_80_36_HC_annual_report_2025.pdf)"
    ),
    "un-a-80-188": (
        "A/80/188, Report of the Special Rapporteur on human rights and climate change (2025), "
        "https://undocs.org/A/80/188 (shared/reports/A_80_188_SR_climate_change_2025.pdf)"
    ),
    "un-a-hrc-32-crp2": (
        "A/HRC/32/CRP.2, 'They came to destroy': ISIS Crimes Against the Yazidis, Commission of Inquiry "
        "on the Syrian Arab Republic, 15 June 2016, "
        "http://s3.documentcloud.org/documents/2863364/They-came-to-destroy-ISIS-Crimes-Against-the.txt"
    ),
    "un-a-hrc-res-28-6": (
        "A/HRC/RES/28/6, Independent Expert on the enjoyment of human rights by persons with albinism "
        "(Human Rights Council, 2015), https://right-docs.org/doc/a-hrc-res-28-6"
    ),
    "undrip": (
        "United Nations Declaration on the Rights of Indigenous Peoples, A/RES/61/295, "
        "https://undocs.org/A/RES/61/295"
    ),
    "un-experts-2022": (
        "Statement of UN Special Procedures on China, 10 June 2022, as reported at "
        "https://savetibet.org/un-experts-renew-call-on-china-for-unhindered-access-by-independent-human-rights-experts/"
    ),
}

# CAMEO's own caveat (codebook, section 5.3.3): its country lists are biased towards large
# countries of immigration. Those countries are dropped from a group's countries whenever
# the source also lists a country outside this set, so a group is tied to where it lives
# rather than to its diaspora.
DIASPORA = {"AUS", "CAN", "DEU", "FRA", "GBR", "USA"}

# ISO 3166 alpha-3 of each places.json country, joined once on shared/reference/countries.tsv.
ISO3_TO_PLACE = {
    "PRK": "dprk", "KOR": "republic-of-korea", "JPN": "japan", "CHN": "china", "RUS": "russia",
    "USA": "united-states", "GBR": "united-kingdom", "FRA": "france", "DEU": "germany",
    "CHE": "switzerland", "NLD": "netherlands", "SYR": "syria", "IRN": "iran", "IRQ": "iraq",
    "MMR": "myanmar", "ERI": "eritrea", "VEN": "venezuela", "BDI": "burundi", "LKA": "sri-lanka",
    "SSD": "south-sudan", "SDN": "sudan", "LBY": "libya", "YEM": "yemen", "AFG": "afghanistan",
    "BLR": "belarus", "UKR": "ukraine", "ETH": "ethiopia", "CAF": "central-african-republic",
    "COD": "democratic-republic-of-the-congo", "MLI": "mali", "KHM": "cambodia", "NIC": "nicaragua",
    "CUB": "cuba", "ISR": "israel", "PSE": "state-of-palestine", "LBN": "lebanon", "TUR": "turkey",
    "SAU": "saudi-arabia", "EGY": "egypt", "BHR": "bahrain", "JOR": "jordan", "SOM": "somalia",
    "NGA": "nigeria", "RWA": "rwanda", "UGA": "uganda", "KEN": "kenya", "ZWE": "zimbabwe",
    "PAK": "pakistan", "IND": "india", "BGD": "bangladesh", "THA": "thailand", "VNM": "viet-nam",
    "LAO": "laos", "PHL": "philippines", "IDN": "indonesia", "MYS": "malaysia", "MNG": "mongolia",
    "AUS": "australia", "CAN": "canada", "MEX": "mexico", "COL": "colombia", "BRA": "brazil",
    "ARG": "argentina", "CHL": "chile", "ITA": "italy", "ESP": "spain", "POL": "poland",
    "SWE": "sweden", "NOR": "norway", "BEL": "belgium", "AUT": "austria", "QAT": "qatar",
    "ARE": "united-arab-emirates", "TJK": "tajikistan", "TKM": "turkmenistan", "UZB": "uzbekistan",
    "KAZ": "kazakhstan", "AZE": "azerbaijan", "ARM": "armenia", "GEO": "georgia", "HTI": "haiti",
    "TCD": "chad", "CMR": "cameroon", "DZA": "algeria", "MAR": "morocco", "TUN": "tunisia",
}

GROUP_NOUNS = [
    "minority", "minorities", "community", "communities", "people", "peoples", "population",
    "populations", "group", "groups", "ethnic group", "ethnic groups", "ethnic minority",
    "ethnic minorities", "religious minority", "religious minorities", "tribe", "tribes",
    "clan", "clans", "diaspora", "refugees", "villagers", "believers", "worshippers",
    "Muslims", "Christians", "Buddhists", "Hindus", "Catholics",
]


def plural(name: str) -> str | None:
    """The English -s plural of a consonant-final ethnonym ('Chechen' -> 'Chechens'), else None."""
    if " " in name or name[-1] not in "nrtkdlgbpmc":
        return None
    return name + "s"


def split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# A list still longer than this once the diaspora countries are gone is read as the
# codebook's Wikipedia-derived "any country with more than 1,000 members" list, which ties
# the group to no country in particular: such a row gives no countries.
MOST_COUNTRIES = 6


def places(iso3: list[str], *, settlement: bool = False) -> list[str]:
    """places.json keys for ISO alpha-3 codes; settlement=True applies the codebook filters."""
    kept = iso3
    if settlement:
        if any(c not in DIASPORA for c in iso3):
            kept = [c for c in iso3 if c not in DIASPORA]
        if len(set(kept)) > MOST_COUNTRIES:
            kept = []
    return sorted({ISO3_TO_PLACE[c] for c in kept if c in ISO3_TO_PLACE})


def source_text(cell: str, code: str = "") -> list[str]:
    out = []
    for part in split(cell):
        ident, _, detail = part.partition(":")
        text = SOURCES[ident].format(code=code)
        out.append(f"{text}, gwgroupid {detail.replace(',', ', ')}" if detail else text)
    return out


def from_cameo(row: dict[str, str], forms: dict[str, str] | None) -> dict:
    name = row["name"]
    primary = re.sub(r"\s*\(.*", "", name).strip()
    alternatives = [a.strip() for alt in re.findall(r"\(([^)]*)\)", name) for a in alt.split("/")]
    iso3 = [c.strip() for c in row["countries"].split(",") if c.strip()]
    forms = forms or {}
    names = split(forms.get("names", ""))
    if not names:
        names = [n for base in [primary, *alternatives] for n in (plural(base), base) if n]
    label = forms.get("label") or names[0]
    sources = [SOURCES["cameo"].format(code=row["code"])] + source_text(forms.get("source", ""))
    entry = {
        "key": forms.get("key") or slug(label),
        "label": label,
        "names": list(dict.fromkeys(names)),
        "kind": forms.get("kind") or "ethnic",
        "countries": sorted(set(places(iso3, settlement=True)) | set(places(split(forms.get("countries", ""))))),
        "source": "; ".join(sources),
    }
    return finish(entry, forms)


def from_forms(forms: dict[str, str]) -> dict:
    entry = {
        "key": forms["key"],
        "label": forms["label"],
        "names": split(forms["names"]),
        "kind": forms["kind"],
        "countries": places(split(forms.get("countries", ""))),
        "source": "; ".join(source_text(forms["source"])),
    }
    return finish(entry, forms)


def finish(entry: dict, forms: dict[str, str]) -> dict:
    if split(forms.get("context_names", "")):
        entry["context_names"] = split(forms["context_names"])
    if split(forms.get("adjectives", "")):
        entry["adjectives"] = split(forms["adjectives"])
    if not entry["countries"]:
        del entry["countries"]
    if forms.get("note"):
        entry["note"] = forms["note"]
    return entry


def build() -> dict:
    with open(HERE / "_groups_cameo.tsv", encoding="utf-8", newline="") as f:
        cameo = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    with open(HERE / "_groups_forms.tsv", encoding="utf-8", newline="") as f:
        forms = [{k: v or "" for k, v in row.items()} for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]
    by_name = {row["cameo_name"]: row for row in forms if row["cameo_name"] != "-"}
    unknown = set(by_name) - {row["name"] for row in cameo}
    if unknown:
        raise SystemExit(f"_groups_forms.tsv names rows missing from _groups_cameo.tsv: {sorted(unknown)}")
    groups = [from_cameo(row, by_name.get(row["name"])) for row in cameo]
    groups += [from_forms(row) for row in forms if row["cameo_name"] == "-"]
    groups.sort(key=lambda g: g["key"])
    return {
        "_comment": (
            "Groups of people that articles on UN human-rights work name (typed rg:Group). "
            "names: forms that on their own name the group; context_names: bare forms that are also "
            "common words, personal names or places, to be read as the group only next to a group noun "
            "or the word 'ethnic'; adjectives: forms that name the group only before a group noun "
            "('Kurdish community'). countries: places.json keys of the source's countries of settlement "
            "(diaspora countries dropped, see SOURCES.md), not a claim of nationality. National groups "
            "('Syrians') are left to places.json demonyms. Generated by _make_groups.py; see SOURCES.md."
        ),
        "groups": groups,
        "group_nouns": GROUP_NOUNS,
    }


def main() -> None:
    text = json.dumps(build(), indent=1, ensure_ascii=False) + "\n"
    (PACKAGE_DATA / "groups.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
