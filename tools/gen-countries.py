#!/usr/bin/env python3
"""Generates crates/acta-extract/data/countries.tsv: every ISO 3166-1 entry with its Spanish names.

Sources (Debian packages, read from their installed paths; no network):
  * iso-codes: /usr/share/iso-codes/json/iso_3166-1.json gives the 249 entries (alpha-2, alpha-3,
    numeric, English names); /usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo gives their Spanish
    translations, used for the official names ("Estados Unidos Mexicanos") and extra variants.
  * unicode-cldr-core: common/main/es.xml (+ the es_* regional files) gives the Spanish short
    names CLDR uses ("México", "Corea del Sur", "Côte d'Ivoire" / variant "Costa de Marfil").

Columns (tab-separated; lists separated by "|"):
  alpha2  alpha3  numeric  name  official_names  names  abbreviations
`name` is the Spanish short name reported in records; `names` every other short form (CLDR
alternatives, regional CLDR names, iso-codes' Spanish name); `abbreviations` dotted or
multi-letter abbreviations CLDR gives (EE. UU.). A folded form (lower case, no accents) that
would name two different entries is dropped from both and reported on stderr.

Usage: python3 tools/gen-countries.py > crates/acta-extract/data/countries.tsv
Stdlib only.
"""

import glob
import json
import os
import struct
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_MO = "/usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo"
CLDR_MAIN = "/usr/share/unicode/cldr/common/main"
# Regional Spanish locales whose territory names are added as variants.
CLDR_REGIONAL = ["es_419", "es_MX", "es_US", "es_CL", "es_AR", "es_CO"]

# Name choices where CLDR's default display name is not what a Spanish text calls the country.
# Keyed by alpha-2; the value says which CLDR alternative to use as `name`.
PREFER_ALT = {
    "CI": "variant",  # default is the French "Côte d'Ivoire"; variant "Costa de Marfil"
    "HK": "short",  # "RAE de Hong Kong (China)" -> "Hong Kong"
    "MO": "short",  # "RAE de Macao (China)" -> "Macao"
    "PS": "short",  # "Territorios Palestinos" -> "Palestina"
}


def read_mo(path):
    """Parses a GNU .mo catalogue into {msgid: msgstr} (translated entries only)."""
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack("<I", data[:4])[0]
    endian = "<" if magic == 0x950412DE else ">"
    _rev, count, orig_off, trans_off = struct.unpack(endian + "4I", data[4:20])
    catalog = {}
    for i in range(count):
        olen, ooff = struct.unpack(endian + "2I", data[orig_off + 8 * i : orig_off + 8 * i + 8])
        tlen, toff = struct.unpack(endian + "2I", data[trans_off + 8 * i : trans_off + 8 * i + 8])
        msgid = data[ooff : ooff + olen].decode("utf-8")
        msgstr = data[toff : toff + tlen].decode("utf-8")
        if msgid and msgstr:
            catalog[msgid] = msgstr
    return catalog


def cldr_territories(locale):
    """{(code, alt): name} from one CLDR locale file."""
    path = os.path.join(CLDR_MAIN, locale + ".xml")
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    node = root.find("localeDisplayNames/territories")
    if node is None:
        return {}
    return {(t.get("type"), t.get("alt")): t.text.strip() for t in node if t.text}


def fold(text):
    """Mirror of acta_normalize::fold_char for conflict detection: lower case, no accents."""
    text = text.replace("\u2019", "'").replace("\u00b4", "'")
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_parenthetical(name):
    """'Myanmar (Birmania)' -> ('Myanmar', 'Birmania')."""
    if "(" in name and name.endswith(")"):
        head, _, inner = name.partition("(")
        return head.strip(), inner[:-1].strip()
    return name, None


