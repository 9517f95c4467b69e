#!/usr/bin/python3
"""Writes the Word fixtures of this folder: each plan below as a .docx made by python-docx (NAME.python-docx.docx),
the same document opened and saved again by LibreOffice (NAME.libreoffice.docx), and the plan it holds as canonical
JSON (NAME.expected.plan.json), written from the same data, never by reading a .docx. See README.md.

Usage: /usr/bin/python3 make-fixtures.py [OUT_DIR] [--no-libreoffice]
Needs Debian's python3-docx (0.8.x) and, for the LibreOffice copies, soffice (libreoffice-writer-nogui).

python-docx cannot write list numbering, tracked changes, comments, footnotes, fields or content controls through its
API: those parts are written here as WordprocessingML into the document python-docx builds (its numbering and styles
parts, its tables and paragraphs), as Word itself writes them.
"""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

HERE = os.path.dirname(os.path.abspath(__file__))
WNS = nsdecls("w")
MCNS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

CONCERN_HEADINGS = ["1. Rec No", "2. Concerns", "3. Response Action Taken/Planned", "4. Responsible Owner", "5. Target Date"]
RECOMMENDATION_HEADINGS = ["1. Rec No", "2. Recommendation", "3. Agreed/ Partly Agreed/ Not Agreed",
                           "4. Response Action Taken/Planned", "5. Responsible Owner", "6. Target Date"]
OLD_HEADINGS = ["Rec. No.", "Recommendation", "Accepted/ Rejected", "Response: Action Taken/Planned",
                "Function Responsible/ Policy Lead", "Target Date"]


# ----------------------------------------------------------------------------------------------------------------------
# Building blocks

def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run(text, props=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr>%s</w:rPr>" % props if props else "", esc(text))


def para(*content, ppr=""):
    """A raw paragraph: content is run XML (or plain strings, made runs)."""
    inner = "".join(c if c.startswith("<") else run(c) for c in content)
    return parse_xml('<w:p %s %s>%s%s</w:p>' % (WNS, MCNS, "<w:pPr>%s</w:pPr>" % ppr if ppr else "", inner))


def numbered(num_id, level, *content):
    return para(*content, ppr='<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (level, num_id))


def fill(cell, paragraphs):
    """Replaces a cell's content: each item a string (a plain paragraph, "" an empty one), a (style, text) pair, or raw XML."""
    tc = cell._tc
    for p in tc.findall(qn("w:p")) + tc.findall(qn("w:tbl")) + tc.findall(qn("w:sdt")):
        tc.remove(p)
    for item in paragraphs or [""]:
        if isinstance(item, str):
            cell.add_paragraph(item)
        elif isinstance(item, tuple):
            cell.add_paragraph(item[1], style=item[0])
        else:
            tc.append(item)
    if not tc.findall(qn("w:p")) and not tc.findall(qn("w:sdt")):
        cell.add_paragraph("")


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml("<w:tblHeader %s/>" % WNS))


def new_document(plan, title_lines=None):
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for line in title_lines if title_lines is not None else default_titles(plan):
        doc.add_paragraph(line)
    return doc


def default_titles(plan):
    return ["HM Prison & Probation Service",
            "Action Plan: " + plan["establishment"],
            "Action Plan Submitted: 29 January 2025",
            "A Response to the HMIP Inspection: 30 September – 10 October 2024",
            "Report Published: 14 January 2025",
            "ACTION PLAN: HMIP REPORT",
            "ESTABLISHMENT: " + plan["establishment"].upper()]


def plan_table(doc, headings, repeat=True):
    table = doc.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, headings):
        fill(cell, [heading])
    if repeat:
        repeat_header(table.rows[0])
    return table


def section_row(table, heading):
    row = table.add_row()
    merged = row.cells[1].merge(row.cells[-1])
    fill(row.cells[0], [""])
    fill(merged, [heading])
    return row


def add_row(table, cells):
    row = table.add_row()
    for cell, content in zip(row.cells, cells):
        fill(cell, content if isinstance(content, list) else [content])
    return row


def merge_down(table, first_row, last_row, columns):
    """Vertically merges the given columns from first_row to last_row (python-docx writes w:vMerge)."""
    for c in columns:
        top = table.cell(first_row, c)
        keep = [copy.deepcopy(p) for p in top._tc.findall(qn("w:p"))]
        merged = top.merge(table.cell(last_row, c))
        fill(merged, keep)


def add_numbering(doc, abstract_xml, nums_xml):
    """Adds abstract lists and lists to python-docx's numbering part (abstract lists go before the first w:num)."""
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for xml in abstract_xml:
        first_num.addprevious(parse_xml(xml))
    for xml in nums_xml:
        numbering.append(parse_xml(xml))


def abstract_num(abstract_id, levels):
    """levels: (ilvl, start, numFmt, lvlText[, pStyle])."""
    body = ""
    for level in levels:
        ilvl, start, fmt, text = level[:4]
        style = '<w:pStyle w:val="%s"/>' % level[4] if len(level) > 4 else ""
        body += ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/>'
                 '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>') % (ilvl, start, fmt, style, esc(text), 360 * (ilvl + 1))
    return '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>' % (WNS, abstract_id, body)


def num(num_id, abstract_id, overrides=""):
    return '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (WNS, num_id, abstract_id, overrides)


def add_part(doc, name, content_type, relationship, xml):
    part = Part(PackURI(name), content_type, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, relationship)


def steps(lead, items):
    return lead + " " + " ".join("• " + item for item in items)


# ----------------------------------------------------------------------------------------------------------------------
# The plans. Each returns (document, expected plan); the expected plan is the data the document was written from.

