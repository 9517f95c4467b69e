#!/usr/bin/env python3
"""Renders a plan JSON file as the HTML page LibreOffice converts into a Word fixture (see README.md).

Usage: render-html.py PLAN.json OUT.html "29th June 2022" "28th February to 11th March 2022" "21st June 2022"
The dates are written as a plan's title page spells them. Even-numbered recommendations (0-based) whose actions all
have an owner and a date become one row with a paragraph per action; the others one row per action, with the
recommendation's own cells spanning them (rowspan). Section headings are rows spanning the columns after Rec No.
"""
import html
import json
import sys

plan_path, out_path, submitted, inspection, published = sys.argv[1:6]
plan = json.load(open(plan_path, encoding="utf-8"))
e = html.escape
recommendations = plan["format"] == "recommendations"
headers = (["Rec No", "Recommendation", "Agreed/Partly Agreed/Not Agreed"] if recommendations else ["1. Rec No", "2. Concerns"]) \
    + ["Response Action Taken/Planned", "Responsible Owner", "Target Date"]

out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>Action Plan</title></head><body>',
       '<p><b>HM Prison &amp; Probation Service</b></p>',
       '<h1>Action Plan: %s</h1>' % e(plan["establishment"]),
       '<p>Action Plan Submitted: %s</p>' % submitted,
       '<p>A Response to the HMIP Inspection: %s</p>' % inspection,
       '<p>Report Published: %s</p>' % published,
       '<h2>INTRODUCTION</h2><p>Action plans are sent to HMIP and published on the GOV.UK website.</p>',
       '<p><b>ACTION PLAN: HMIP REPORT</b></p><p><b>ESTABLISHMENT: %s</b></p>' % e(plan["establishment"].upper()),
       '<table border="1" cellspacing="0" cellpadding="4">',
       '<thead><tr>%s</tr></thead><tbody>' % "".join("<th>%s</th>" % h for h in headers)]
section = None
for i, c in enumerate(plan["concerns"]):
    if c.get("section") != section:
        section = c["section"]
        out.append('<tr><td></td><td colspan="%d"><b>%s</b></td></tr>' % (len(headers) - 1, e(section)))
    acts = c["actions"]
    own = [e(c["id"]), e(c["text"])] + ([e(c.get("agreement", ""))] if recommendations else [])
    if i % 2 == 0 and all(a.get("owner") and a.get("targetDate") for a in acts):
        paras = lambda key: "".join("<p>%s</p>" % e(a[key]) for a in acts)
        out.append("<tr>%s<td>%s</td><td>%s</td><td>%s</td></tr>" % ("".join("<td>%s</td>" % x for x in own), paras("text"), paras("owner"), paras("targetDate")))
    else:
        for j, a in enumerate(acts):
            first = "".join('<td rowspan="%d">%s</td>' % (len(acts), x) for x in own) if j == 0 else ""
            out.append("<tr>%s<td>%s</td><td>%s</td><td>%s</td></tr>" % (first, e(a["text"]), e(a.get("owner") or ""), e(a.get("targetDate") or "")))
out.append("</tbody></table></body></html>")
open(out_path, "w", encoding="utf-8").write("\n".join(out) + "\n")
