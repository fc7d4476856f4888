"""Reads calendar files with Python's icalendar (PyPI), as a calendar would, and prints what each
entry says as JSON: [[{uid, sequence, status, summary, start, alarms}, ...] per file]. A file
icalendar cannot read fails the run (feeds.test.mjs compares the rest with ical.js's reading)."""
import json
import sys

import icalendar

files = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    entries = []
    for event in calendar.walk("VEVENT"):
        entries.append({
            "uid": str(event["UID"]),
            "sequence": int(event.get("SEQUENCE", 0)),
            "status": str(event.get("STATUS", "")),
            "summary": str(event["SUMMARY"]),
            "start": event.decoded("DTSTART").strftime("%Y-%m-%dT%H:%M:%SZ"),
            "alarms": len(event.walk("VALARM")),
        })
    files.append(entries)
print(json.dumps(files))
