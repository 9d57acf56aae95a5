"""Importing a region list: a CSV file of the communes a decision classifies (commune code,
region I/II/III or empty for a commune outside the area, especially difficult villages,
decision number), checked row by row before anything is saved.

    parsed = parse(data)            # every bad row gets a Vietnamese message; nothing saved
    if not parsed.errors:
        save(parsed, decision_date=..., title=..., is_sample=False)

A file with any error saves nothing; saving a list for a decision already imported replaces
that list entirely (in one transaction).
"""

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext as _

from ubdt_portal.vietnamese import fold, nfc

from .models import Commune, CommuneClassification, CommuneRegion, RegionList

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 10_000

# What a column may be called in the header row (accent-folded, lower case, spaces as "_").
COLUMNS = {
    "code": {"ma_xa", "ma", "ma_don_vi", "code", "commune_code"},
    "region": {"khu_vuc", "kv", "region"},
    "villages": {"thon_dbkk", "thon", "thon_dac_biet_kho_khan", "villages"},
    "decision": {"quyet_dinh", "so_quyet_dinh", "decision", "decision_number"},
}
REGION_VALUE = re.compile(r"^(?:khu\s*vuc|kv)?\s*(i{1,3}|[123])$")
ROMAN = {"1": "I", "2": "II", "3": "III", "i": "I", "ii": "II", "iii": "III"}


@dataclass
class Row:
    line: int
    commune: Commune
    region_code: str  # "" for a commune outside the area
    villages: list


@dataclass
class ParsedList:
    decision_number: str = ""
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # Vietnamese messages, one per bad row

    def region_counts(self):
        counts = Counter(row.region_code for row in self.rows)
        return [(code or _("outside the area"), counts[code]) for code in ("I", "II", "III", "")]

    @property
    def village_count(self):
        return sum(len(row.villages) for row in self.rows)


def _header_name(text):
    return re.sub(r"[^a-z0-9]+", "_", fold(text or "")).strip("_")


def _villages(text):
    return [nfc(v).strip() for v in re.split(r"[;\n]", text or "") if v.strip()]


def parse(data):
    """A ParsedList from the bytes of a CSV file (UTF-8, comma or semicolon separated, with a
    header row naming the columns)."""
    parsed = ParsedList()
    if len(data) > MAX_BYTES:
        parsed.errors.append(_("The file is larger than 5 MB."))
        return parsed
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        parsed.errors.append(_("The file is not UTF-8 text. Save it as “CSV UTF-8” and retry."))
        return parsed
    if "\x00" in text:
        parsed.errors.append(_("The file is not a CSV text file."))
        return parsed
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        parsed.errors.append(_("The file is empty."))
        return parsed
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [_header_name(name) for name in next(reader)]
    except csv.Error:
        parsed.errors.append(_("The first line is not a header row of a CSV file."))
        return parsed
    positions = {}
    for key, names in COLUMNS.items():
        found = [i for i, name in enumerate(header) if name in names]
        if found:
            positions[key] = found[0]
    missing = [key for key in ("code", "region", "decision") if key not in positions]
    if missing:
        parsed.errors.append(
            _(
                "The first line must name the columns: ma_xa (commune code), khu_vuc (region), "
                "thon_dbkk (especially difficult villages, separated by “;”) and quyet_dinh "
                "(decision number)."
            )
        )
        return parsed

    raw = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            raw.append((reader.line_num, values))
            if len(raw) > MAX_ROWS:
                parsed.errors.append(
                    _("The file has more than %(count)s rows.") % {"count": MAX_ROWS}
                )
                return parsed
    except csv.Error:
        parsed.errors.append(
            _("Line %(line)s: the CSV format is broken (check the quotes).")
            % {"line": reader.line_num}
        )
        return parsed
    if not raw:
        parsed.errors.append(_("The file has no commune rows."))
        return parsed

    def cell(values, key):
        position = positions.get(key)
        if position is None or position >= len(values):
            return ""
        return nfc(values[position]).strip()

    codes = {cell(v, "code").zfill(5) for _line, v in raw if cell(v, "code").isdigit()}
    communes = {
        c.code: c for c in Commune.objects.filter(code__in=codes).select_related("province")
    }
    seen = {}
    for line, values in raw:
        problems = []
        code = cell(values, "code")
        commune = None
        if not code:
            problems.append(_("the commune code is missing"))
        elif not code.isdigit() or len(code) > 5:
            problems.append(_("“%(code)s” is not a commune code (five digits)") % {"code": code})
        else:
            code = code.zfill(5)
            commune = communes.get(code)
            if commune is None:
                problems.append(_("no commune has the code %(code)s") % {"code": code})
            elif code in seen:
                problems.append(
                    _("commune %(code)s is already on line %(line)s")
                    % {"code": code, "line": seen[code]}
                )
            else:
                seen[code] = line
        region = cell(values, "region")
        match = REGION_VALUE.match(fold(region)) if region else None
        if region and not match:
            problems.append(
                _("region “%(region)s” is not I, II, III or empty (outside the area)")
                % {"region": region}
            )
        decision = cell(values, "decision")
        if not decision:
            problems.append(_("the decision number is missing"))
        elif not parsed.decision_number:
            parsed.decision_number = decision
        elif decision != parsed.decision_number:
            problems.append(
                _("decision “%(decision)s” differs from “%(first)s” of the first row")
                % {"decision": decision, "first": parsed.decision_number}
            )
        if problems:
            parsed.errors.append(
                _("Line %(line)s: %(problems)s.") % {"line": line, "problems": "; ".join(problems)}
            )
        else:
            parsed.rows.append(
                Row(
                    line,
                    commune,
                    ROMAN[match.group(1)] if match else "",
                    _villages(cell(values, "villages")),
                )
            )
    if len(parsed.decision_number) > RegionList._meta.get_field("decision_number").max_length:
        parsed.errors.append(_("The decision number is too long."))
    return parsed


def existing_list(parsed):
    """The list this file would replace (with `count`, its number of communes), or None."""
    return (
        RegionList.objects.filter(decision_number=parsed.decision_number)
        .annotate(count=Count("classifications"))
        .first()
    )


@transaction.atomic
def save(parsed, *, decision_date, title, is_sample):
    """Save a list without errors, replacing any list of the same decision. Returns
    (region_list, replaced)."""
    if parsed.errors or not parsed.rows:
        raise ValueError("A list with errors is never saved.")
    regions = {r.code: r for r in CommuneRegion.objects.all()}
    region_list = (
        RegionList.objects.select_for_update()
        .filter(decision_number=parsed.decision_number)
        .first()
    )
    replaced = region_list is not None
    if replaced:
        region_list.classifications.all().delete()
    else:
        region_list = RegionList(decision_number=parsed.decision_number)
    region_list.decision_date = decision_date
    region_list.title = title
    region_list.is_sample = is_sample
    region_list.save()
    CommuneClassification.objects.bulk_create(
        [
            CommuneClassification(
                region_list=region_list,
                commune=row.commune,
                region=regions.get(row.region_code),
                in_minority_area=bool(row.region_code),
                difficult_villages="\n".join(row.villages),
            )
            for row in parsed.rows
        ],
        batch_size=1000,
    )
    return region_list, replaced