def is_abbreviation(form):
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def package_version(package):
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=True
        )
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    entries = json.load(open(ISO_JSON, encoding="utf-8"))["3166-1"]
    spanish = read_mo(ISO_MO)
    cldr = cldr_territories("es")
    regional = [cldr_territories(loc) for loc in CLDR_REGIONAL]

    rows = []
    for entry in sorted(entries, key=lambda e: e["alpha_2"]):
        code = entry["alpha_2"]
        default = cldr.get((code, None))
        preferred = cldr.get((code, PREFER_ALT.get(code))) if code in PREFER_ALT else None
        chosen = preferred or default or spanish.get(entry["name"], entry["name"])
        name, inner = strip_parenthetical(chosen)

        official = []
        for key in ("official_name",):
            english = entry.get(key)
            translated = spanish.get(english) if english else None
            # An untranslated official name ("Republic of Türkiye") is English, not Spanish.
            if translated and translated != english:
                head, _paren = strip_parenthetical(translated)
                # "Taiwán, Provincia de China" is an index form, not a name written in text.
                if ", " not in head:
                    official.append(head)

        names, abbreviations = [], []

        def add(form):
            if not form:
                return
            # The parenthetical itself is not added: it is sometimes a name ("Birmania") and
            # sometimes a gloss ("zona francesa", "República"); the hand-written file adds names.
            head, _paren = strip_parenthetical(form)
            for candidate in (form, head):
                if not candidate or ", " in candidate:
                    continue  # "Bolivia, Estado plurinacional de" is an index form, not text
                if is_abbreviation(candidate):
                    # Bare two-letter capitals ("RU") are too ambiguous to match; keep dotted ones.
                    if "." in candidate:
                        abbreviations.append(candidate)
                    continue
                names.append(candidate)

        add(chosen)
        add(inner)
        for (c, _alt), form in cldr.items():
            if c == code:
                add(form)
        for table in regional:
            for (c, _alt), form in table.items():
                if c == code:
                    add(form)
        for key in ("name", "common_name"):
            english = entry.get(key)
            translated = spanish.get(english) if english else None
            # Keep iso-codes' Spanish name only when it is really Spanish (differs from English).
            if translated and translated != english:
                add(translated)
        rows.append([code, entry["alpha_3"], entry["numeric"], name, official, names, abbreviations])

    # A folded form that names two entries is ambiguous: drop it (never a row's own name).
    owners = {}
    for row in rows:
        forms = [row[3]] + row[4] + row[5] + row[6]
        for form in forms:
            owners.setdefault(fold(form), set()).add(row[0])
    for row in rows:
        for column in (4, 5, 6):
            kept = []
            for form in row[column]:
                if len(owners[fold(form)]) > 1:
                    print(f"dropped ambiguous form {form!r} of {row[0]}", file=sys.stderr)
                    continue
                if fold(form) == fold(row[3]) or any(fold(form) == fold(k) for k in kept):
                    continue
                if column != 4 and any(fold(form) == fold(o) for o in row[4]):
                    continue
                kept.append(form)
            row[column] = kept

    print("# Spanish names of every ISO 3166-1 entry. GENERATED by tools/gen-countries.py; do not edit.")
    print("# command: python3 tools/gen-countries.py > crates/acta-extract/data/countries.tsv")
    print(
        f"# sources: Debian iso-codes {package_version('iso-codes')} (iso_3166-1.json, es/iso_3166-1.mo),"
        f" Debian unicode-cldr-core {package_version('unicode-cldr-core')}"
        f" (common/main/es.xml, {', '.join(CLDR_REGIONAL)})"
    )
    print("# columns: alpha2 alpha3 numeric name official_names names abbreviations (lists: '|')")
    print("# hand-written variants, abbreviations and demonyms: countries_extra.tsv")
    for code, alpha3, numeric, name, official, names, abbreviations in rows:
        print("\t".join([code, alpha3, numeric, name, "|".join(official), "|".join(names), "|".join(abbreviations)]))
    print(f"generated {len(rows)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