def header_fields(name, fmt):
    return {"establishment": name, "submitted": "2025-01-29", "inspection": {"start": "2024-09-30", "end": "2024-10-10"},
            "reportPublished": "2025-01-14", "format": fmt}


def list_numbering():
    """Rec No by Word list numbering (the cell holds no text); an action's bulleted steps; numbered actions each with
    an owner and date (numbering from the List Number style); numbering that runs on across section rows."""
    plan = dict(header_fields("HMP Ashdown", "concerns"), concerns=[])
    doc = new_document(plan)
    add_numbering(doc, [abstract_num(20, [(0, 1, "decimal", "%1.")])], [num(20, 20)])
    table = plan_table(doc, CONCERN_HEADINGS)

    def rec(section, text, actions, rows=None):
        concern = {"id": str(len(plan["concerns"]) + 1), "section": section, "text": text, "actions": actions}
        plan["concerns"].append(concern)
        return concern

    section_row(table, "Priority concerns")
    c = rec("Priority concerns", "Too many prisoners were locked in their cells during the working day.", [
        {"text": "The regime will be reviewed to increase time out of cell for all prisoners.", "owner": "Head of Residence", "targetDate": "March 2025"},
        {"text": "Attendance at activities will be monitored weekly at the Reducing Reoffending meeting.", "owner": "Head of Reducing Reoffending", "targetDate": "April 2025"}])
    add_row(table, [[numbered(20, 0)], c["text"], [a["text"] for a in c["actions"]], [a["owner"] for a in c["actions"]], [a["targetDate"] for a in c["actions"]]])

    lead = "The Head of Safety will introduce a monthly violence data review that will:"
    items = ["analyse incidents by location and time;", "identify prisoners involved in repeated incidents;", "report its findings to the Safety meeting."]
    c = rec("Priority concerns", "Leaders did not use data to understand the causes of violence.", [
        {"text": steps(lead, items), "owner": "Head of Safety", "targetDate": "June 2025"}])
    add_row(table, [[numbered(20, 0)], c["text"], [lead] + [("List Bullet", i) for i in items], "Head of Safety", "June 2025"])

    c = rec("Priority concerns", "Prisoners with mental health needs waited too long for assessment.", [
        {"text": "Referrals will be triaged within five working days.", "owner": "Head of Healthcare", "targetDate": "February 2025"},
        {"text": "A weekly mental health clinic will be held on each wing.", "owner": "Head of Healthcare", "targetDate": "March 2025"},
        {"text": "Waiting times will be reported to the Healthcare Partnership Board.", "owner": "Governor", "targetDate": "March 2025"}])
    add_row(table, [[numbered(20, 0)], c["text"], [("List Number", a["text"]) for a in c["actions"]],
                    [a["owner"] for a in c["actions"]], [a["targetDate"] for a in c["actions"]]])

    section_row(table, "Key concerns")
    c = rec("Key concerns", "Prisoners did not receive enough help to find accommodation on release.", [
        {"text": "A housing specialist will see every prisoner twelve weeks before release.", "owner": "Head of Resettlement", "targetDate": "Ongoing"}])
    add_row(table, [[numbered(20, 0)], c["text"], c["actions"][0]["text"], "Head of Resettlement", "Ongoing"])

    c = rec("Key concerns", "Too few prisoners took part in education.", [
        {"text": "The education timetable will be extended to evenings.", "owner": "Head of Education, Skills and Work", "targetDate": "September 2025"},
        {"text": "Pay for education will be brought into line with work.", "owner": "Head of Education, Skills and Work", "targetDate": "April 2025"}])
    first = len(table.rows)
    add_row(table, [[numbered(20, 0)], c["text"], c["actions"][0]["text"], c["actions"][0]["owner"], c["actions"][0]["targetDate"]])
    add_row(table, ["", "", c["actions"][1]["text"], c["actions"][1]["owner"], c["actions"][1]["targetDate"]])
    merge_down(table, first, first + 1, [0, 1])
    return doc, plan


def multilevel_numbering():
    """Outline numbering as teams use it: section rows numbered at level 1 of a two-level list ("7. Key concerns and
    recommendations", starting at 7) and recommendation numbers at level 2 ("%1.%2": 7.1, 7.2, …), restarting under
    the next section row (8.1); numbering that comes from a paragraph style (9.1, 9.2); lettered actions, and lettered
    steps whose list restarts at a) (w:lvlOverride/w:startOverride) where it would otherwise run on to c)."""
    plan = dict(header_fields("HMP Beacon Hill", "recommendations"), concerns=[])
    doc = new_document(plan)
    doc.styles.element.append(parse_xml('<w:style %s w:type="paragraph" w:customStyle="1" w:styleId="RecNumber"><w:name w:val="Rec Number"/>'
                                        '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="32"/></w:numPr></w:pPr></w:style>' % WNS))
    add_numbering(doc, [abstract_num(30, [(0, 7, "decimal", "%1."), (1, 1, "decimal", "%1.%2")]),
                        abstract_num(32, [(0, 9, "decimal", "%1."), (1, 1, "decimal", "%1.%2")]),
                        abstract_num(33, [(0, 1, "lowerLetter", "%1)")])],
                  [num(30, 30), num(32, 32), num(33, 33),
                   num(34, 33, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')])
    table = plan_table(doc, RECOMMENDATION_HEADINGS)

    def section(heading, numbered_heading=True):
        row = section_row(table, heading)
        if numbered_heading:
            fill(row.cells[1], [numbered(30, 0, heading)])

    def rec(id_, section_name, text, agreement, actions, number, reason=None, agreement_cell=None, action_cells=None, owners=None, dates=None):
        concern = {"id": id_, "section": section_name, "text": text, "agreement": agreement}
        if reason:
            concern["reason"] = reason
        concern["actions"] = actions
        plan["concerns"].append(concern)
        add_row(table, [[number], text, agreement_cell or agreement, action_cells or [a["text"] for a in actions],
                        owners or [a["owner"] for a in actions], dates or [a["targetDate"] for a in actions]])

    kc = "Key concerns and recommendations"
    section(kc)
    rec("7.1", kc, "Leaders should make sure that staff routinely switch on body-worn cameras during use of force.", "Agreed", [
        {"text": "Body-worn camera use will be checked at every use of force review meeting.", "owner": "Head of Security", "targetDate": "March 2025"}], numbered(30, 1))
    rec("7.2", kc, "Governance meetings should be well attended and informed by good data.", "Agreed", [
        {"text": "Terms of reference for the Safety meeting will name the members who must attend.", "owner": "Head of Safety", "targetDate": "February 2025"},
        {"text": "A data pack will be circulated a week before each meeting.", "owner": "Performance Hub Manager", "targetDate": "February 2025"}], numbered(30, 1),
        action_cells=[numbered(33, 0, "Terms of reference for the Safety meeting will name the members who must attend."),
                      numbered(33, 0, "A data pack will be circulated a week before each meeting.")])
    rec("7.3", kc, "All prisoners should have a key worker session every week.", "Partly Agreed", [
        {"text": "Key work will be prioritised for prisoners at risk of self-harm.", "owner": "Head of Residence", "targetDate": "April 2025"}], numbered(30, 1),
        reason="staffing levels do not allow weekly sessions for everyone", agreement_cell="Partly Agreed – staffing levels do not allow weekly sessions for everyone")

    section("Recommendations")
    rec("8.1", "Recommendations", "Prisoners should be able to shower every day.", "Agreed", [
        {"text": "The regime will include a daily shower slot on every wing.", "owner": "Head of Residence", "targetDate": "March 2025"}], numbered(30, 1))
    lead, items = "A food forum will:", ["meet every quarter with the catering manager;", "publish its minutes on the wing noticeboards."]
    rec("8.2", "Recommendations", "The prison should consult prisoners about the food.", "Agreed", [
        {"text": lead + " a) " + items[0] + " b) " + items[1], "owner": "Catering Manager", "targetDate": "April 2025"}], numbered(30, 1),
        action_cells=[para(lead)] + [numbered(34, 0, i) for i in items], owners=["Catering Manager"], dates=["April 2025"])

    section("Further recommendations", numbered_heading=False)
    fr = "Further recommendations"
    rec("9.1", fr, "Prisoners should receive their property within a week of arrival.", "Not Agreed", [
        {"text": "This recommendation is not agreed because property is transferred by the national contractor.", "owner": "Governor", "targetDate": "Not applicable"}],
        para(ppr='<w:pStyle w:val="RecNumber"/>'), reason="This recommendation is not agreed because property is transferred by the national contractor.")
    rec("9.2", fr, "Complaints should be answered on time.", "Agreed", [
        {"text": "Overdue complaints will be reported to the senior leadership team every week.", "owner": "Business Hub Manager", "targetDate": "February 2025"}],
        para(ppr='<w:pStyle w:val="RecNumber"/>'))
    return doc, plan


def old_template():
    """The 2015–16 template: "Rec. No. | Recommendation | Accepted/ Rejected | Response: Action Taken/Planned | Function
    Responsible/ Policy Lead | Target Date", Accepted / Partly accepted / Rejected, the key to those words as rows
    inside the table, and a tally of them at its end."""
    plan = dict(header_fields("HMP Castle Mead", "recommendations"), concerns=[])
    titles = ["National Offender Management Service",
              "ACTION PLAN: HMCIP REPORT ON AN UNANNOUNCED INSPECTION OF HMP CASTLE MEAD",
              "ESTABLISHMENT: HMP Castle Mead",
              "Action Plan Submitted: 29 January 2025",
              "Date of inspection: 30 September – 10 October 2024",
              "Report Published: 14 January 2025"]
    doc = new_document(plan, titles)
    table = plan_table(doc, OLD_HEADINGS)

    def key_row(term, definition):
        row = table.add_row()
        term_cell = row.cells[0].merge(row.cells[1])
        definition_cell = row.cells[2].merge(row.cells[5])
        fill(term_cell, [term])
        fill(definition_cell, [definition])

    heading = table.add_row()
    fill(heading.cells[0].merge(heading.cells[5]), ["Key to the Accepted/ Rejected column"])
    key_row("Accepted", "The recommendation is accepted in full and will be implemented within the timescale given.")
    key_row("Partly accepted", "Only part of the recommendation is accepted; the response must say which part, and why the rest is not.")
    key_row("Rejected", "The recommendation is not accepted; the response must say why.")

    recs = [
        ("Agreed", "Accepted", None, "Prisoners should be unlocked for at least ten hours a day.", [
            ("A new core day will unlock prisoners for ten hours on weekdays.", "Head of Residence", "April 2025")]),
        ("Agreed", "Accepted", None, "Cells should be free of graffiti and damage.", [
            ("Every cell will be checked at the weekly fabric check.", "Head of Residence", "March 2025"),
            ("Damaged cells will be repaired within four weeks.", "Facilities Management Contract Manager", "May 2025")]),
        ("Partly Agreed", "Partly accepted – national policy sets the number of visits", "national policy sets the number of visits",
         "Prisoners should have visits every day of the week.", [
            ("Visits will be offered on six days a week.", "Head of Reducing Reoffending", "June 2025")]),
        ("Agreed", "Accepted", None, "Staff should receive refresher training in suicide and self-harm procedures.", [
            ("All staff will complete refresher training.", "Head of Safety", "September 2025")]),
        ("Not Agreed", "Rejected", None, "The prison should have its own dental surgery.", [
            ("Rejected because dental care is commissioned by NHS England for the prison cluster.", "Healthcare Commissioner", "Not applicable")]),
        ("Agreed", "Accepted", None, "Prisoners should be told the outcome of their complaints in writing.", [
            ("Every complaint reply will be given in writing.", "Business Hub Manager", "February 2025")]),
    ]
    for i, (agreement, cell_text, reason, text, actions) in enumerate(recs, start=1):
        concern = {"id": str(i), "text": text, "agreement": agreement}
        if agreement == "Not Agreed":
            concern["reason"] = actions[0][0]
        elif reason:
            concern["reason"] = reason
        concern["actions"] = [{"text": a, "owner": o, "targetDate": d} for a, o, d in actions]
        plan["concerns"].append(concern)
        add_row(table, [str(i), text, cell_text, [a for a, _, _ in actions], [o for _, o, _ in actions], [d for _, _, d in actions]])

    for label, count in [("Total recommendations", "6"), ("Accepted", "4"), ("Partly accepted", "1"), ("Rejected", "1")]:
        row = table.add_row()
        fill(row.cells[0].merge(row.cells[2]), [label])
        fill(row.cells[3].merge(row.cells[5]), [count])
    return doc, plan


def paragraph_positions():
    """An owner cell with an explicit empty paragraph beside action 3 of 8; line breaks and tabs inside an action;
    two owners on two lines beside two actions; bulleted steps of one action; bullets each with its own owner;
    spacer paragraphs between actions and their owners."""
    plan = dict(header_fields("HMP Dunmore", "concerns"), concerns=[])
    doc = new_document(plan)
    table = plan_table(doc, CONCERN_HEADINGS)
    section_row(table, "Priority concerns")

    eight = [("The use of force committee will meet monthly.", "Head of Security", "March 2025"),
             ("Every use of force will be reviewed on camera within 72 hours.", "Head of Security", "March 2025"),
             ("A use of force coordinator post will be created.", None, "April 2025"),
             ("Staff will be retrained in de-escalation.", "Head of Learning and Development", "June 2025"),
             ("Paperwork will be audited each week.", "Head of Security", "February 2025"),
             ("Planned removals will be filmed from start to finish.", "Head of Security", "February 2025"),
             ("Findings will be shared with the Independent Monitoring Board.", "Governor", "Quarterly from April 2025"),
             ("Trends will be reported to the regional use of force lead.", "Head of Security", "May 2025")]
    c = {"id": "1", "section": "Priority concerns", "text": "Force was used too often and not always well governed.",
         "actions": [dict({"text": t, "targetDate": d}, **({"owner": o} if o else {})) for t, o, d in eight]}
    plan["concerns"].append(c)
    add_row(table, ["1", c["text"], [t for t, _, _ in eight], [o or "" for _, o, _ in eight], [d for _, _, d in eight]])

    broken = para("The induction unit will be staffed by", '<w:r><w:br/></w:r>', run("officers trained in first night care."))
    tabbed = para("Peer workers will meet", '<w:r><w:tab/></w:r>', run("every new arrival on their first night."))
    owners = para("Head of Residence", '<w:r><w:br/></w:r>', run("Head of Reducing Reoffending"))
    dates = para("March 2025", '<w:r><w:br/></w:r>', run("April 2025"))
    c = {"id": "2", "section": "Priority concerns", "text": "Early days support was inconsistent.", "actions": [
        {"text": "The induction unit will be staffed by officers trained in first night care.", "owner": "Head of Residence", "targetDate": "March 2025"},
        {"text": "Peer workers will meet every new arrival on their first night.", "owner": "Head of Reducing Reoffending", "targetDate": "April 2025"}]}
    plan["concerns"].append(c)
    add_row(table, ["2", c["text"], [broken, tabbed], [owners], [dates]])

    section_row(table, "Key concerns")
    lead = "The library will:"
    items = ["open on four evenings a week;", "run a reading scheme for prisoners with low literacy."]
    c = {"id": "3", "section": "Key concerns", "text": "Prisoners had too little access to the library.",
         "actions": [{"text": steps(lead, items), "owner": "Head of Education, Skills and Work", "targetDate": "May 2025"}]}
    plan["concerns"].append(c)
    add_row(table, ["3", c["text"], [lead] + [("List Bullet", i) for i in items], "Head of Education, Skills and Work", "May 2025"])

    bullets = [("Gym sessions will be added for older prisoners.", "PE Manager", "April 2025"),
               ("Wellbeing checks will be offered to prisoners over 50.", "Head of Healthcare", "June 2025")]
    c = {"id": "4", "section": "Key concerns", "text": "The needs of older prisoners were not met.",
         "actions": [{"text": t, "owner": o, "targetDate": d} for t, o, d in bullets]}
    plan["concerns"].append(c)
    add_row(table, ["4", c["text"], [("List Bullet", t) for t, _, _ in bullets], [o for _, o, _ in bullets], [d for _, _, d in bullets]])

    spaced = [("Mail will be scanned on the day it arrives.", "Head of Security", "March 2025"),
              ("Legal letters will be opened only in the prisoner's presence.", None, "March 2025"),
              ("A log of opened legal mail will be audited monthly.", "Head of Operations", "April 2025")]
    c = {"id": "5", "section": "Key concerns", "text": "Legal mail was opened without the prisoner present.",
         "actions": [dict({"text": t, "targetDate": d}, **({"owner": o} if o else {})) for t, o, d in spaced]}
    plan["concerns"].append(c)
    add_row(table, ["5", c["text"], [spaced[0][0], "", spaced[1][0], "", spaced[2][0]],
                    [spaced[0][1], "", "", "", spaced[2][1]], [spaced[0][2], "", spaced[1][2], "", spaced[2][2]]])
    return doc, plan


def revisions():
    """Tracked changes (inserted, deleted and moved text, a deleted paragraph, a deleted row, formatting changes), a
    comment, a footnote, and hidden text (directly, and through a character style and a hidden paragraph)."""
    plan = dict(header_fields("HMP Eastwood", "concerns"), concerns=[])
    doc = new_document(plan)
    doc.styles.element.append(parse_xml('<w:style %s w:type="character" w:customStyle="1" w:styleId="DraftingNote">'
                                        '<w:name w:val="Drafting Note"/><w:rPr><w:vanish/><w:color w:val="7F7F7F"/></w:rPr></w:style>' % WNS))
    add_part(doc, "/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml", RT.COMMENTS,
             '<w:comments %s><w:comment w:id="1" w:author="Reviewer" w:date="2025-01-20T10:00:00Z"><w:p><w:r><w:t>Is this the right owner?</w:t></w:r></w:p></w:comment></w:comments>' % WNS)
    add_part(doc, "/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", RT.FOOTNOTES,
             '<w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> As defined in PSI 64/2011.</w:t></w:r></w:p></w:footnote></w:footnotes>' % WNS)
    table = plan_table(doc, CONCERN_HEADINGS)
    section_row(table, "Priority concerns")
    author = 'w:author="Drafter" w:date="2025-01-15T09:00:00Z"'

    inserted = para("Night staff will ", '<w:ins w:id="11" %s>%s</w:ins>' % (author, run("carry anti-ligature knives and ")),
                    run("check every prisoner on an open ACCT at the agreed frequency."))
    deleted = para("Constant supervision will be ", '<w:del w:id="12" %s><w:r><w:delText xml:space="preserve">reviewed and </w:delText></w:r></w:del>' % author,
                   run("authorised only by a duty governor."))
    # A paragraph deleted whole (its text and its mark): it is not an action and holds no place.
    gone = parse_xml('<w:p %s><w:pPr><w:rPr><w:del w:id="13" %s/></w:rPr></w:pPr><w:del w:id="14" %s><w:r><w:delText>Anti-tear clothing will be withdrawn.</w:delText></w:r></w:del></w:p>' % (WNS, author, author))
    formatted = para('<w:r><w:rPr><w:b/><w:rPrChange w:id="15" %s><w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve">Safety data will be reviewed monthly</w:t></w:r>' % author,
                     run(" at the Safety Intervention Meeting.", ""),
                     ppr='<w:jc w:val="both"/><w:pPrChange w:id="16" %s><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr></w:pPrChange>' % author)
    c = {"id": "1", "section": "Priority concerns", "text": "Self-harm had increased.", "actions": [
        {"text": "Night staff will carry anti-ligature knives and check every prisoner on an open ACCT at the agreed frequency.", "owner": "Head of Safety", "targetDate": "March 2025"},
        {"text": "Constant supervision will be authorised only by a duty governor.", "owner": "Duty Governor", "targetDate": "February 2025"},
        {"text": "Safety data will be reviewed monthly at the Safety Intervention Meeting.", "owner": "Head of Safety", "targetDate": "April 2025"}]}
    plan["concerns"].append(c)
    add_row(table, ["1", c["text"], [inserted, deleted, gone, formatted], ["Head of Safety", "Duty Governor", "Head of Safety"],
                    ["March 2025", "February 2025", "April 2025"]])

    # A whole recommendation deleted as a tracked change, as Word marks it: the row, its text and its paragraph marks.
    def deleted_paragraph(text, ident):
        return parse_xml('<w:p %s><w:pPr><w:rPr><w:del w:id="%d" %s/></w:rPr></w:pPr><w:del w:id="%d" %s><w:r><w:delText>%s</w:delText></w:r></w:del></w:p>'
                         % (WNS, ident, author, ident + 1, author, esc(text)))
    removed = add_row(table, [[deleted_paragraph(t, 30 + 2 * i)] for i, t in enumerate(["2", "A concern removed from the draft.", "An action removed with it.", "Governor", "March 2025"])])
    removed._tr.get_or_add_trPr().append(parse_xml('<w:del %s w:id="17" %s/>' % (WNS, author)))

    moved_from = parse_xml('<w:p %s><w:pPr><w:rPr><w:moveFrom w:id="18" %s/></w:rPr></w:pPr><w:moveFromRangeStart w:id="19" w:name="move1" %s/>'
                           '<w:moveFrom w:id="20" %s>%s</w:moveFrom><w:moveFromRangeEnd w:id="19"/></w:p>' % (WNS, author, author, author, run("Food comments will be answered within a week.")))
    moved_to = parse_xml('<w:p %s><w:moveToRangeStart w:id="21" w:name="move1" %s/><w:moveTo w:id="22" %s>%s</w:moveTo><w:moveToRangeEnd w:id="21"/></w:p>'
                         % (WNS, author, author, run("Food comments will be answered within a week.")))
    commented = para('<w:commentRangeStart w:id="1"/>', run("Catering Manager"), '<w:commentRangeEnd w:id="1"/>',
                     '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="1"/></w:r>')
    footnoted = para(run("A food survey will be run every six months"), '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>', run("."))
    c = {"id": "3", "text": "Prisoners were negative about the food.", "section": "Priority concerns", "actions": [
        {"text": "A food survey will be run every six months.", "owner": "Catering Manager", "targetDate": "June 2025"},
        {"text": "Food comments will be answered within a week.", "owner": "Catering Manager", "targetDate": "March 2025"}]}
    plan["concerns"].append(c)
    add_row(table, ["3", c["text"], [moved_from, footnoted, moved_to], [commented, "Catering Manager"], ["June 2025", "March 2025"]])

    hidden_run = para("Prisoners will be able to shower daily", run(" (subject to staffing)", "<w:vanish/>"), run("."))
    styled = para("Showers will be repaired", run(" [check with FM contractor]", '<w:rStyle w:val="DraftingNote"/>'), run(" by the facilities contractor."))
    hidden_paragraph = para(run("Draft: ask the Governor", "<w:vanish/>"), ppr="<w:rPr><w:vanish/></w:rPr>")
    # The second owner deleted as a tracked change: its paragraph stays, empty, beside the second action.
    struck = para('<w:del w:id="40" %s><w:r><w:delText>Facilities Management Contract Manager</w:delText></w:r></w:del>' % author)
    c = {"id": "4", "text": "Showers were often broken.", "section": "Priority concerns", "actions": [
        {"text": "Prisoners will be able to shower daily.", "owner": "Head of Residence", "targetDate": "March 2025"},
        {"text": "Showers will be repaired by the facilities contractor.", "targetDate": "April 2025"}]}
    plan["concerns"].append(c)
    add_row(table, ["4", c["text"], [hidden_run, styled], [hidden_paragraph, "Head of Residence", struck], ["March 2025", "April 2025"]])
    # Row 2 above was deleted: the recommendations read are 1, 3 and 4.
    return doc, plan


def fields_and_controls():
    """Fields (simple, complex, nested: the result, never the instruction; a drop-down form field), a hyperlink, a smart
    tag, content controls at block, row, cell and run level, a control showing its placeholder prompt, and
    mc:AlternateContent."""
    plan = dict(header_fields("HMP Fairfield", "recommendations"), concerns=[])
    doc = new_document(plan)
    table = plan_table(doc, RECOMMENDATION_HEADINGS)

    def complex_field(instruction, result):
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>') % (esc(instruction), run(result))

    nested = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY Phase </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>'
              '<w:r><w:instrText xml:space="preserve"> = "1" "June 2025" "September 2025" </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>') % (run("1"), run("June 2025"))
    dropdown = ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Status1"/><w:enabled/><w:calcOnExit w:val="0"/>'
                '<w:ddList><w:result w:val="1"/><w:listEntry w:val="Not Agreed"/><w:listEntry w:val="Agreed"/><w:listEntry w:val="Partly Agreed"/></w:ddList>'
                '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

    def rec(id_, text, agreement, actions, cells):
        plan["concerns"].append({"id": id_, "text": text, "agreement": agreement, "actions": actions})
        return add_row(table, cells)

    rec("1", "Leaders should publish the regime so that prisoners know when they will be unlocked.", "Agreed", [
        {"text": "The core day will be published on every wing and on the kiosks.", "owner": "Head of Residence", "targetDate": "March 2025"}],
        ["1", "Leaders should publish the regime so that prisoners know when they will be unlocked.", [para(dropdown)],
         [para("The core day will be published on every wing and on the ",
               '<w:hyperlink w:anchor="kiosks" w:history="1">%s</w:hyperlink>' % run("kiosks", '<w:rStyle w:val="Hyperlink"/>'), run("."))],
         [para('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">%s</w:smartTag>' % run("Head of Residence"))],
         [para('<w:fldSimple w:instr=" DOCPROPERTY RegimeDate \\* MERGEFORMAT ">%s</w:fldSimple>' % run("March 2025"))]])

    rec("2", "Staff should record every use of force on the same day.", "Agreed", [
        {"text": "Use of force paperwork will be checked the morning after every incident.", "owner": "Head of Security", "targetDate": "June 2025"}],
        ["2", "Staff should record every use of force on the same day.", "Agreed",
         [para(complex_field('HYPERLINK "https://intranet/uof" \\o "Use of force"', "Use of force paperwork"), run(" will be checked the morning after every incident."))],
         "Head of Security", [para(nested)]])

    # A whole recommendation in a row content control (a repeating section in the template).
    row = rec("3", "Prisoners should be able to see a dentist within six weeks.", "Partly Agreed", [
        {"text": "Extra dental sessions will be commissioned for the waiting list.", "owner": "Head of Healthcare", "targetDate": "May 2025"}],
        ["3", "Prisoners should be able to see a dentist within six weeks.", "Partly Agreed",
         [parse_xml('<w:sdt %s><w:sdtPr><w:alias w:val="Action"/><w:tag w:val="action"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                    % (WNS, '<w:p>%s</w:p>' % run("Extra dental sessions will be commissioned for the waiting list.")))],
         "Head of Healthcare",
         [para('<w:sdt><w:sdtPr><w:date w:fullDate="2025-05-31T00:00:00Z"><w:dateFormat w:val="MMMM yyyy"/></w:date></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % run("May 2025"))]])
    row_in_control = row._tr

    row = rec("4", "Prisoners should get their canteen on the day it is due.", "Agreed", [
        {"text": "Late canteen deliveries will be reported to the contractor each week.", "targetDate": "April 2025"},
        {"text": "Canteen sheets will be collected a day earlier.", "owner": "Head of Operations", "targetDate": "March 2025"}],
        ["4", "Prisoners should get their canteen on the day it is due.", "Agreed",
         ["Late canteen deliveries will be reported to the contractor each week.", "Canteen sheets will be collected a day earlier."],
         "", ["April 2025", "March 2025"]])
    # The owner cell in a cell content control: the first owner still shows the template's prompt, the second is filled in.
    owner_tc = row.cells[4]._tc
    for p in owner_tc.findall(qn("w:p")):
        owner_tc.remove(p)
    owner_tc.append(parse_xml('<w:sdt %s><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:p>%s</w:p></w:sdtContent></w:sdt>'
                              % (WNS, run("Click or tap here to enter text.", '<w:rStyle w:val="PlaceholderText"/>'))))
    owner_tc.append(para('<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % run("Head of Operations")))

    alternate = ('<mc:AlternateContent><mc:Choice Requires="w14">%s</mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent>'
                 % (run("Head of Learning and Skills"), run("Head of Learning & Skills (Word 2007)")))
    rec("5", "Prisoners should be able to study at level 3.", "Agreed", [
        {"text": "Distance learning courses at level 3 will be offered.", "owner": "Head of Learning and Skills", "targetDate": "September 2025"}],
        ["5", "Prisoners should be able to study at level 3.", "Agreed", "Distance learning courses at level 3 will be offered.",
         [para(alternate)], "September 2025"])

    wrap(row_in_control, '<w:tag w:val="recommendation"/>')
    wrap(owner_tc, '<w:tag w:val="owner"/>')
    return doc, plan


def wrap(element, properties):
    """Puts a row or cell inside a content control (w:sdt) of its own."""
    sdt = parse_xml('<w:sdt %s><w:sdtPr>%s</w:sdtPr><w:sdtContent/></w:sdt>' % (WNS, properties))
    element.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(element)


def split_tables():
    """A contents table and the key to the statuses before the plan; the plan split into three tables (one per
    section, the last carrying on after a page break without its header); a header written over two rows and marked to
    repeat; section headings between the tables; merged cells; a nested table of owners; a sign-off table after."""
    plan = dict(header_fields("HMP Greystone", "concerns"), concerns=[])
    doc = new_document(plan, [])
    contents = doc.add_table(rows=3, cols=2)
    contents.style = "Table Grid"
    for r, (a, b) in enumerate([("Contents", "Page"), ("Introduction", "2"), ("Action plan", "3")]):
        fill(contents.cell(r, 0), [a])
        fill(contents.cell(r, 1), [b])
    for line in default_titles(plan):
        doc.add_paragraph(line)
    key = doc.add_table(rows=3, cols=3)
    key.style = "Table Grid"
    for r, cells in enumerate([("Term", "Definition", "Additional comment"),
                               ("Agreed", "All of the recommendation is agreed with.", "Actions should be SMART."),
                               ("Not Agreed", "The recommendation is not agreed.", "Give the reasons.")]):
        for c, value in enumerate(cells):
            fill(key.cell(r, c), [value])

    doc.add_paragraph("Priority concerns")
    first = doc.add_table(rows=2, cols=5)
    first.style = "Table Grid"
    fill(first.cell(0, 0), ["Rec No"])
    fill(first.cell(0, 1), ["Concerns"])
    fill(first.cell(0, 2).merge(first.cell(0, 4)), ["Response"])
    for c, value in enumerate(["", "", "Action Taken/Planned", "Responsible Owner", "Target Date"]):
        fill(first.cell(1, c), [value])
    repeat_header(first.rows[0])
    repeat_header(first.rows[1])

    c1 = {"id": "1", "section": "Priority concerns", "text": "Too many prisoners spent the day locked in their cells. Activity places were not filled.", "actions": [
        {"text": "Every activity place will be allocated within two days of becoming free.", "owner": "Head of Activities", "targetDate": "March 2025"},
        # The owner cell is merged down the three rows: one cell, which the plan records for the actions that share it.
        {"text": "Unemployed prisoners will be reviewed weekly.", "owner": "Head of Activities", "targetDate": "March 2025",
         "reading": {"owner": {"status": "read", "sameCellAs": 1}}},
        {"text": "Attendance will be reported to the senior leadership team monthly.", "owner": "Head of Activities", "targetDate": "April 2025",
         "reading": {"owner": {"status": "read", "sameCellAs": 1}}}]}
    start = len(first.rows)
    add_row(first, ["1", "Too many prisoners spent the day locked in their cells.", c1["actions"][0]["text"], "Head of Activities", "March 2025"])
    add_row(first, ["", "Activity places were not filled.", c1["actions"][1]["text"], "", "March 2025"])
    add_row(first, ["", "", c1["actions"][2]["text"], "", "April 2025"])
    merge_down(first, start, start + 2, [0, 3])
    plan["concerns"].append(c1)

    c2 = {"id": "2", "section": "Priority concerns", "text": "Prisoners could not get through to the healthcare booking line.", "actions": [
        {"text": "A second booking line will be installed.", "owner": "Head of Healthcare", "targetDate": "February 2025"},
        {"text": "Calls will be audited each month.", "owner": "Practice Manager", "targetDate": "March 2025"}]}
    nested_row = add_row(first, ["2", c2["text"], [a["text"] for a in c2["actions"]], "", [a["targetDate"] for a in c2["actions"]]])
    owner_cell = nested_row.cells[3]
    fill(owner_cell, [])
    inner = owner_cell.add_table(rows=2, cols=1)
    fill(inner.cell(0, 0), ["Head of Healthcare"])
    fill(inner.cell(1, 0), ["Practice Manager"])
    owner_tc = owner_cell._tc
    for p in owner_tc.findall(qn("w:p")):
        owner_tc.remove(p)
    owner_tc.append(parse_xml("<w:p %s/>" % WNS))
    plan["concerns"].append(c2)

    # A new section of the document (landscape continues) with its own heading and the header repeated.
    doc.add_section(WD_SECTION.NEW_PAGE)
    doc.add_paragraph("Key concerns")
    second = plan_table(doc, CONCERN_HEADINGS)
    c3 = {"id": "3", "section": "Key concerns", "text": "Staff did not challenge poor behaviour.", "actions": [
        {"text": "A behaviour management policy will be launched.", "owner": "Deputy Governor", "targetDate": "Ongoing"}]}
    add_row(second, ["3", c3["text"], c3["actions"][0]["text"], "Deputy Governor", "Ongoing"])
    plan["concerns"].append(c3)

    # The table goes on after a page break, without its header, on the same grid.
    doc.add_paragraph().add_run().add_break(__import__("docx.enum.text", fromlist=["WD_BREAK"]).WD_BREAK.PAGE)
    third = doc.add_table(rows=0, cols=5)
    third.style = "Table Grid"
    c4 = {"id": "4", "section": "Key concerns", "text": "Prisoners waited too long for their property.", "actions": [
        {"text": "Property will be logged on arrival and tracked weekly.", "owner": "Head of Operations", "targetDate": "May 2025"}]}
    add_row(third, ["4", c4["text"], c4["actions"][0]["text"], "Head of Operations", "May 2025"])
    plan["concerns"].append(c4)

    doc.add_paragraph("Signed on behalf of the Governor")
    sign = doc.add_table(rows=2, cols=4)
    sign.style = "Table Grid"
    for c, value in enumerate(["Name", "Role", "Signature", "Date"]):
        fill(sign.cell(0, c), [value])
    for c, value in enumerate(["A. Person", "Governor", "", "29 January 2025"]):
        fill(sign.cell(1, c), [value])
    return doc, plan


def no_plan_table():
    """A document whose tables have none of the plan's headings: read as a located error naming what was found."""
    plan = dict(header_fields("HMP Hollow Lane", "concerns"), concerns=[])
    doc = new_document(plan)
    table = doc.add_table(rows=2, cols=4)
    table.style = "Table Grid"
    for c, value in enumerate(["Item", "Issue raised", "Lead", "Status"]):
        fill(table.cell(0, c), [value])
    for c, value in enumerate(["1", "Showers broken", "Head of Residence", "Open"]):
        fill(table.cell(1, c), [value])
    return doc, None


def libreoffice_fields(plan):
    """LibreOffice 7.4 evaluates the nested IF field itself (DOCPROPERTY Phase is not set there) and saves an empty
    result, so its copy has no date beside action 1 of recommendation 2 (its own text export shows none); and it saves
    the content control that showed its placeholder prompt as ordinary text (w:showingPlcHdr dropped), so its copy
    names "Click or tap here to enter text." as the owner of action 1 of recommendation 4."""
    plan = copy.deepcopy(plan)
    del plan["concerns"][1]["actions"][0]["targetDate"]
    plan["concerns"][3]["actions"][0] = {"text": plan["concerns"][3]["actions"][0]["text"], "owner": "Click or tap here to enter text.",
                                         "targetDate": plan["concerns"][3]["actions"][0]["targetDate"]}
    return plan


# Where LibreOffice's copy holds something else than the document it opened, what it holds: the reading must follow
# the document as its producer left it, and these are written by hand from LibreOffice's own rendering.
LIBREOFFICE_HOLDS = {"fields-and-controls": libreoffice_fields}


FIXTURES = [
    ("list-numbering", list_numbering),
    ("multilevel-numbering", multilevel_numbering),
    ("old-template-2015", old_template),
    ("paragraph-positions", paragraph_positions),
    ("revisions", revisions),
    ("fields-and-controls", fields_and_controls),
    ("split-tables", split_tables),
    ("no-plan-table", no_plan_table),
]


# ----------------------------------------------------------------------------------------------------------------------

def save_reproducibly(doc, path):
    """Saves with every zip entry dated 1980-01-01, so the same script writes the same bytes."""
    scratch = path + ".tmp"
    doc.save(scratch)
    with zipfile.ZipFile(scratch) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)
    os.remove(scratch)


def resave_with_libreoffice(sources, out_dir):
    """Opens each .docx in LibreOffice and saves it as .docx again (a private profile, three minutes at most)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice is not installed (Debian: libreoffice-writer-nogui); run with --no-libreoffice to skip those copies")
    profile = tempfile.mkdtemp(prefix="planlint-lo-")
    converted = tempfile.mkdtemp(prefix="planlint-lo-out-")
    try:
        subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--nologo",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", converted] + sources,
                       check=True, timeout=180, stdout=subprocess.DEVNULL, env=dict(os.environ, HOME=profile))
        for source in sources:
            name = os.path.basename(source).replace(".python-docx.docx", "")
            shutil.move(os.path.join(converted, os.path.basename(source)[:-len(".docx")] + ".docx"),
                        os.path.join(out_dir, name + ".libreoffice.docx"))
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(converted, ignore_errors=True)


def write_json(plan, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, indent=2, ensure_ascii=False)
        f.write("\n")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out_dir = os.path.abspath(args[0]) if args else HERE
    os.makedirs(out_dir, exist_ok=True)
    written = []
    for name, build in FIXTURES:
        doc, plan = build()
        path = os.path.join(out_dir, name + ".python-docx.docx")
        save_reproducibly(doc, path)
        written.append(path)
        if plan is not None:
            write_json(plan, os.path.join(out_dir, name + ".expected.plan.json"))
            if name in LIBREOFFICE_HOLDS:
                write_json(LIBREOFFICE_HOLDS[name](plan), os.path.join(out_dir, name + ".libreoffice.expected.plan.json"))
    if "--no-libreoffice" not in sys.argv:
        resave_with_libreoffice(written, out_dir)


if __name__ == "__main__":
    main()
